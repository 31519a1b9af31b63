import { createHash, randomBytes } from 'crypto'
import path from 'path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import { asKey, channelKeys, createChannelKeys } from '../helpers/channelKeys'
import { publishPoster as publishPosterThroughWorkflow } from '../helpers/posters'
import { startServer, testDatabaseUrl, type RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { takeAction } from '../helpers/workflow'

describe('the metro screen feed over HTTP', () => {
  const secret = randomBytes(24).toString('hex')
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  /** The screen createChannelKeys made (its key is channelKeys.screens), and a second one. */
  let screenId: string | number
  let otherId: string | number
  const otherKey = 'other-screen-key-0123456789abcdef'

  const feed = async (
    base: string,
    id: string | number,
    headers: Record<string, string> = asKey('screens'),
  ) => {
    const response = await fetch(`${base}/screens/${id}/playlist`, { headers })
    const text = await response.text()
    return {
      status: response.status,
      etag: response.headers.get('etag'),
      cacheControl: response.headers.get('cache-control'),
      body: text ? JSON.parse(text) : null,
    }
  }
  const titles = async (base = server.url, id = screenId, key = channelKeys.screens) =>
    ((await feed(base, id, { authorization: `screens API-Key ${key}` })).body?.items ?? []).map(
      (item: { title: string; locale: string }) => `${item.title}/${item.locale}`,
    )
  const publishPoster = (title: string, fields: object = {}, en?: string) =>
    publishPosterThroughWorkflow({ api, tokens, title, en, fields })
  /** Waits, at most a second, for the feed to say something; returns how long it took. */
  const withinASecond = async (check: () => Promise<boolean>) => {
    const started = Date.now()
    await expect.poll(check, { timeout: 1000, interval: 25 }).toBe(true)
    return Date.now() - started
  }

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer({ PAYLOAD_SECRET: secret }))
    await createChannelKeys(api, tokens.admin)
    const screens = await api.get('/api/screens', { token: tokens.admin })
    screenId = screens.body.docs[0].id
    await api.patch(`/api/screens/${screenId}`, {
      token: tokens.admin,
      json: { languages: ['az', 'en'] },
    })
    const other = await api.post('/api/screens', {
      token: tokens.admin,
      json: {
        name: 'Nizami 2',
        location: screens.body.docs[0].location,
        enableAPIKey: true,
        apiKey: otherKey,
      },
    })
    otherId = other.body.doc.id
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should know a screen added after the start within a second', async () => {
    await withinASecond(
      async () =>
        (await feed(server.url, otherId, { authorization: `screens API-Key ${otherKey}` }))
          .status === 200,
    )
  })

  it('should refuse every caller but the screen itself, with a clear 4xx', async () => {
    const cases: [string, Record<string, string>, number, RegExp][] = [
      [String(screenId), {}, 401, /Send the screen’s key/],
      [String(screenId), { authorization: 'screens API-Key' }, 401, /Malformed Authorization/],
      [String(screenId), { authorization: 'Basic Zm9vOmJhcg==' }, 401, /Malformed Authorization/],
      [String(screenId), asKey('partners'), 403, /for screens/],
      [String(screenId), { authorization: `JWT ${tokens.admin}` }, 403, /for screens/],
      [
        String(screenId),
        { authorization: 'screens API-Key not-a-key' },
        401,
        /belongs to no screen/,
      ],
      [String(otherId), asKey('screens'), 403, /another screen/],
      ['..%2F..%2Fetc', asKey('screens'), 404, /No such screen/],
      ['x'.repeat(65), asKey('screens'), 404, /No such screen/],
    ]
    for (const [id, headers, status, message] of cases) {
      const response = await feed(server.url, id, headers)
      expect(
        [response.status, response.body?.errors?.[0]?.message],
        `${id} ${JSON.stringify(headers)}`,
      ).toEqual([status, expect.stringMatching(message)])
    }
    const post = await fetch(`${server.url}/screens/${screenId}/playlist`, {
      method: 'POST',
      headers: asKey('screens'),
    })
    expect(post.status).toBe(405)
  })

  it('should show an approval within a second, with its rendition, hotline and poll interval', async () => {
    const id = await publishPoster('Təsdiqlənən plakat', {}, 'Approved poster')
    // Both languages: without transactions (the FerretDB run) they go live a moment apart.
    const took = await withinASecond(async () => {
      const shown = await titles()
      return shown.includes('Təsdiqlənən plakat/az') && shown.includes('Approved poster/en')
    })
    expect(took).toBeLessThan(1000)
    const { body, etag, cacheControl } = await feed(server.url, screenId)
    expect(etag).toMatch(/^"[\w-]{27}"$/)
    expect(cacheControl).toBe('private, no-cache')
    expect(body).toMatchObject({ pollAfterSeconds: 30, stale: false, screen: { id: screenId } })
    const items = body.items.filter((item: { posterId: unknown }) => item.posterId === id)
    expect(items.map((item: { locale: string }) => item.locale)).toEqual(['az', 'en'])
    const image = items[0].image
    // The test artwork (64 × 48, one colour) is not marked safe to crop: shown whole, on its edge.
    expect(image).toMatchObject({
      width: 1920,
      height: 1440,
      fit: 'contain',
      background: '#2a6f97',
    })
    expect(image.url.startsWith(`${server.url}/screens/media/`)).toBe(true)
    const file = await fetch(image.url)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/webp')
    const bytes = Buffer.from(await file.arrayBuffer())
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(image.sha256)
    // A forged or missing signature opens nothing.
    expect((await fetch(image.url.replace(/s=[^&]+/, 's=forged'))).status).toBe(404)
    expect((await fetch(image.url.split('?')[0])).status).toBe(404)
  })

  it('should answer 304 to a screen that has the playlist, and keep the ETag through changes that do not concern it', async () => {
    const first = await feed(server.url, screenId)
    const again = await fetch(`${server.url}/screens/${screenId}/playlist`, {
      headers: { ...asKey('screens'), 'if-none-match': first.etag! },
    })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    // A draft edit and a poster for the other screen only: this screen's playlist stays as it was.
    const posters = await api.get('/api/posters?limit=1', { token: tokens.admin })
    await api.patch(`/api/posters/${posters.body.docs[0].id}?draft=true`, {
      token: tokens.editor,
      json: { title: 'Qaralama: hələ yoxlanmayıb' },
    })
    await publishPoster('Yalnız o biri ekran', { targetScreens: [otherId] })
    await withinASecond(async () =>
      (await titles(server.url, otherId, otherKey)).includes('Yalnız o biri ekran/az'),
    )
    expect((await feed(server.url, screenId)).etag).toBe(first.etag)
    expect(await titles()).not.toContain('Qaralama: hələ yoxlanmayıb/az')
  })

  it('should take an unpublished poster off every playlist, and its image off the screens, at once', async () => {
    const id = await publishPoster('Tezliklə götürüləcək')
    await withinASecond(async () => (await titles()).includes('Tezliklə götürüləcək/az'))
    const url = (await feed(server.url, screenId)).body.items.find(
      (item: { posterId: unknown }) => item.posterId === id,
    ).image.url
    expect((await takeAction(api, tokens.reviewer, 'posters', id, 'unpublish')).status).toBe(200)
    await withinASecond(async () => !(await titles()).includes('Tezliklə götürüləcək/az'))
    expect((await fetch(url)).status).toBe(404)
  })

  it('should tell admins which screens run the current playlist, from what each fetch recorded', async () => {
    const statusOf = async () =>
      (await api.get('/api/screens/status', { token: tokens.admin })).body.screens.find(
        (row: { id: unknown }) => row.id === screenId,
      )
    await feed(server.url, screenId)
    // Fetches are written every few seconds, not on the feed's hot path.
    await expect
      .poll(statusOf, { timeout: 10_000, interval: 200 })
      .toMatchObject({ status: 'online', version: 'current' })
    await publishPoster('Yeni versiya')
    await withinASecond(async () => (await statusOf()).version === 'older')
    await feed(server.url, screenId)
    await expect
      .poll(statusOf, { timeout: 10_000, interval: 200 })
      .toMatchObject({ status: 'online', version: 'current' })
  })

  it('should agree across two instances on one database within a second', async () => {
    const second = await startServer({
      PAYLOAD_SECRET: secret,
      DATABASE_URL: testDatabaseUrl(server.dataDir),
      MEDIA_DIR: path.join(server.dataDir, 'media'),
      // Behind one load balancer, both answer for the same public address.
      PUBLIC_URL: server.url,
    })
    try {
      await expect
        .poll(async () => (await feed(second.url, screenId)).status, { timeout: 5000 })
        .toBe(200)
      // Approved through the first instance, read through the second.
      await publishPoster('İki nüsxə')
      const took = await withinASecond(async () =>
        (await titles(second.url)).includes('İki nüsxə/az'),
      )
      expect(took).toBeLessThan(1000)
      // And both serve the very same playlist, byte for byte.
      await withinASecond(
        async () =>
          (await feed(server.url, screenId)).etag === (await feed(second.url, screenId)).etag,
      )
    } finally {
      await second.stop()
    }
  })
})
