import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import { createPartner } from '../helpers/channelKeys'
import { fullConsent, setHotline } from '../helpers/fixtures'
import { partnerReplica } from '../helpers/partnerSync'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { startReceiver, webhookPartner } from '../helpers/webhookReceiver'
import { publishThroughWorkflow, takeAction } from '../helpers/workflow'

type Entry = {
  position: number
  change: string
  item: string
  languages: string[]
  channels: string[]
  wasLive: boolean
}

/**
 * Every change to what is public writes one ledger entry, and each channel reflects it as soon as
 * the action has answered: the website and partners' reads (the rule), partners' sync (the
 * ledger, no settling wait) and, once its consumer has run, exactly one webhook per partner.
 */
describe('the publication ledger over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  let partner: Awaited<ReturnType<typeof createPartner>>

  const ledgerOf = async (item: string): Promise<Entry[]> => {
    const read = await api.get(
      `/api/publication-ledger?where[item][equals]=${item}&sort=position&limit=100`,
      { token: tokens.admin },
    )
    expect(read.status, JSON.stringify(read.body)).toBe(200)
    return read.body.docs
  }
  /** A story in az and en (the en translation marked ready), published in both. */
  const liveStory = async (title: string) => {
    const created = await api.post('/api/stories', {
      token: tokens.editor,
      json: { title, pseudonym: 'Səbinə', consent: fullConsent },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = String(created.body.doc.id)
    const translated = await api.patch(`/api/stories/${id}?locale=en&draft=true`, {
      token: tokens.translator,
      json: { title: `${title} (en)`, pseudonym: 'Sabina' },
    })
    expect(translated.status, JSON.stringify(translated.body)).toBe(200)
    const ready = await takeAction(api, tokens.translator, 'stories', id, 'mark-ready', {
      locale: 'en',
    })
    expect(ready.status, JSON.stringify(ready.body)).toBe(200)
    await publishThroughWorkflow(api, tokens, 'stories', id)
    return id
  }
  const liveArticle = async (title: string) => {
    const created = await api.post('/api/articles', { token: tokens.editor, json: { title } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = String(created.body.doc.id)
    await publishThroughWorkflow(api, tokens, 'articles', id)
    return id
  }
  const narrowConsent = async (id: string, consent: object) => {
    const saved = await api.patch(`/api/stories/${id}?locale=az&draft=true`, {
      token: tokens.editor,
      json: { consent: { ...fullConsent, ...consent } },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
  }
  /** What a website gets, by REST and from the read model: they must agree after every change. */
  const websiteStatus = async (id: string, locale: string) => {
    const { slug } = (
      await api.get(`/api/stories/${id}?locale=${locale}&draft=true`, { token: tokens.admin })
    ).body
    const rest = (await api.get(`/api/stories/${id}?locale=${locale}`)).status
    const model = (await api.get(`/api/website/${locale}/stories/${slug}`)).status
    expect(model, `the read model disagrees with REST on ${id} in ${locale}`).toBe(rest)
    return rest
  }
  const partnerStatus = async (id: string, locale: string) =>
    (await api.get(`/api/stories/${id}?locale=${locale}`, { headers: partner.headers })).status
  /** Every delivery made to the partner about this item, as the admins' log shows them. */
  const articleDeliveries = async (itemId: string) => {
    const log = await api.get(
      `/api/webhook-deliveries?where[itemId][equals]=${itemId}&where[itemType][equals]=articles&sort=at&limit=100&depth=0`,
      { token: tokens.admin },
    )
    expect(log.status).toBe(200)
    return log.body.docs as { event: string; delivery: string }[]
  }

  beforeAll(async () => {
    receiver = await startReceiver()
    ;({ server, api, tokens } = await startStaffServer({
      // The receiver listens on loopback, which production refuses.
      WEBHOOK_ALLOW_PRIVATE_NETWORK: 'true',
    }))
    partner = await webhookPartner(api, tokens.admin, receiver, {
      name: 'news',
      contentTypes: ['stories', 'articles'],
      languages: ['az', 'en'],
    })
  })
  afterAll(async () => {
    await server?.stop()
    await receiver?.close()
  })

  it('should take a story out of partners at once when its consent stops allowing them', async () => {
    const id = await liveStory('Consent narrowed to the website')
    const replica = partnerReplica(api, partner.headers)
    await replica.sync()
    expect(replica.titles()).toMatchObject({
      [`stories:${id}:az`]: 'Consent narrowed to the website',
    })
    await receiver.arrival('/news', 'stories', id, 'publish')

    await narrowConsent(id, { channels: ['website', 'screens', 'print'] })
    // The answer is in: the rule hides it from partners' reads, the website keeps it.
    expect(await partnerStatus(id, 'az')).toBe(404)
    expect(await websiteStatus(id, 'az')).toBe(200)
    // The sync hands out the tombstones on the very next page: no waiting.
    await replica.sync()
    expect(Object.keys(replica.titles()).filter((key) => key.startsWith(`stories:${id}:`))).toEqual(
      [],
    )
    // The ledger says what changed, for whom.
    const entries = await ledgerOf(`stories:${id}`)
    expect(entries.map(({ change }) => change)).toEqual(['published', 'consent-narrowed'])
    expect(entries[1]).toMatchObject({ channels: ['partners'], wasLive: true })
    expect(entries[1].languages.sort()).toEqual(['az', 'en'])
    // One webhook: consent no longer lets the partner keep it, in both languages.
    const withdrawal = await receiver.arrival('/news', 'stories', id, 'withdraw')
    expect(withdrawal.problem).toBeNull()
    expect(withdrawal.body.locales.sort()).toEqual(['az', 'en'])
  })

  it('should take one language out of every channel when consent drops it', async () => {
    const id = await liveStory('Consent narrowed to Azerbaijani')
    const replica = partnerReplica(api, partner.headers)
    await replica.sync()
    await narrowConsent(id, { languages: ['az'] })
    expect([await websiteStatus(id, 'en'), await partnerStatus(id, 'en')]).toEqual([404, 404])
    expect([await websiteStatus(id, 'az'), await partnerStatus(id, 'az')]).toEqual([200, 200])
    await replica.sync()
    expect(Object.keys(replica.titles()).filter((key) => key.startsWith(`stories:${id}:`))).toEqual(
      [`stories:${id}:az`],
    )
    const [, narrowed] = await ledgerOf(`stories:${id}`)
    expect(narrowed).toMatchObject({ change: 'consent-narrowed', channels: [], languages: ['en'] })
    expect((await receiver.arrival('/news', 'stories', id, 'withdraw')).body.locales).toEqual([
      'en',
    ])
  })

  it('should record a live item deleted, and tell partners once', async () => {
    const id = await liveArticle('Deleted while live')
    const replica = partnerReplica(api, partner.headers)
    await replica.sync()
    expect(replica.titles()).toMatchObject({ [`articles:${id}:az`]: 'Deleted while live' })
    const { slug } = (await api.get(`/api/articles/${id}`, { token: tokens.admin })).body
    expect((await api.get(`/api/website/az/articles/${slug}`)).status).toBe(200)
    expect(
      (await api.request('DELETE', `/api/articles/${id}`, { token: tokens.admin })).status,
    ).toBe(200)
    expect((await api.get(`/api/website/az/articles/${slug}`)).status).toBe(404)
    await replica.sync()
    expect(replica.titles()[`articles:${id}:az`]).toBeUndefined()
    expect((await ledgerOf(`articles:${id}`)).map(({ change }) => change)).toEqual([
      'published',
      'deleted',
    ])
    await receiver.arrival('/news', 'articles', id, 'unpublish')
  })

  it('should send each change once per partner, however often its consumer runs', async () => {
    const id = await liveArticle('Counted deliveries')
    await receiver.arrival('/news', 'articles', id, 'publish')
    expect((await takeAction(api, tokens.reviewer, 'articles', id, 'unpublish')).status).toBe(200)
    await receiver.arrival('/news', 'articles', id, 'unpublish')
    // The consumer asked to run again finds nothing new.
    expect(
      (await api.get('/api/payload-jobs/run?queue=webhooks', { token: tokens.admin })).status,
    ).toBe(200)
    // The log line is written once the partner has answered: wait for it, then count.
    await expect
      .poll(async () => (await articleDeliveries(id)).length, { timeout: 10_000, interval: 100 })
      .toBeGreaterThanOrEqual(2)
    const deliveries = await articleDeliveries(id)
    expect(deliveries.map(({ event }) => event)).toEqual(['publish', 'unpublish'])
    expect(new Set(deliveries.map(({ delivery }) => delivery)).size).toBe(2)
    expect(receiver.about('/news', 'articles', id, 'publish')).toHaveLength(1)
  })

  it('should record settings and screens changes for the channels that draw them', async () => {
    const before = await api.get('/api/publication-ledger?sort=-position&limit=1', {
      token: tokens.admin,
    })
    const head = (before.body.docs[0]?.position ?? 0) as number
    await setHotline(api, tokens.admin, { az: 'Qaynar xətt' })
    const station = await api.post('/api/locations', {
      token: tokens.admin,
      json: { name: 'Sahil', type: 'metro-station' },
    })
    expect(station.status, JSON.stringify(station.body)).toBe(201)
    const after = await api.get(
      `/api/publication-ledger?where[position][greater_than]=${head}&sort=position`,
      { token: tokens.admin },
    )
    expect(after.body.docs.map(({ change, item }: Entry) => `${change} ${item}`)).toEqual([
      'settings-changed settings',
      `screens-changed locations:${station.body.doc.id}`,
    ])
    expect(after.body.docs[1].channels).toEqual(['screens'])
  })

  it('should keep positions strictly increasing, and the ledger for admins only', async () => {
    const all = await api.get('/api/publication-ledger?sort=position&limit=100', {
      token: tokens.admin,
    })
    const positions = (all.body.docs as Entry[]).map(({ position }) => position)
    expect(positions.length).toBeGreaterThan(5)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(new Set(positions).size).toBe(positions.length)
    for (const token of [tokens.editor, tokens.reviewer, undefined])
      expect((await api.get('/api/publication-ledger', { token })).status).toBe(403)
    expect((await api.get('/api/publication-ledger', { headers: partner.headers })).status).toBe(
      403,
    )
    const written = await api.post('/api/publication-ledger', {
      token: tokens.admin,
      json: { position: 1e9, change: 'published', type: 'articles', item: 'articles:1' },
    })
    expect(written.status).toBe(403)
  })
})
