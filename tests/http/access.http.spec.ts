import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient, bootstrapUsers, type ApiClient, type Tokens } from '../helpers/api'
import { publishThroughWorkflow } from '../helpers/workflow'
import { startServer, type RunningServer } from '../helpers/server'
import { asKey, createChannelKeys } from '../helpers/channelKeys'
import { fullConsent } from '../helpers/fixtures'
import { startStaffServer } from '../helpers/staffServer'

const consent = { ...fullConsent, formReference: 'TEST-0001' }
const storyData = (title: string) => ({ title, pseudonym: 'Günay', consent })

describe('access over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  let locationId: number | string

  beforeAll(async () => {
    server = await startServer()
    api = apiClient(server.url)
    // A stranger who finds the fresh deployment first cannot claim it.
    const stranger = await api.post('/api/users/first-register', {
      json: { email: 'stranger@test.example', password: 'x12345678', name: 'Stranger' },
    })
    expect(stranger.status).toBe(403)
    expect(stranger.body.errors[0].message).toMatch(/FIRST_ADMIN_EMAIL/)
    tokens = await bootstrapUsers(api)
    const location = await api.post('/api/locations', {
      token: tokens.admin,
      json: { name: 'Sahil', type: 'metro-station' },
    })
    locationId = location.body.doc.id
  })
  afterAll(async () => {
    await server?.stop()
  })

  describe('anonymous visitors', () => {
    const writes: [string, object][] = [
      ['stories', storyData('Anonim')],
      ['videos', { title: 'x', sourceType: 'external', externalUrl: 'https://v.example.org/1' }],
      ['articles', { title: 'x' }],
      ['posters', { title: 'x' }],
      ['locations', { name: 'x', type: 'other' }],
      ['screens', { name: 'x', resolution: '1920x1080' }],
      ['partners', { name: 'x', contentTypes: ['stories'], languages: ['az'] }],
      [
        'users',
        { email: 'intruder@test.example', password: 'x12345678', name: 'x', roles: ['admin'] },
      ],
    ]

    it.each(writes)('should not create %s', async (collection, data) => {
      const before = await api.get(`/api/${collection}?limit=1`, { token: tokens.admin })
      const response = await api.post(`/api/${collection}`, { json: data })
      expect(response.status).toBe(403)
      expect(response.body.errors[0].message).toMatch(/not allowed/)
      const after = await api.get(`/api/${collection}?limit=1`, { token: tokens.admin })
      expect(after.body.totalDocs).toBe(before.body.totalDocs)
    })

    it('should not update or delete anything, nor change settings', async () => {
      expect(
        (await api.patch(`/api/locations/${locationId}`, { json: { name: 'Hacked' } })).status,
      ).toBe(403)
      expect((await api.del(`/api/locations/${locationId}`)).status).toBe(403)
      expect(
        (await api.post('/api/globals/settings', { json: { screenPollSeconds: 5 } })).status,
      ).toBe(403)
      const location = await api.get(`/api/locations/${locationId}`)
      expect(location.body.name).toBe('Sahil')
    })

    it('should not create through GraphQL either', async () => {
      const response = await api.graphql(
        'mutation { createArticle(data: { title: "GraphQL intruder" }) { id } }',
      )
      expect(response.body.errors[0].message).toMatch(/not allowed/)
      const articles = await api.get('/api/articles?draft=true&limit=100', { token: tokens.admin })
      expect(articles.body.docs.map((doc: { title: string }) => doc.title)).not.toContain(
        'GraphQL intruder',
      )
    })

    it('should read no draft, by list, by id, with draft=true, through GraphQL or versions', async () => {
      const draft = await api.post('/api/stories', {
        token: tokens.editor,
        json: storyData('Qaralama hekayə'),
      })
      expect(draft.status).toBe(201)
      const id = draft.body.doc.id

      const list = await api.get('/api/stories?draft=true&limit=100')
      expect(list.status).toBe(200)
      expect(list.body.docs.map((doc: { id: unknown }) => doc.id)).not.toContain(id)
      expect((await api.get(`/api/stories/${id}`)).status).toBe(404)
      expect((await api.get(`/api/stories/${id}?draft=true`)).status).toBe(404)
      expect((await api.get('/api/stories/versions')).status).toBe(403)

      const graphql = await api.graphql('{ Stories(draft: true) { docs { id title } } }')
      expect(graphql.body.data.Stories.docs).toEqual([])
      const byId = await api.graphql(`{ Story(id: ${JSON.stringify(id)}, draft: true) { title } }`)
      expect(byId.body.data?.Story ?? null).toBeNull()
    })

    it('should see the published version, never a newer draft of it, and never the consent record', async () => {
      const created = await api.post('/api/stories', {
        token: tokens.editor,
        json: storyData('Dərc olunmuş başlıq'),
      })
      const id = created.body.doc.id
      await publishThroughWorkflow(api, tokens, 'stories', id)
      const edited = await api.patch(`/api/stories/${id}?draft=true`, {
        token: tokens.editor,
        json: { title: 'Gizli qaralama başlıq' },
      })
      expect(edited.status).toBe(200)

      const story = await api.get(`/api/stories/${id}`)
      expect(story.status).toBe(200)
      expect(story.body.title).toBe('Dərc olunmuş başlıq')
      expect(story.body).not.toHaveProperty('consent')
      const asDraft = await api.get(`/api/stories/${id}?draft=true`)
      expect(asDraft.body.title).toBe('Dərc olunmuş başlıq')
      const graphql = await api.graphql(
        `{ Story(id: ${JSON.stringify(id)}, draft: true) { title } }`,
      )
      expect(graphql.body.data.Story.title).toBe('Dərc olunmuş başlıq')

      const staffView = await api.get(`/api/stories/${id}?draft=true`, { token: tokens.reviewer })
      expect(staffView.body.title).toBe('Gizli qaralama başlıq')
      expect(staffView.body.consent.formReference).toBe('TEST-0001')
    })

    it('should read neither users, partners nor media', async () => {
      for (const collection of ['users', 'partners', 'media', 'video-files']) {
        const response = await api.get(`/api/${collection}`)
        expect(response.status, collection).toBe(403)
      }
    })
  })

  describe('staff roles', () => {
    it('should not let an editor manage users', async () => {
      // Colleagues by name (an item's author, its approver); an address only one's own.
      const list = await api.get('/api/users', { token: tokens.editor })
      const users = list.body.docs as { email?: string; name: string }[]
      expect(users.length).toBeGreaterThan(1)
      expect(users.every((user) => user.name)).toBe(true)
      expect(users.filter((user) => user.email).map((user) => user.email)).toEqual([
        'editor@test.example',
      ])
      const created = await api.post('/api/users', {
        token: tokens.editor,
        json: {
          email: 'friend@test.example',
          password: 'x12345678',
          name: 'Friend',
          roles: ['admin'],
        },
      })
      expect(created.status).toBe(403)

      const reviewer = (
        await api.get('/api/users?where[email][equals]=reviewer@test.example', {
          token: tokens.admin,
        })
      ).body.docs[0]
      expect(
        (
          await api.patch(`/api/users/${reviewer.id}`, {
            token: tokens.editor,
            json: { name: 'x' },
          })
        ).status,
      ).toBe(403)
      expect((await api.del(`/api/users/${reviewer.id}`, { token: tokens.editor })).status).toBe(
        403,
      )
    })

    it('should not let anyone but an admin change roles, their own included', async () => {
      const me = await api.get('/api/users/me', { token: tokens.editor })
      await api.patch(`/api/users/${me.body.user.id}`, {
        token: tokens.editor,
        json: { roles: ['admin'] },
      })
      const after = await api.get(`/api/users/${me.body.user.id}`, { token: tokens.admin })
      expect(after.body.roles).toEqual(['editor'])
    })

    it('should let an admin manage users and their roles', async () => {
      const created = await api.post('/api/users', {
        token: tokens.admin,
        json: {
          email: 'new.reviewer@test.example',
          password: 'x12345678',
          name: 'Yeni Rəyçi',
          roles: ['reviewer'],
        },
      })
      expect(created.status).toBe(201)
      const updated = await api.patch(`/api/users/${created.body.doc.id}`, {
        token: tokens.admin,
        json: { roles: ['reviewer', 'translator'] },
      })
      expect(updated.body.doc.roles).toEqual(['reviewer', 'translator'])
    })

    it('should keep partners and screen keys to admins', async () => {
      expect((await api.get('/api/partners', { token: tokens.editor })).status).toBe(403)
      expect((await api.get('/api/screens', { token: tokens.editor })).status).toBe(200)
      const screen = await api.post('/api/screens', {
        token: tokens.editor,
        json: { name: 'x', location: locationId, resolution: '1920x1080' },
      })
      expect(screen.status).toBe(403)
    })

    it('should lock no account after failed logins: its owner still signs in', async () => {
      await api.post('/api/users', {
        token: tokens.admin,
        json: {
          email: 'target@test.example',
          password: 'right-password-1',
          name: 'Target',
          roles: ['editor'],
        },
      })
      // A stranger elsewhere spends their own network's budget (src/logins/), never the owner's.
      for (let attempt = 1; attempt <= 5; attempt++) {
        const wrong = await api.post('/api/users/login', {
          json: { email: 'target@test.example', password: `wrong-${attempt}` },
          headers: { 'x-forwarded-for': '203.0.113.99' },
        })
        expect(wrong.status).toBe(401)
      }
      const owner = await api.post('/api/users/login', {
        json: { email: 'target@test.example', password: 'right-password-1' },
      })
      expect(owner.status).toBe(200)
    })

    it('should let translators edit but not create, and reviewers only read', async () => {
      expect(
        (await api.post('/api/articles', { token: tokens.translator, json: { title: 'x' } }))
          .status,
      ).toBe(403)
      expect(
        (await api.post('/api/articles', { token: tokens.reviewer, json: { title: 'x' } })).status,
      ).toBe(403)
      const article = await api.post('/api/articles', {
        token: tokens.editor,
        json: { title: 'Tərcümə üçün' },
      })
      const id = article.body.doc.id
      const translated = await api.patch(`/api/articles/${id}?locale=en&draft=true`, {
        token: tokens.translator,
        json: { title: 'For translation' },
      })
      expect(translated.status).toBe(200)
      expect(
        (await api.patch(`/api/articles/${id}`, { token: tokens.reviewer, json: { title: 'y' } }))
          .status,
      ).toBe(403)
    })
  })
})

