import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { webhookProblem } from '../../docs/examples/verifyWebhook.mjs'

import type { ApiClient, Tokens } from '../helpers/api'
import { createPartner } from '../helpers/channelKeys'
import { fullConsent } from '../helpers/fixtures'
import { partnerReplica } from '../helpers/partnerSync'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { startReceiver, type Mode } from '../helpers/webhookReceiver'
import { publishThroughWorkflow, takeAction } from '../helpers/workflow'

describe('partner webhooks over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  let receiver: Awaited<ReturnType<typeof startReceiver>>

  /** A partner whose webhook is `path` on the receiver, answering in `mode`. */
  const partner = async (
    path: string,
    scope: { contentTypes: string[]; languages: string[] },
    mode: Mode = 'ok',
  ) => {
    const secret = `secret-of-${path.slice(1)}-0123456789`
    receiver.modes.set(path, mode)
    receiver.secrets.set(path, secret)
    return createPartner(api, tokens.admin, {
      name: path.slice(1),
      ...scope,
      apiKey: `key-of-${path.slice(1)}-0123456789`,
      webhookUrl: receiver.url(path),
      webhookSecret: secret,
    })
  }
  const article = async (title: string) => {
    const created = await api.post('/api/articles', { token: tokens.editor, json: { title } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return String(created.body.doc.id)
  }
  const story = async (title: string) => {
    const created = await api.post('/api/stories', {
      token: tokens.editor,
      json: { title, pseudonym: 'Nərgiz', consent: fullConsent },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return String(created.body.doc.id)
  }
  const arrival = (path: string, type: string, itemId: string, event: string) =>
    receiver.arrival(path, type, itemId, event)
  /** The delivery log of one partner, oldest first, as an admin sees it. */
  const attemptsOf = async (partnerId: string | number) => {
    const log = await api.get(
      `/api/webhook-deliveries?where[partner][equals]=${partnerId}&sort=at&limit=100&depth=0`,
      { token: tokens.admin },
    )
    expect(log.status).toBe(200)
    return log.body.docs as {
      itemId: string
      event: string
      attempt: number
      outcome: string
      statusCode?: number
      error?: string
      delivery: string
    }[]
  }

  beforeAll(async () => {
    receiver = await startReceiver()
    ;({ server, api, tokens } = await startStaffServer({
      WEBHOOK_RETRY_DELAY_MS: '1500',
      WEBHOOK_MAX_ATTEMPTS: '3',
      WEBHOOK_PAUSE_AFTER: '2',
      // The receiver listens on loopback, which production refuses.
      WEBHOOK_ALLOW_PRIVATE_NETWORK: 'true',
    }))
  })
  afterAll(async () => {
    await server?.stop()
    await receiver?.close()
  })

  it('should tell partners in scope of publish, update, unpublish and withdraw, signed', async () => {
    const news = await partner('/news', {
      contentTypes: ['stories', 'articles'],
      languages: ['az'],
    })
    const videos = await partner('/videos', { contentTypes: ['videos'], languages: ['az'] })
    const russian = await partner('/russian', { contentTypes: ['articles'], languages: ['ru'] })

    const articleId = await article('Saxta iş elanları')
    await publishThroughWorkflow(api, tokens, 'articles', articleId)
    const published = await arrival('/news', 'articles', articleId, 'publish')
    expect(published.problem).toBeNull()
    expect(published.body).toMatchObject({ type: 'articles', itemId: articleId, locales: ['az'] })
    expect(published.headers['x-xeberdar-event']).toBe('publish')
    expect(published.headers['x-xeberdar-delivery']).toBe(published.body.id)
    expect(published.headers['content-type']).toBe('application/json')
    // A partner that syncs on receipt finds the change.
    const replica = partnerReplica(api, news.headers)
    await replica.sync()
    expect(replica.titles()).toEqual({ [`articles:${articleId}:az`]: 'Saxta iş elanları' })
    // The sample verifier refuses the same request with its body changed.
    expect(
      webhookProblem({
        headers: published.headers,
        rawBody: published.rawBody.replace(articleId, `${articleId}0`),
        secret: receiver.secrets.get('/news'),
      }),
    ).toMatch(/does not match/)

    const edited = await api.patch(`/api/articles/${articleId}?locale=az&draft=true`, {
      token: tokens.editor,
      json: { title: 'Saxta iş elanları: yeni' },
    })
    expect(edited.status).toBe(200)
    await publishThroughWorkflow(api, tokens, 'articles', articleId)
    expect((await arrival('/news', 'articles', articleId, 'update')).problem).toBeNull()

    expect(
      (await takeAction(api, tokens.reviewer, 'articles', articleId, 'unpublish')).status,
    ).toBe(200)
    expect((await arrival('/news', 'articles', articleId, 'unpublish')).problem).toBeNull()

    const storyId = await story('Bakıdan Dubaya')
    await publishThroughWorkflow(api, tokens, 'stories', storyId)
    expect((await arrival('/news', 'stories', storyId, 'publish')).problem).toBeNull()
    const withdrawn = await takeAction(
      api,
      tokens.reviewer,
      'stories',
      storyId,
      'withdraw-consent',
      {
        comment: 'She asked us to take it down',
      },
    )
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    const withdrawal = await arrival('/news', 'stories', storyId, 'withdraw')
    expect(withdrawal.problem).toBeNull()
    expect(withdrawal.body.locales).toEqual(['az'])

    // Every delivery once, at its first attempt; partners out of scope got and were sent nothing.
    expect(
      (await attemptsOf(news.id)).map(({ event, attempt, outcome, statusCode }) =>
        [event, attempt, outcome, statusCode].join(' '),
      ),
    ).toEqual([
      'publish 1 delivered 200',
      'update 1 delivered 200',
      'unpublish 1 delivered 200',
      'publish 1 delivered 200',
      'withdraw 1 delivered 200',
    ])
    expect(receiver.at('/news')).toHaveLength(5)
    expect(receiver.at('/videos')).toEqual([])
    expect(receiver.at('/russian')).toEqual([])
    expect(await attemptsOf(videos.id)).toEqual([])
    expect(await attemptsOf(russian.id)).toEqual([])
  })

  it('should show the delivery log to admins only', async () => {
    for (const token of [tokens.editor, tokens.reviewer])
      expect((await api.get('/api/webhook-deliveries', { token })).status).toBe(403)
    expect((await api.get('/api/webhook-deliveries')).status).toBe(403)
    const created = await api.post('/api/webhook-deliveries', {
      token: tokens.admin,
      json: { event: 'publish' },
    })
    expect(created.status).toBe(403)
  })

  it('should retry a failing endpoint with growing waits and deliver once it answers', async () => {
    const flaky = await partner(
      '/flaky',
      { contentTypes: ['articles'], languages: ['az'] },
      'flaky',
    )
    const articleId = await article('Borc əsarəti')
    await publishThroughWorkflow(api, tokens, 'articles', articleId)
    await expect
      .poll(async () => (await attemptsOf(flaky.id)).map(({ outcome }) => outcome), {
        timeout: 30_000,
        interval: 200,
      })
      .toEqual(['retrying', 'retrying', 'delivered'])
    const attempts = receiver.at('/flaky')
    expect(attempts.map(({ problem }) => problem)).toEqual([null, null, null])
    expect(new Set(attempts.map(({ body }) => body.id)).size).toBe(1)
    // Backoff: 1.5 s after the first failure, then 3 s after the second.
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(1500)
    expect(attempts[2].at - attempts[1].at).toBeGreaterThanOrEqual(3000)
    expect((await attemptsOf(flaky.id)).map(({ statusCode }) => statusCode)).toEqual([
      500, 500, 200,
    ])
    // Later events are not its business here.
    await api.patch(`/api/partners/${flaky.id}`, { token: tokens.admin, json: { isActive: false } })
  })

  it('should stop at the limit, pause a partner that keeps failing and send it nothing more', async () => {
    const down = await partner('/down', { contentTypes: ['articles'], languages: ['az'] }, 'down')
    const first = await article('Uşaq əməyi')
    const second = await article('Məcburi nikah')
    await publishThroughWorkflow(api, tokens, 'articles', first)
    await publishThroughWorkflow(api, tokens, 'articles', second)
    const readPartner = async () =>
      (await api.get(`/api/partners/${down.id}`, { token: tokens.admin })).body
    await expect
      .poll(async () => (await readPartner()).webhookPausedAt, { timeout: 40_000, interval: 200 })
      .toBeTruthy()
    expect((await readPartner()).webhookPauseReason).toMatch(
      /2 deliveries in a row failed after 3 attempts each; the last: the partner answered HTTP 500/,
    )
    const attempts = await attemptsOf(down.id)
    for (const itemId of [first, second])
      expect(
        attempts
          .filter((entry) => entry.itemId === itemId)
          .map(({ attempt, outcome }) => `${attempt} ${outcome}`),
      ).toEqual(['1 retrying', '2 retrying', '3 failed'])
    expect(receiver.at('/down')).toHaveLength(6)

    // Paused: the next publication reaches other partners, and this one only as a log line.
    const third = await article('Orqan alveri')
    await publishThroughWorkflow(api, tokens, 'articles', third)
    await arrival('/news', 'articles', third, 'publish')
    await expect
      .poll(async () => (await attemptsOf(down.id)).filter(({ itemId }) => itemId === third))
      .toMatchObject([
        { outcome: 'skipped', attempt: 0, error: 'Webhooks are paused for this partner' },
      ])
    expect(receiver.at('/down')).toHaveLength(6)

    // Fixed and resumed by an admin: it hears of the next change.
    receiver.modes.set('/down', 'ok')
    const resumed = await api.patch(`/api/partners/${down.id}`, {
      token: tokens.admin,
      json: { webhookPausedAt: null },
    })
    expect(resumed.status).toBe(200)
    expect(resumed.body.doc).toMatchObject({ webhookPauseReason: null })
    expect(resumed.body.doc.webhookResumedAt).toBeTruthy()
    expect((await takeAction(api, tokens.reviewer, 'articles', third, 'unpublish')).status).toBe(
      200,
    )
    expect((await arrival('/down', 'articles', third, 'unpublish')).problem).toBeNull()
  })

  it('should end pending retries when an admin pauses a partner', async () => {
    const stuck = await partner('/stuck', { contentTypes: ['articles'], languages: ['az'] }, 'down')
    const articleId = await article('İnsan alveri')
    await publishThroughWorkflow(api, tokens, 'articles', articleId)
    const outcomes = async () => (await attemptsOf(stuck.id)).map(({ outcome }) => outcome)
    await expect.poll(outcomes, { timeout: 30_000, interval: 100 }).toEqual(['retrying'])
    const paused = await api.patch(`/api/partners/${stuck.id}`, {
      token: tokens.admin,
      json: { webhookPausedAt: new Date().toISOString() },
    })
    expect(paused.status).toBe(200)
    await expect.poll(outcomes, { timeout: 30_000, interval: 100 }).toEqual(['retrying', 'skipped'])
    expect(receiver.at('/stuck')).toHaveLength(1)
  })
})
