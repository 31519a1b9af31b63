import fs from 'fs'
import path from 'path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import { createPartner } from '../helpers/channelKeys'
import { confirmedChecklist } from '../helpers/fixtures'
import { smallPng, uploadMedia } from '../helpers/media'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { publishThroughWorkflow, submittedStory, takeAction } from '../helpers/workflow'

/** Issue 14: what hostile or careless requests get, over HTTP on the production build. */
describe('strict input, deletes and concurrent approvals over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  let locationId: string | number

  const screen = async (name: string, apiKey: string) => {
    const created = await api.post('/api/screens', {
      token: tokens.admin,
      json: { name, location: locationId, enableAPIKey: true, apiKey },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.doc.id as string | number
  }
  const totalOf = async (path: string) => {
    const list = await api.get(path, { token: tokens.admin })
    expect(list.status, JSON.stringify(list.body)).toBe(200)
    return list.body.totalDocs as number
  }

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
    const location = await api.post('/api/locations', {
      token: tokens.admin,
      json: { name: 'Sahil', type: 'metro-station' },
    })
    locationId = location.body.doc.id
  })
  afterAll(async () => {
    await server?.stop()
  })

  describe('ids', () => {
    /** Forms SQLite's parseFloat would read as the real id; none is an ObjectId either. */
    const lenientForms = (id: string) => [
      `${id}abc`,
      `0${id}`,
      `${id}e0`,
      `%20${id}`,
      `+${id}`,
      `${id}.0`,
    ]

    it('should answer 404 to every lenient form of a real id, on every kind of route', async () => {
      const storyId = String(await submittedStory(api, tokens, 'İd yoxlaması'))
      const screenKey = 'screen-key-ids-0123456789abcdef'
      const screenId = String(await screen('İd ekranı', screenKey))
      const routes = [
        ['GET', (id: string) => `/api/stories/${id}?draft=true`, tokens.admin, undefined],
        ['PATCH', (id: string) => `/api/stories/${id}?draft=true`, tokens.editor, { title: 'x' }],
        ['DELETE', (id: string) => `/api/stories/${id}`, tokens.admin, undefined],
        ['GET', (id: string) => `/api/stories/${id}/workflow`, tokens.reviewer, undefined],
        ['POST', (id: string) => `/api/stories/${id}/workflow/archive`, tokens.editor, {}],
        ['POST', (id: string) => `/api/stories/${id}/preview-link`, tokens.editor, {}],
        ['GET', (id: string) => `/api/users/${id}`, tokens.admin, undefined],
        ['GET', (id: string) => `/api/stories/versions/${id}`, tokens.admin, undefined],
      ] as const
      for (const [method, address, token, json] of routes)
        for (const form of lenientForms(storyId)) {
          const response = await api.request(method, address(form), { token, json })
          expect([method, address(form), response.status]).toEqual([method, address(form), 404])
        }
      for (const form of lenientForms(screenId)) {
        const report = await api.post(`/api/screens/${form}/plays`, {
          headers: { authorization: `screens API-Key ${screenKey}` },
          json: { plays: [] },
        })
        expect([form, report.status]).toEqual([form, 404])
      }
      // Nothing above touched the story: it is still there, in review.
      const state = await api.get(`/api/stories/${storyId}/workflow`, { token: tokens.reviewer })
      expect(state.status).toBe(200)
      expect(state.body.stage).toBe('in-review')
    })
  })

  describe('Payload internals and missing files', () => {
    it('should answer 404 for payload-migrations to everyone, admins included', async () => {
      for (const token of [tokens.admin, tokens.editor, undefined])
        for (const method of ['GET', 'POST', 'PATCH', 'DELETE']) {
          const response = await api.request(method, '/api/payload-migrations', {
            token,
            json: method === 'GET' || method === 'DELETE' ? undefined : { name: 'x', batch: 1 },
          })
          expect([method, response.status]).toEqual([method, 404])
        }
      const one = await api.get('/api/payload-migrations/1', { token: tokens.admin })
      expect(one.status).toBe(404)
    })

    it('should answer 404, not 500, for an image whose file is gone from the disk', async () => {
      const uploaded = await uploadMedia(api, tokens.editor, await smallPng(), 'x.png', 'image/png')
      expect(uploaded.status).toBe(201)
      const { filename, sizes } = uploaded.body.doc
      const present = await api.get(`/api/media/file/${filename}`, { token: tokens.admin })
      expect(present.status).toBe(200)
      const images = path.join(server.dataDir, 'media', 'images')
      fs.rmSync(path.join(images, filename))
      fs.rmSync(path.join(images, sizes.thumbnail.filename))
      for (const name of [filename, sizes.thumbnail.filename]) {
        const missing = await api.get(`/api/media/file/${name}`, { token: tokens.admin })
        expect([name, missing.status]).toEqual([name, 404])
      }
    })
  })

  describe('access before validation', () => {
    const collections = [
      'users',
      'partners',
      'screens',
      'stories',
      'posters',
      'media',
      'locations',
      'plays',
      'screen-status',
      'webhook-deliveries',
      'audit-log',
    ]

    it('should refuse anonymous writes to every collection before looking at the fields', async () => {
      const nonsense = { bogus: 1, name: 5, email: 'not-an-email', roles: 'admin' }
      // A well-formed id on either database (a malformed one is 404 on any route).
      const id = (await api.get('/api/users/me', { token: tokens.admin })).body.user.id
      for (const collection of collections) {
        const answers = [
          await api.post(`/api/${collection}`, { json: nonsense }),
          await api.patch(`/api/${collection}/${id}`, { json: nonsense }),
          await api.del(`/api/${collection}/${id}`),
          await api.patch(`/api/${collection}?where[id][equals]=${id}`, { json: nonsense }),
        ]
        for (const answer of answers) {
          expect([collection, answer.status]).toEqual([collection, 403])
          expect(JSON.stringify(answer.body)).not.toMatch(/bogus|ValidationError|email/)
        }
      }
    })

    it('should refuse a signed-in user who may not write there before looking at the fields', async () => {
      const answer = await api.post('/api/partners', {
        token: tokens.editor,
        json: { bogus: 1, name: 5 },
      })
      expect(answer.status).toBe(403)
    })
  })

  describe('fields the caller may not write, and fields that do not exist', () => {
    const me = async (token: string) =>
      (await api.get('/api/users/me', { token })).body.user as { id: string | number }

    it('should refuse (403) a user changing their own roles or organisation, and keep them', async () => {
      const { id } = await me(tokens.editor)
      for (const json of [{ roles: ['admin'] }, { organisation: 'department' }]) {
        const answer = await api.patch(`/api/users/${id}`, { token: tokens.editor, json })
        expect([json, answer.status]).toEqual([json, 403])
        expect(answer.body.errors[0].message).toMatch(/You may not change/)
      }
      const after = await api.get(`/api/users/${id}`, { token: tokens.admin })
      expect([after.body.roles, after.body.organisation]).toEqual([['editor'], 'campaign'])
      // Sending them back unchanged, as the admin's form does, is an ordinary save.
      const same = await api.patch(`/api/users/${id}`, {
        token: tokens.editor,
        json: { name: 'Test editor', roles: ['editor'], organisation: 'campaign' },
      })
      expect(same.status).toBe(200)
    })

    it('should refuse (403) fields only the server sets: auth internals, workflow, pauses', async () => {
      const { id } = await me(tokens.editor)
      for (const json of [{ hash: 'x' }, { salt: 'y' }, { resetPasswordToken: 'z' }]) {
        const answer = await api.patch(`/api/users/${id}`, { token: tokens.admin, json })
        expect([json, answer.status]).toEqual([json, 403])
      }
      // No account is ever locked (src/logins/): the lockout's fields are not there at all.
      const lockout = await api.patch(`/api/users/${id}`, {
        token: tokens.admin,
        json: { loginAttempts: 0, lockUntil: null },
      })
      expect(lockout.status).toBe(400)
      const article = await api.post('/api/articles', {
        token: tokens.editor,
        json: { title: 'Qısa yol', workflow: { stage: 'approved' } },
      })
      expect(article.status).toBe(403)
      const draft = await api.post('/api/articles', {
        token: tokens.editor,
        json: { title: 'Yol' },
      })
      const forged = await api.patch(`/api/articles/${draft.body.doc.id}?draft=true`, {
        token: tokens.editor,
        json: { workflow: { approvedHash: 'forged' } },
      })
      expect(forged.status).toBe(403)
      expect(forged.body.errors[0].message).toMatch(/"workflow"/)
      const partner = await createPartner(api, tokens.admin, {
        name: 'Fasilə',
        contentTypes: ['articles'],
        languages: ['az'],
        apiKey: 'paused-partner-key-0123456789',
      })
      const pause = await api.patch(`/api/partners/${partner.id}`, {
        token: tokens.admin,
        json: { webhookPauseReason: 'made up', webhookResumedAt: new Date().toISOString() },
      })
      expect(pause.status).toBe(403)
    })

    it('should refuse (403) a value for a field computed on read', async () => {
      const answer = await api.post('/api/screens', {
        token: tokens.admin,
        json: { name: 'Şaquli', location: locationId, orientation: 'portrait' },
      })
      expect(answer.status).toBe(403)
      expect(answer.body.errors[0].message).toMatch(/"orientation"/)
    })

    it('should refuse (400) unknown fields on settings, screens, partners, media and users', async () => {
      const settings = await api.post('/api/globals/settings', {
        token: tokens.admin,
        json: { hotlines: [{ number: '152', label: 'Qaynar xətt' }], bogus: 1 },
      })
      expect(settings.status).toBe(400)
      expect(settings.body.errors[0].data.errors[0].path).toBe('bogus')
      const heartbeat = await api.post('/api/screens', {
        token: tokens.admin,
        json: { name: 'UI', location: locationId, heartbeat: 'online' },
      })
      expect(heartbeat.status).toBe(400)
      const partner = await api.post('/api/partners', {
        token: tokens.admin,
        json: { name: 'P', contentTypes: ['articles'], languages: ['az'], email: 'p@x.az' },
      })
      expect(partner.status).toBe(400)
      const image = await uploadMedia(api, tokens.editor, await smallPng(), 'b.png', 'image/png', {
        alt: 'Şəkil',
        caption: 'no such field',
      })
      expect(image.status).toBe(400)
      const { id } = await me(tokens.editor)
      const user = await api.patch(`/api/users/${id}`, {
        token: tokens.editor,
        json: { nickname: 'x' },
      })
      expect(user.status).toBe(400)
    })
  })

  describe('deletes', () => {
    it('should delete a partner with its webhook attempts', async () => {
      const partner = await createPartner(api, tokens.admin, {
        name: 'Silinən tərəfdaş',
        contentTypes: ['articles'],
        languages: ['az'],
        apiKey: 'deleted-partner-key-0123456789',
        webhookUrl: 'https://partner.example/hook',
      })
      // A paused partner's notices are recorded as skipped when the ledger's webhook consumer runs.
      await api.patch(`/api/partners/${partner.id}`, {
        token: tokens.admin,
        json: { webhookPausedAt: new Date().toISOString() },
      })
      const article = await api.post('/api/articles', {
        token: tokens.editor,
        json: { title: 'Tərəfdaşa xəbər' },
      })
      await publishThroughWorkflow(api, tokens, 'articles', article.body.doc.id)
      const attempts = `/api/webhook-deliveries?where[partner][equals]=${partner.id}&limit=1`
      expect(
        (await api.get('/api/payload-jobs/run?queue=webhooks', { token: tokens.admin })).status,
      ).toBe(200)
      expect(await totalOf(attempts)).toBeGreaterThan(0)

      const deleted = await api.del(`/api/partners/${partner.id}`, { token: tokens.admin })
      expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
      expect(await totalOf(attempts)).toBe(0)
      expect((await api.get(`/api/partners/${partner.id}`, { token: tokens.admin })).status).toBe(
        404,
      )
    })

    it('should delete a screen that reported in, with its status row', async () => {
      const key = 'screen-key-status-0123456789abc'
      const id = await screen('Yalnız sorğu', key)
      const fetchPlaylist = async () =>
        (
          await fetch(`${server.url}/screens/${id}/playlist`, {
            headers: { authorization: `screens API-Key ${key}` },
          })
        ).status
      // The feed learns of a new screen within a second (src/channels/screens/playlistCache.ts).
      await expect.poll(fetchPlaylist, { timeout: 10_000, interval: 100 }).toBe(200)
      const status = `/api/screen-status?where[screen][equals]=${id}&limit=1`
      // The heartbeat is written every 5 s.
      await expect.poll(() => totalOf(status), { timeout: 15_000, interval: 200 }).toBe(1)

      const deleted = await api.del(`/api/screens/${id}`, { token: tokens.admin })
      expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
      expect(await totalOf(status)).toBe(0)
    })

    it('should refuse (409) to delete a screen or poster with proof of play, and keep the plays', async () => {
      const key = 'screen-key-plays-0123456789abcd'
      const id = await screen('Göstərən ekran', key)
      const artwork = (
        await uploadMedia(api, tokens.editor, await smallPng(), 'p.png', 'image/png')
      ).body.doc.id
      const poster = (
        await api.post('/api/posters', { token: tokens.editor, json: { title: 'Sübut', artwork } })
      ).body.doc.id
      const reported = await api.post(`/api/screens/${id}/plays`, {
        headers: { authorization: `screens API-Key ${key}` },
        json: {
          plays: [
            {
              posterId: poster,
              locale: 'az',
              startedAt: new Date(Date.now() - 60_000).toISOString(),
              durationSeconds: 10,
            },
          ],
        },
      })
      expect(reported.body.accepted).toBe(1)
      const plays = `/api/plays?where[screen][equals]=${id}&limit=1`

      const screenDelete = await api.del(`/api/screens/${id}`, { token: tokens.admin })
      expect(screenDelete.status).toBe(409)
      expect(screenDelete.body.errors[0].message).toMatch(/1 plays .*switch the screen off/)
      const posterDelete = await api.del(`/api/posters/${poster}`, { token: tokens.admin })
      expect(posterDelete.status).toBe(409)
      expect(posterDelete.body.errors[0].message).toMatch(/archive the poster/)
      expect(await totalOf(plays)).toBe(1)
      expect((await api.get(`/api/screens/${id}`, { token: tokens.admin })).status).toBe(200)
    })

    it('should refuse (409) to delete an image that is a poster’s artwork in some language', async () => {
      const artwork = (
        await uploadMedia(api, tokens.editor, await smallPng(), 'a.png', 'image/png')
      ).body.doc.id
      const poster = await api.post('/api/posters?locale=en', {
        token: tokens.editor,
        json: { title: 'Only in English', artwork },
      })
      expect(poster.status, JSON.stringify(poster.body)).toBe(201)
      const deleted = await api.del(`/api/media/${artwork}`, { token: tokens.admin })
      expect(deleted.status).toBe(409)
      expect(deleted.body.errors[0].message).toMatch(/1 posters point at this image/)
      expect((await api.get(`/api/media/${artwork}`, { token: tokens.admin })).status).toBe(200)
    })

    it('should refuse (409) to delete a station its screens stand in', async () => {
      const deleted = await api.del(`/api/locations/${locationId}`, { token: tokens.admin })
      expect(deleted.status).toBe(409)
      expect(deleted.body.errors[0].message).toMatch(/screens point at this location/)
    })
  })

  describe('concurrent approvals', () => {
    it('should keep both organisations’ sign-offs when both approve at the same moment', async () => {
      for (let round = 0; round < 8; round++) {
        const id = await submittedStory(api, tokens, `Eyni an ${round}`)
        const body = { checklist: confirmedChecklist }
        const answers = await Promise.all([
          takeAction(api, tokens.reviewer, 'stories', id, 'approve', body),
          takeAction(api, tokens.departmentReviewer, 'stories', id, 'approve', body),
        ])
        expect(answers.map((answer) => answer.status)).toEqual([200, 200])
        const state = await api.get(`/api/stories/${id}/workflow`, { token: tokens.reviewer })
        expect(state.body.stage).toBe('approved')
        expect(
          (state.body.signOffs as { organisation: string }[])
            .map((entry) => entry.organisation)
            .sort(),
        ).toEqual(['campaign', 'department'])
        const audit = await api.get(
          `/api/audit-log?where[targetCollection][equals]=stories&where[targetId][equals]=${id}&where[action][equals]=approve&limit=10`,
          { token: tokens.admin },
        )
        expect(audit.body.docs.map((entry: { toStage: string }) => entry.toStage).sort()).toEqual([
          'approved',
          'in-review',
        ])
      }
    })
  })
})
