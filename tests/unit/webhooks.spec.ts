import http from 'http'
import type { AddressInfo } from 'net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { webhookEventOf, webhookRecipients } from '@/channels/partners/webhooks/events'
import { postWebhook } from '@/channels/partners/webhooks/post'
import { isPrivateAddress } from '@/channels/partners/webhooks/privateAddress'
import { webhookSettings } from '@/channels/partners/webhooks/settings'

const partner = (name: string, extra: object = {}) => ({
  name,
  contentTypes: ['stories', 'articles'],
  languages: ['az', 'en'],
  isActive: true,
  webhookUrl: `https://${name}.example/hook`,
  webhookPausedAt: null,
  ...extra,
})
const names = (recipients: { partner: { name: string }; locales: string[] }[]) =>
  recipients.map(({ partner, locales }) => `${partner.name}:${locales.join(',')}`)

describe('webhook events', () => {
  it('should name a first publication, a re-publication, takedowns and consent that no longer holds', () => {
    expect(webhookEventOf({ change: 'published', wasLive: false })).toBe('publish')
    expect(webhookEventOf({ change: 'published', wasLive: true })).toBe('update')
    for (const change of ['unpublished', 'deleted', 'erased'] as const)
      expect(webhookEventOf({ change, wasLive: true })).toBe('unpublish')
    expect(webhookEventOf({ change: 'erased', wasLive: false })).toBeNull()
    for (const change of ['consent-withdrawn', 'consent-narrowed', 'consent-expired'] as const)
      expect(webhookEventOf({ change, wasLive: true })).toBe('withdraw')
    // What partners' sync re-reads anyway is not an event.
    for (const change of ['settings-changed', 'screens-changed', 'media-changed'] as const)
      expect(webhookEventOf({ change, wasLive: true })).toBeNull()
  })

  it('should tell partners of their types and languages only, if active, with a URL', () => {
    const partners = [
      partner('both'),
      partner('ru', { languages: ['ru'] }),
      partner('videos', { contentTypes: ['videos'] }),
      partner('off', { isActive: false }),
      partner('nourl', { webhookUrl: null }),
      partner('paused', { webhookPausedAt: '2026-11-01T00:00:00.000Z' }),
    ]
    const recipients = webhookRecipients({
      partners,
      event: 'publish',
      type: 'articles',
      locales: ['az', 'ru'],
    })
    expect(names(recipients)).toEqual(['both:az', 'ru:ru', 'paused:az'])
    expect(recipients.map(({ isPaused }) => isPaused)).toEqual([false, false, true])
  })

  it('should publish a story only to partners its consent covers, but take it down everywhere', () => {
    const partners = [
      partner('both'),
      partner('ru', { languages: ['ru'], contentTypes: ['stories'] }),
    ]
    const consent = { channels: ['website' as const], languages: ['az' as const, 'ru' as const] }
    const told = (event: 'publish' | 'update' | 'unpublish' | 'withdraw', c: object | null) =>
      names(
        webhookRecipients({
          partners,
          event,
          type: 'stories',
          locales: ['az', 'en', 'ru'],
          consent: c,
        }),
      )
    expect(told('publish', consent)).toEqual([])
    expect(told('update', consent)).toEqual([])
    expect(told('publish', { ...consent, channels: ['partners'] })).toEqual(['both:az', 'ru:ru'])
    expect(told('publish', null)).toEqual([])
    expect(told('unpublish', consent)).toEqual(['both:az,en', 'ru:ru'])
    expect(told('withdraw', consent)).toEqual(['both:az,en', 'ru:ru'])
  })
})

describe('webhook addresses', () => {
  it('should refuse loopback, private, link-local and reserved addresses, IPv4 and IPv6', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      'not-an-address',
    ])
      expect([address, isPrivateAddress(address)]).toEqual([address, true])
    for (const address of ['8.8.8.8', '172.32.0.1', '93.184.216.34', '2001:4860:4860::8888'])
      expect([address, isPrivateAddress(address)]).toEqual([address, false])
  })
})

describe('webhook settings', () => {
  it('should default to two hours of retries and allow private networks outside production', () => {
    expect(webhookSettings({ NODE_ENV: 'production' })).toEqual({
      retryDelayMs: 60_000,
      maxAttempts: 8,
      pauseAfter: 3,
      isPrivateNetworkAllowed: false,
    })
    expect(webhookSettings({}).isPrivateNetworkAllowed).toBe(true)
    expect(
      webhookSettings({
        NODE_ENV: 'production',
        WEBHOOK_RETRY_DELAY_MS: '250',
        WEBHOOK_MAX_ATTEMPTS: '3',
        WEBHOOK_PAUSE_AFTER: '2',
        WEBHOOK_ALLOW_PRIVATE_NETWORK: 'true',
      }),
    ).toEqual({ retryDelayMs: 250, maxAttempts: 3, pauseAfter: 2, isPrivateNetworkAllowed: true })
    // Nonsense falls back to the defaults rather than retrying forever or never.
    expect(
      webhookSettings({ WEBHOOK_MAX_ATTEMPTS: '0', WEBHOOK_RETRY_DELAY_MS: 'soon' }),
    ).toMatchObject({ maxAttempts: 8, retryDelayMs: 60_000 })
  })
})

describe('posting a webhook', () => {
  let server: http.Server
  let port: number
  const requests: string[] = []
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push(req.url ?? '')
      // /silent never answers: the deadline must end the attempt.
      if (req.url !== '/silent') res.writeHead(req.url === '/moved' ? 302 : 204).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    ;({ port } = server.address() as AddressInfo)
  })
  afterAll(() => {
    server.closeAllConnections()
    server.close()
  })
  const post = (url: string, isPrivateNetworkAllowed = true) =>
    postWebhook({ url, headers: {}, body: '{}', timeoutMs: 300, isPrivateNetworkAllowed })

  it('should report the status, a redirect unfollowed, and give up on a silent server', async () => {
    expect(await post(`http://127.0.0.1:${port}/ok`)).toMatchObject({ statusCode: 204 })
    expect(await post(`http://127.0.0.1:${port}/moved`)).toMatchObject({ statusCode: 302 })
    const silent = await post(`http://127.0.0.1:${port}/silent`)
    expect([silent.statusCode, silent.error]).toEqual([undefined, 'no answer within 0.3 s'])
    expect(silent.durationMs).toBeGreaterThanOrEqual(290)
  })

  it('should refuse loopback by address and by name where private networks are not allowed', async () => {
    const before = requests.length
    for (const host of ['127.0.0.1', 'localhost', '[::1]'])
      expect((await post(`http://${host}:${port}/private`, false)).error).toMatch(
        /private or loopback address/,
      )
    expect(requests.length).toBe(before)
  })
})
