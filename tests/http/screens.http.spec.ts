import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import { asKey, createChannelKeys } from '../helpers/channelKeys'
import { smallPng, uploadMedia } from '../helpers/media'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'

const otherScreenKey = 'screen-key-other-0123456789ab'

/** A screen's proof-of-play endpoint and the status admins see, attacked and used over HTTP. */
describe('metro screens: proof of play and status over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  let screenId: number | string
  let otherScreenId: number | string
  let posterId: number | string

  const secondsAgo = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString()
  const play = (change: object = {}) => ({
    posterId,
    locale: 'az',
    startedAt: secondsAgo(60),
    durationSeconds: 10,
    ...change,
  })
  const report = (
    body: unknown,
    headers: Record<string, string> = asKey('screens'),
    id = screenId,
  ) => api.post(`/api/screens/${id}/plays`, { headers, json: body })
  const playCount = async () =>
    (await api.get('/api/plays?limit=1', { token: tokens.admin })).body.totalDocs

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
    await createChannelKeys(api, tokens.admin)
    const screens = await api.get('/api/screens', { token: tokens.admin })
    screenId = screens.body.docs[0].id
    otherScreenId = (
      await api.post('/api/screens', {
        token: tokens.admin,
        json: {
          name: 'Nizami 2',
          location: screens.body.docs[0].location.id,
          enableAPIKey: true,
          apiKey: otherScreenKey,
        },
      })
    ).body.doc.id
    const artwork = (await uploadMedia(api, tokens.editor, await smallPng(), 'p.png', 'image/png'))
      .body.doc.id
    posterId = (
      await api.post('/api/posters', { token: tokens.editor, json: { title: 'Plakat', artwork } })
    ).body.doc.id
  })
  afterAll(async () => {
    await server?.stop()
  })

  describe('who may report plays', () => {
    it('should refuse a report with no key or an unknown key (401)', async () => {
      for (const headers of [
        {},
        { authorization: 'screens API-Key wrong-key-000000000000' },
      ] as Record<string, string>[]) {
        const response = await report({ plays: [play()] }, headers)
        expect(response.status).toBe(401)
        expect(response.body.errors[0].message).toMatch(/screens API-Key/)
      }
      expect(await playCount()).toBe(0)
    })

    it("should refuse another screen's id (403) and ids that cannot be one (404)", async () => {
      // '%2e%2e' is '..': the address becomes /api/plays, which no key may write.
      for (const id of [otherScreenId, '%2e%2e'])
        expect((await report({ plays: [play()] }, asKey('screens'), id)).status).toBe(403)
      for (const id of ['abc', '0', '99999999999999999999', `${screenId}abc`, `0${screenId}`])
        expect([id, (await report({ plays: [play()] }, asKey('screens'), id)).status]).toEqual([
          id,
          404,
        ])
      const own = await report(
        { plays: [play()] },
        {
          authorization: `screens API-Key ${otherScreenKey}`,
        },
      )
      expect(own.status).toBe(403)
      expect(own.body.errors[0].message).toMatch(/its own plays/)
      expect(await playCount()).toBe(0)
    })

    it("should refuse a partner's key and staff logins (403)", async () => {
      expect((await report({ plays: [play()] }, asKey('partners'))).status).toBe(403)
      for (const token of [tokens.admin, tokens.editor, tokens.reviewer]) {
        const response = await api.post(`/api/screens/${screenId}/plays`, {
          token,
          json: { plays: [play()] },
        })
        expect(response.status).toBe(403)
      }
      expect(await playCount()).toBe(0)
    })

    it('should still refuse a screen key every other write', async () => {
      const headers = asKey('screens')
      const attempts = [
        await api.post('/api/plays', { headers, json: { poster: posterId } }),
        await api.post('/api/screen-status', { headers, json: { screen: screenId } }),
        await api.post('/api/screens', { headers, json: { name: 'x' } }),
        await api.patch(`/api/screens/${screenId}`, { headers, json: { name: 'x' } }),
        await api.post(`/api/posters/${posterId}/plays`, { headers, json: { plays: [play()] } }),
        await api.post(`/api/screens/${screenId}/plays/1`, { headers, json: { plays: [play()] } }),
        await api.request('PUT', `/api/screens/${screenId}/plays`, { headers, json: {} }),
        await api.post('/api/graphql', { headers, json: { query: '{ Plays { docs { id } } }' } }),
      ]
      for (const response of attempts) expect(response.status).toBe(403)
    })
  })

  describe('what a report must look like', () => {
    const refused = async (body: unknown, pattern: RegExp) => {
      const response = await report(body)
      expect(response.status, JSON.stringify(response.body)).toBe(400)
      expect(response.body.errors[0].message).toMatch(pattern)
    }

    it('should refuse malformed JSON and bodies that are not a report (400)', async () => {
      const raw = await api.request('POST', `/api/screens/${screenId}/plays`, {
        headers: { ...asKey('screens'), 'content-type': 'application/json' },
        json: undefined,
      })
      expect(raw.status).toBe(400)
      const broken = await fetch(`${server.url}/api/screens/${screenId}/plays`, {
        method: 'POST',
        headers: { ...asKey('screens'), 'content-type': 'application/json' },
        body: '{"plays": [',
      })
      expect(broken.status).toBe(400)
      expect((await broken.json()).errors[0].message).toMatch(/must be JSON/)
      await refused([play()], /must be a JSON object \(\{…\}\), not a list/)
      await refused({ plays: [play()], screen: 1 }, /Unknown field\(s\): screen/)
      await refused({ plays: [] }, /1 to 500 items/)
      expect(await playCount()).toBe(0)
    })

    it('should refuse an oversize batch (400) and an oversize body (413)', async () => {
      await refused(
        { plays: Array.from({ length: 501 }, (_, i) => play({ startedAt: secondsAgo(i + 60) })) },
        /1 to 500 items \(it holds 501\)/,
      )
      const huge = await report({ plays: [play({ padding: 'x'.repeat(300_000) })] })
      expect(huge.status).toBe(413)
      expect(await playCount()).toBe(0)
    })

    it('should refuse bad items, naming each by its index (400)', async () => {
      await refused(
        { plays: [play(), play({ startedAt: secondsAgo(-600) })] },
        /plays\[1\]: startedAt is in the future/,
      )
      await refused(
        { plays: [play({ startedAt: secondsAgo(31 * 24 * 3600) })] },
        /plays\[0\]: startedAt is more than 30 days ago/,
      )
      await refused(
        { plays: [play({ startedAt: '2026-12-01 10:00' })] },
        /plays\[0\]: startedAt must be a date and time with its zone/,
      )
      await refused(
        { plays: [play({ durationSeconds: -10 })] },
        /plays\[0\]: durationSeconds must be a number/,
      )
      await refused({ plays: [play({ durationSeconds: 1e9 })] }, /durationSeconds must be a number/)
      await refused(
        { plays: [play({ durationSeconds: '10' })] },
        /durationSeconds must be a number/,
      )
      await refused(
        { plays: [play({ locale: 'de' })] },
        /plays\[0\]: locale must be one of az, en, ru/,
      )
      await refused(
        { plays: [play({ posterId: 'not-an-id' })] },
        /plays\[0\]: posterId must be a poster's id/,
      )
      await refused(
        { plays: [play({ posterId: { $ne: null } })] },
        /posterId must be a poster's id/,
      )
      await refused(
        { plays: [play(), 'x', play({ locale: 'fr', durationSeconds: 0 })] },
        /plays\[1\]: must be an object.*plays\[2\]: locale.*plays\[2\]: durationSeconds/,
      )
      expect(await playCount()).toBe(0)
    })
  })

  describe('storing plays', () => {
    it('should store a report once, however often it is re-sent', async () => {
      const plays = [
        play({ startedAt: secondsAgo(30) }),
        play({ startedAt: secondsAgo(20), locale: 'en' }),
      ]
      const first = await report({ plays })
      expect(first.status).toBe(200)
      expect(first.body).toEqual({ accepted: 2, duplicates: 0, rejected: [] })
      const again = await report({ plays })
      expect(again.body).toEqual({ accepted: 0, duplicates: 2, rejected: [] })
      // Sent twice at once (the screen timed out and retried): still stored once.
      const retried = [play({ startedAt: secondsAgo(10) })]
      const both = await Promise.all([report({ plays: retried }), report({ plays: retried })])
      expect(both.map((response) => response.status)).toEqual([200, 200])
      expect(both.map((response) => response.body.accepted).sort()).toEqual([0, 1])
      expect(await playCount()).toBe(3)
    })

    it('should report a poster that does not exist per item, storing the rest', async () => {
      const missing = typeof posterId === 'number' ? 99_999_999 : '65a1b2c3d4e5f6a7b8c9d0e1'
      const response = await report({
        plays: [play({ posterId: missing }), play({ startedAt: secondsAgo(5) })],
      })
      expect(response.status).toBe(200)
      expect(response.body).toEqual({
        accepted: 1,
        duplicates: 0,
        rejected: [{ index: 0, posterId: missing, message: 'No such poster.' }],
      })
    })

    it('should let admins and reviewers read plays, and nobody write them through the API', async () => {
      const list = await api.get('/api/plays?depth=0', { token: tokens.reviewer })
      expect(list.status).toBe(200)
      expect(list.body.docs[0]).toMatchObject({ poster: posterId, screen: screenId, locale: 'az' })
      for (const token of [tokens.editor, tokens.translator])
        expect((await api.get('/api/plays', { token })).status).toBe(403)
      expect((await api.get('/api/plays', { headers: asKey('screens') })).status).toBe(403)
      const id = list.body.docs[0].id
      for (const token of [tokens.admin, tokens.editor]) {
        expect((await api.post('/api/plays', { token, json: { poster: posterId } })).status).toBe(
          403,
        )
        expect(
          (await api.patch(`/api/plays/${id}`, { token, json: { durationSeconds: 1 } })).status,
        ).toBe(403)
        expect((await api.del(`/api/plays/${id}`, { token })).status).toBe(403)
      }
      const mutation = await api.graphql(
        `mutation { createPlay(data: { poster: ${JSON.stringify(posterId)}, screen: ${JSON.stringify(screenId)}, locale: az, startedAt: "2026-12-01T10:00:00Z", durationSeconds: 1, playKey: "x" }) { id } }`,
        tokens.admin,
      )
      expect(mutation.body.errors[0].message).toMatch(/not allowed/)
      expect(await playCount()).toBe(4)
    })
  })

  it('should show admins and reviewers plays per poster and station above the list of plays', async () => {
    for (const token of [tokens.admin, tokens.reviewer]) {
      const page = await api.get('/admin/collections/plays', { token })
      expect(page.status).toBe(200)
      const html = String(page.body)
      expect(html).toContain('Plays per poster and station')
      expect(html).toMatch(/data-totals="poster".*Plakat.*<td>4<\/td>/s)
      expect(html).toMatch(/data-totals="location".*Nizami.*<td>4<\/td>/s)
    }
    const old = await api.get('/admin/collections/plays?from=2020-01-01&to=2020-01-07', {
      token: tokens.admin,
    })
    expect(String(old.body)).toContain('No plays in this period.')
  })

  describe('screen status', () => {
    it('should be refused to anyone but admins and reviewers', async () => {
      expect((await api.get('/api/screens/status')).status).toBe(401)
      for (const token of [tokens.editor, tokens.translator])
        expect((await api.get('/api/screens/status', { token })).status).toBe(403)
      for (const principal of ['screens', 'partners'] as const)
        expect((await api.get('/api/screens/status', { headers: asKey(principal) })).status).toBe(
          403,
        )
    })

    it('should list every screen; never-seen screens are silent', async () => {
      for (const token of [tokens.admin, tokens.reviewer]) {
        const response = await api.get('/api/screens/status', { token })
        expect(response.status).toBe(200)
        expect(response.headers.get('cache-control')).toBe('no-store')
        expect(response.body.pollSeconds).toBeGreaterThan(0)
        expect(
          response.body.screens.map(({ name, status, version }: any) => ({
            name,
            status,
            version,
          })),
        ).toEqual([
          { name: 'Nizami 1', status: 'silent', version: 'unknown' },
          { name: 'Nizami 2', status: 'silent', version: 'unknown' },
        ])
      }
    })

    it('should refuse REST and GraphQL writes of a screen status, even by an admin', async () => {
      const create = await api.post('/api/screen-status', {
        token: tokens.admin,
        json: { screen: screenId, lastSeenAt: new Date().toISOString() },
      })
      expect(create.status).toBe(403)
      const mutation = await api.graphql(
        `mutation { createScreenStatus(data: { screen: ${JSON.stringify(screenId)}, lastSeenAt: "2026-12-01T10:00:00Z" }) { id } }`,
        tokens.admin,
      )
      expect(mutation.body.errors[0].message).toMatch(/not allowed/)
      expect((await api.get('/api/screen-status', { token: tokens.admin })).body.totalDocs).toBe(0)
    })
  })
})