describe('partner and screen API keys', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  let draftId: number | string
  let publishedId: number | string

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
    await createChannelKeys(api, tokens.admin)
    draftId = (
      await api.post('/api/articles', { token: tokens.editor, json: { title: 'Gizli qaralama' } })
    ).body.doc.id
    publishedId = (
      await api.post('/api/articles', { token: tokens.editor, json: { title: 'Açıq məqalə' } })
    ).body.doc.id
    await publishThroughWorkflow(api, tokens, 'articles', publishedId)
  })
  afterAll(async () => {
    await server?.stop()
  })

  it.each(['partners', 'screens'] as const)(
    'should let %s keys read published content only',
    async (principal) => {
      const list = await api.get('/api/articles', { headers: asKey(principal) })
      expect(list.status).toBe(200)
      expect(list.body.docs.map((doc: { id: unknown }) => doc.id)).toEqual([publishedId])
      expect(list.body.docs[0]).not.toHaveProperty('workflow')
      // draft=true reads the latest versions, which for a key are never drafts.
      const drafts = await api.get('/api/articles?draft=true', { headers: asKey(principal) })
      expect(drafts.body.docs.map((doc: { id: unknown }) => doc.id)).not.toContain(draftId)
      expect(
        (await api.get(`/api/articles/${draftId}?draft=true`, { headers: asKey(principal) }))
          .status,
      ).toBe(404)
      // A partner reads only the types and languages it takes (stories and articles, az and en).
      if (principal === 'partners')
        for (const outside of ['/api/posters?locale=az', '/api/articles?locale=ru'])
          expect((await api.get(outside, { headers: asKey(principal) })).status).toBe(403)
    },
  )

  it.each(['partners', 'screens'] as const)(
    'should refuse %s keys versions, GraphQL, writes and internals',
    async (principal) => {
      const headers = asKey(principal)
      const anonymousGraphql = await api.graphql(
        '{ versionsArticles { docs { version { title } } } }',
      )
      const withKey = [
        await api.get('/api/articles/versions', { headers }),
        await api.get(`/api/articles/versions/${draftId}`, { headers }),
        await api.post('/api/graphql', {
          headers,
          json: { query: '{ versionsArticles { docs { version { title } } } }' },
        }),
        await api.post('/api/payload-locked-documents', {
          headers,
          json: {
            document: { relationTo: 'articles', value: draftId },
            globalSlug: null,
            user: { relationTo: 'users', value: 1 },
          },
        }),
        await api.get('/api/payload-locked-documents', { headers }),
        await api.get('/api/payload-preferences', { headers }),
        await api.get('/api/users', { headers }),
        await api.get('/api/partners', { headers }),
        await api.get('/api/audit-log', { headers }),
        await api.patch(`/api/articles/${publishedId}`, { headers, json: { title: 'x' } }),
        await api.get('/admin', { headers }),
      ]
      expect(anonymousGraphql.body.errors[0].message).toMatch(/not allowed/)
      for (const response of withKey) expect(response.status).toBe(403)
      expect(
        (await api.get(`/api/articles/${draftId}?draft=true`, { token: tokens.editor })).body.title,
      ).toBe('Gizli qaralama')
    },
  )

  it('should treat an unknown key as no key: published content only', async () => {
    const response = await api.get('/api/articles', {
      headers: { authorization: 'partners API-Key wrong-key-000000000000' },
    })
    expect(response.status).toBe(200)
    expect(response.body.docs.map((doc: { id: unknown }) => doc.id)).toEqual([publishedId])
    expect(
      (
        await api.get('/api/users/me', {
          headers: { authorization: 'partners API-Key wrong-key-000000000000' },
        })
      ).status,
    ).toBe(403)
  })
})
