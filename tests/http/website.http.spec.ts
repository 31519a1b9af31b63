import { configToSchema } from '@payloadcms/graphql'
import os from 'os'
import path from 'path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import { fullConsent } from '../helpers/fixtures'
import { smallPng, uploadMedia } from '../helpers/media'
import { publishPoster } from '../helpers/posters'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { confirmedChecklist } from '../helpers/fixtures'
import { publishThroughWorkflow, submittedStory, takeAction } from '../helpers/workflow'
import { richText, uploadNode } from '../helpers/richText'

type Id = number | string
type Content = 'stories' | 'videos' | 'articles' | 'posters'

/**
 * The list queries of the server's GraphQL schema, built from the same config (the server refuses
 * introspection in production): each is asked for what it holds.
 */
const schemaListQueries = async () => {
  process.env.PAYLOAD_SECRET ??= 'only-to-build-the-schema-0123456789'
  process.env.DATABASE_URL ??= `file:${path.join(os.tmpdir(), 'xeberdar-schema-only.db')}`
  const { default: config } = await import('@payload-config')
  const { schema } = configToSchema(await config)
  return Object.values(schema.getQueryType()!.getFields())
    .filter((field) => {
      // By shape: the schema comes from Payload's copy of graphql, not necessarily this one.
      let type = field.type as { ofType?: unknown; getFields?: () => object }
      while (type.ofType) type = type.ofType as typeof type
      return Boolean(type.getFields && 'docs' in type.getFields())
    })
    .map((field) => ({ name: field.name, args: field.args.map((arg) => arg.name) }))
}

/** Everything that must never reach an anonymous reader, by the title it carries. */
const secretTitle = (kind: string) => `SECRET ${kind}`

describe('the public website channel', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  const image = async () =>
    (await uploadMedia(api, tokens.editor, await smallPng(), 'w.png', 'image/png')).body.doc as {
      id: Id
      url: string
      sizes: Record<string, { url: string | null }>
    }
  const create = async (collection: Content, json: object) => {
    const created = await api.post(`/api/${collection}`, { token: tokens.editor, json })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.doc.id as Id
  }
  const story = (title: string, extra: object = {}) =>
    create('stories', { title, pseudonym: 'Aygün', consent: fullConsent, ...extra })
  const article = (title: string, extra: object = {}) => create('articles', { title, ...extra })
  const video = (title: string, extra: object = {}) =>
    create('videos', {
      title,
      sourceType: 'external',
      externalUrl: 'https://video.example.org/1',
      ...extra,
    })
  const approveStory = async (id: Id) => {
    expect((await takeAction(api, tokens.editor, 'stories', id, 'submit')).status).toBe(200)
    for (const who of ['reviewer', 'departmentReviewer'] as const)
      expect(
        (
          await takeAction(api, tokens[who], 'stories', id, 'approve', {
            checklist: confirmedChecklist,
          })
        ).status,
      ).toBe(200)
  }
  /** The file of an image and each rendition, as an anonymous browser would ask for it. */
  const fileStatuses = async (doc: {
    url: string
    sizes: Record<string, { url: string | null }>
  }) =>
    Promise.all(
      [doc.url, ...Object.values(doc.sizes).map((size) => size.url)]
        .filter((url): url is string => Boolean(url))
        .map(async (url) => (await fetch(new URL(url, server.url))).status),
    )

  // The public items, and one of every kind of item that is not public, each with an image.
  const pub = {} as Record<'story' | 'article' | 'video' | 'poster', Id>
  const hidden = {} as Record<
    | 'draft'
    | 'inReview'
    | 'approved'
    | 'scheduled'
    | 'withdrawn'
    | 'textOnlyConsent'
    | 'unpublishedVideo'
    | 'unpublishedPoster',
    Id
  >
  const images = {} as Record<string, Awaited<ReturnType<typeof image>>>

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
    for (const name of [
      'publicStory',
      'publicArticle',
      'bodyImage',
      'draft',
      'inReview',
      'approved',
      'scheduled',
      'withdrawn',
      'textOnlyConsent',
      'unpublishedVideo',
    ])
      images[name] = await image()

    hidden.unpublishedVideo = await video(secretTitle('video'), {
      posterFrame: images.unpublishedVideo.id,
    })
    hidden.draft = await story(secretTitle('draft story'), { heroImage: images.draft.id })
    hidden.inReview = await story(secretTitle('story in review'), {
      heroImage: images.inReview.id,
    })
    expect(
      (await takeAction(api, tokens.editor, 'stories', hidden.inReview, 'submit')).status,
    ).toBe(200)
    hidden.approved = await story(secretTitle('approved story'), { heroImage: images.approved.id })
    await approveStory(hidden.approved)
    hidden.scheduled = await story(secretTitle('scheduled story'), {
      heroImage: images.scheduled.id,
      publishAt: '2099-01-01T08:00:00.000Z',
    })
    await approveStory(hidden.scheduled)
    hidden.withdrawn = await story(secretTitle('withdrawn story'), {
      heroImage: images.withdrawn.id,
    })
    await publishThroughWorkflow(api, tokens, 'stories', hidden.withdrawn)
    expect(
      (
        await takeAction(
          api,
          tokens.reviewer,
          'stories',
          hidden.withdrawn,
          'withdraw-consent',
          'Geri aldı',
        )
      ).status,
    ).toBe(200)
    // Published; then the person narrows their consent to the text: the story stays, its image goes.
    hidden.textOnlyConsent = await story('Yalnız mətn', { heroImage: images.textOnlyConsent.id })
    await publishThroughWorkflow(api, tokens, 'stories', hidden.textOnlyConsent)
    const narrowed = await api.patch(`/api/stories/${hidden.textOnlyConsent}?draft=true`, {
      token: tokens.editor,
      json: { consent: { ...fullConsent, mediaTypes: ['text'] } },
    })
    expect(narrowed.status, JSON.stringify(narrowed.body)).toBe(200)
    hidden.unpublishedPoster = await publishPoster({ api, tokens, title: 'Keçmiş plakat' })
    expect(
      (await takeAction(api, tokens.reviewer, 'posters', hidden.unpublishedPoster, 'unpublish'))
        .status,
    ).toBe(200)

    pub.story = await story('İctimai hekayə', {
      heroImage: images.publicStory.id,
      relatedVideo: hidden.unpublishedVideo,
    })
    await publishThroughWorkflow(api, tokens, 'stories', pub.story)
    // An English draft nobody approved: az is public, en is not.
    await api.patch(`/api/stories/${pub.story}?draft=true&locale=en`, {
      token: tokens.translator,
      json: { title: secretTitle('unapproved English'), pseudonym: 'Aygun' },
    })
    pub.video = await video('İctimai video', { relatedStories: [pub.story, hidden.draft] })
    await publishThroughWorkflow(api, tokens, 'videos', pub.video)
    pub.article = await article('İctimai məqalə', {
      cover: images.publicArticle.id,
      relatedStories: [pub.story, hidden.draft, hidden.approved, hidden.withdrawn],
      relatedVideos: [pub.video, hidden.unpublishedVideo],
      body: richText(uploadNode(images.bodyImage.id)),
    })
    await publishThroughWorkflow(api, tokens, 'articles', pub.article)
    pub.poster = await publishPoster({ api, tokens, title: 'İctimai plakat' })
  })
  afterAll(async () => {
    await server?.stop()
  })

  const storyIdsHidden = () => [
    hidden.draft,
    hidden.inReview,
    hidden.approved,
    hidden.scheduled,
    hidden.withdrawn,
  ]

  describe('REST', () => {
    it('should list only the public items, in every language they are public in', async () => {
      const stories = await api.get('/api/stories?limit=100')
      expect(stories.status).toBe(200)
      const ids = stories.body.docs.map((doc: { id: Id }) => doc.id)
      expect(ids.sort()).toEqual([pub.story, hidden.textOnlyConsent].sort())
      expect(JSON.stringify(stories.body)).not.toMatch(/SECRET/)
      // The English draft was never approved: no English story at all.
      const english = await api.get('/api/stories?limit=100&locale=en')
      expect(english.body.docs).toEqual([])
      expect((await api.get(`/api/stories/${pub.story}?locale=en`)).status).toBe(404)
      const videos = await api.get('/api/videos?limit=100')
      expect(videos.body.docs.map((doc: { id: Id }) => doc.id)).toEqual([pub.video])
      const posters = await api.get('/api/posters?limit=100')
      expect(posters.body.docs.map((doc: { id: Id }) => doc.id)).toEqual([pub.poster])
    })

    it('should answer 404 for every item that is not public, by id, with draft=true too', async () => {
      for (const id of storyIdsHidden()) {
        expect((await api.get(`/api/stories/${id}`)).status, String(id)).toBe(404)
        expect((await api.get(`/api/stories/${id}?draft=true&depth=2`)).status).toBe(404)
      }
      expect((await api.get(`/api/videos/${hidden.unpublishedVideo}`)).status).toBe(404)
      expect((await api.get(`/api/posters/${hidden.unpublishedPoster}`)).status).toBe(404)
    })

    it('should show a public story without consent, workflow or review details', async () => {
      const shown = await api.get(`/api/stories/${pub.story}?depth=1`)
      expect(shown.status).toBe(200)
      expect(shown.body.title).toBe('İctimai hekayə')
      for (const key of ['consent', 'workflow']) expect(shown.body).not.toHaveProperty(key)
      expect(shown.body.heroImage).not.toHaveProperty('isIdentifiablePerson')
      // Nor can a reader ask questions of them.
      for (const path of [
        'consent.formReference][equals]=TEST-0001',
        'workflow.comment][exists]=true',
        'workflow.approvedBy][exists]=true',
      ]) {
        const probe = await api.get(`/api/stories?where[${path}`)
        expect(probe.status, path).toBe(400)
        expect(probe.body.errors[0].message).toMatch(/cannot be queried/)
      }
    })

    it('should never populate a private item, at depth 1 or 2', async () => {
      for (const depth of [1, 2]) {
        const shown = await api.get(`/api/articles/${pub.article}?depth=${depth}`)
        expect(shown.status).toBe(200)
        const text = JSON.stringify(shown.body)
        expect(text).not.toMatch(/SECRET/)
        const [first, ...others] = shown.body.relatedStories
        expect(first).toMatchObject({ id: pub.story, title: 'İctimai hekayə' })
        // What is not public stays a bare id, never a document.
        for (const value of others) expect(typeof value).not.toBe('object')
        expect(shown.body.relatedVideos[0]).toMatchObject({ id: pub.video })
        expect(typeof shown.body.relatedVideos[1]).not.toBe('object')
        const ownStory = await api.get(`/api/stories/${pub.story}?depth=${depth}`)
        expect(typeof ownStory.body.relatedVideo).not.toBe('object')
        const viaVideo = await api.get(`/api/videos/${pub.video}?depth=${depth}`)
        expect(JSON.stringify(viaVideo.body)).not.toMatch(/SECRET/)
      }
    })

    it('should read no version, user, partner, screen, play, audit entry or video file', async () => {
      for (const path of [
        '/api/stories/versions',
        '/api/articles/versions',
        '/api/users',
        '/api/partners',
        '/api/screens',
        '/api/screen-status',
        '/api/plays',
        '/api/audit-log',
        '/api/video-files',
        '/api/globals/ledger-head',
        '/api/publication-ledger',
        '/api/ledger-positions',
      ]) {
        const response = await api.get(path)
        expect([401, 403, 404], path).toContain(response.status)
      }
    })
  })

  describe('images', () => {
    it('should serve the images of public items, with every rendition', async () => {
      for (const name of ['publicStory', 'publicArticle', 'bodyImage']) {
        const doc = images[name]
        const read = await api.get(`/api/media/${doc.id}`)
        expect(read.status, name).toBe(200)
        expect(read.body).not.toHaveProperty('isIdentifiablePerson')
        const statuses = await fileStatuses(doc)
        expect(statuses.length).toBeGreaterThan(3)
        expect(new Set(statuses), name).toEqual(new Set([200]))
      }
      const populated = await api.get(`/api/stories/${pub.story}?depth=1`)
      expect(populated.body.heroImage.sizes.card.url).toMatch(/\/api\/media\/file\//)
      const cover = await api.get(`/api/articles/${pub.article}?depth=1`)
      expect(cover.body.cover.id).toBe(images.publicArticle.id)
    })

    it('should serve no image of an item that is not public, nor one its consent excludes', async () => {
      const poster = await api.get(`/api/posters/${hidden.unpublishedPoster}?depth=1`, {
        token: tokens.admin,
      })
      const posterArtwork = poster.body.artwork
      for (const [name, doc] of [
        ...[
          'draft',
          'inReview',
          'approved',
          'scheduled',
          'withdrawn',
          'textOnlyConsent',
          'unpublishedVideo',
        ].map((name) => [name, images[name]] as const),
        ['unpublishedPoster', posterArtwork] as const,
      ]) {
        expect([403, 404], name).toContain((await api.get(`/api/media/${doc.id}`)).status)
        expect(new Set(await fileStatuses(doc)), name).toEqual(new Set([403]))
      }
      const textOnly = await api.get(`/api/stories/${hidden.textOnlyConsent}?depth=1`)
      expect(textOnly.status).toBe(200)
      expect(textOnly.body).not.toHaveProperty('heroImage')
      const list = await api.get('/api/media?limit=100')
      const listed = list.body.docs.map((doc: { id: Id }) => doc.id)
      expect(listed).not.toContain(images.draft.id)
      expect(listed).toContain(images.publicStory.id)
    })

    it('should serve a poster’s artwork only in the languages it is published in', async () => {
      const live = await api.get(`/api/posters/${pub.poster}?depth=1`)
      expect(new Set(await fileStatuses(live.body.artwork))).toEqual(new Set([200]))
      // An English artwork in a draft nobody approved stays private.
      const english = await image()
      const draft = await api.patch(`/api/posters/${pub.poster}?draft=true&locale=en`, {
        token: tokens.translator,
        json: { title: 'Poster', artwork: english.id },
      })
      expect(draft.status, JSON.stringify(draft.body)).toBe(200)
      expect(new Set(await fileStatuses(english))).toEqual(new Set([403]))
      expect((await api.get(`/api/posters/${pub.poster}?locale=en`)).status).toBe(404)
    })

    it('should take an image off the website the moment its item leaves', async () => {
      const doc = await image()
      const id = await article('Qısa ömürlü', { cover: doc.id })
      await publishThroughWorkflow(api, tokens, 'articles', id)
      expect(new Set(await fileStatuses(doc))).toEqual(new Set([200]))
      expect((await takeAction(api, tokens.reviewer, 'articles', id, 'unpublish')).status).toBe(200)
      expect(new Set(await fileStatuses(doc))).toEqual(new Set([403]))
      expect((await api.get(`/api/media/${doc.id}`)).status).toBe(404)
    })

    it('should stop serving an item and its image when its unpublish time passes', async () => {
      const doc = await image()
      const unpublishAt = new Date(Date.now() + 5_000).toISOString()
      const id = await article('Vaxtı bitən', { cover: doc.id, unpublishAt })
      await publishThroughWorkflow(api, tokens, 'articles', id)
      // The scheduler is off: expiry holds on every read by itself.
      await expect
        .poll(async () => (await api.get(`/api/articles/${id}`)).status, { timeout: 15_000 })
        .toBe(404)
      expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(unpublishAt))
      expect(new Set(await fileStatuses(doc))).toEqual(new Set([403]))
      // The read model decides by the same rule at read time: no ledger entry needed.
      const { slug } = (await api.get(`/api/articles/${id}`, { token: tokens.admin })).body
      expect((await api.get(`/api/website/az/articles/${slug}`)).status).toBe(404)
    })
  })

  describe('the website read path (/api/website)', () => {
    type Listed = { type: string; id: string; slug: string | null; title: string }
    const listed = async (query: string) => {
      const response = await api.get(`/api/website/${query}`)
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      expect(JSON.stringify(response.body)).not.toMatch(/SECRET/)
      return response.body.items as Listed[]
    }
    /** An item's address on the website, as staff read it (hidden items have one too). */
    const slugOf = async (collection: Content, id: Id, locale = 'az') =>
      (
        await api.get(`/api/${collection}/${id}?locale=${locale}&draft=true`, {
          token: tokens.admin,
        })
      ).body.slug as string

    it('should list only the public items, in every language they are public in', async () => {
      const stories = await listed('az/items?type=stories&limit=100')
      expect(stories.map((item) => item.id).sort()).toEqual(
        [pub.story, hidden.textOnlyConsent].map(String).sort(),
      )
      expect(await listed('en/items?type=stories&limit=100')).toEqual([])
      expect((await listed('az/items?type=videos')).map((item) => item.id)).toEqual([
        String(pub.video),
      ])
      expect((await listed('az/items?type=posters')).map((item) => item.id)).toContain(
        String(pub.poster),
      )
      expect((await listed('az/items?type=posters')).map((item) => item.id)).not.toContain(
        String(hidden.unpublishedPoster),
      )
    })

    it('should answer 404 for every item that is not public, by its address', async () => {
      for (const id of storyIdsHidden()) {
        const slug = await slugOf('stories', id)
        const response = await api.get(`/api/website/az/stories/${encodeURIComponent(slug)}`)
        expect(response.status, `${id} ${slug}`).toBe(404)
        expect(JSON.stringify(response.body)).not.toMatch(/SECRET/)
      }
      const videoSlug = await slugOf('videos', hidden.unpublishedVideo)
      expect((await api.get(`/api/website/az/videos/${videoSlug}`)).status).toBe(404)
      expect((await api.get(`/api/website/az/posters/${hidden.unpublishedPoster}`)).status).toBe(
        404,
      )
      // The English draft of the public story was never approved.
      const slug = await slugOf('stories', pub.story)
      expect((await api.get(`/api/website/en/stories/${slug}`)).status).toBe(404)
    })

    it('should show a public story without consent, workflow or review details', async () => {
      const slug = await slugOf('stories', pub.story)
      const shown = await api.get(`/api/website/az/stories/${slug}`)
      expect(shown.status).toBe(200)
      expect(shown.body).toMatchObject({
        type: 'stories',
        id: String(pub.story),
        title: 'İctimai hekayə',
      })
      const text = JSON.stringify(shown.body)
      for (const word of [
        'consent',
        'workflow',
        'formReference',
        'isIdentifiablePerson',
        '_status',
      ])
        expect(text, word).not.toContain(word)
      expect(text).not.toMatch(/SECRET/)
      expect(shown.body.languages.map((one: { locale: string }) => one.locale)).toEqual(['az'])
      expect(shown.body.images[0].url).toContain(
        (await api.get(`/api/media/${images.publicStory.id}`)).body.filename,
      )
      // Its related video was never published: not named at all.
      expect(shown.body.related).toEqual([])
      // Consent narrowed to the text: the story, without its image.
      const textOnly = await api.get(
        `/api/website/az/stories/${await slugOf('stories', hidden.textOnlyConsent)}`,
      )
      expect(textOnly.status).toBe(200)
      expect(textOnly.body.images).toEqual([])
    })

    it('should link only related items that are public', async () => {
      const shown = await api.get(
        `/api/website/az/articles/${await slugOf('articles', pub.article)}`,
      )
      expect(shown.status).toBe(200)
      expect(JSON.stringify(shown.body)).not.toMatch(/SECRET/)
      expect(shown.body.related.map((ref: { id: string }) => ref.id)).toEqual([
        String(pub.story),
        String(pub.video),
      ])
    })

    it('should serve the images of public items from memory, and leave the rest to Payload', async () => {
      for (const name of ['publicStory', 'publicArticle', 'bodyImage']) {
        for (const url of [
          images[name].url,
          ...Object.values(images[name].sizes).map((size) => size.url),
        ]) {
          if (!url) continue
          const response = await fetch(new URL(url, server.url))
          expect(response.status, `${name} ${url}`).toBe(200)
          expect(response.headers.get('cache-control')).toMatch(/immutable/)
          expect(response.headers.get('etag')).toBeTruthy()
          await response.arrayBuffer()
        }
      }
      for (const name of [
        'draft',
        'approved',
        'withdrawn',
        'textOnlyConsent',
        'unpublishedVideo',
      ]) {
        const response = await fetch(new URL(images[name].url, server.url))
        expect(response.status, name).toBe(403)
        expect(response.headers.get('cache-control') ?? '', name).not.toMatch(/immutable/)
        await response.arrayBuffer()
      }
    })
  })

  describe('GraphQL', () => {
    const graphql = (query: string, variables?: object) =>
      api.request('POST', '/api/graphql', {
        json: { query, variables },
        headers: { accept: 'application/graphql-response+json' },
      })

    it('should refuse introspection to anonymous readers in production', async () => {
      const response = await graphql('{ __schema { queryType { name } } }')
      expect(response.status).toBe(400)
      expect(response.body.errors[0].message).toMatch(/introspection is not allowed/)
    })

    it('should return nothing private from any list query the schema offers', async () => {
      const lists = await schemaListQueries()
      expect(lists.map((field) => field.name)).toEqual(
        expect.arrayContaining(['Stories', 'Users', 'Partners', 'AuditLogs', 'versionsStories']),
      )
      const allowed: Record<string, Id[]> = {
        Stories: [pub.story, hidden.textOnlyConsent],
        Articles: [pub.article],
        Videos: [pub.video],
        Posters: [pub.poster],
        Locations: [],
      }
      for (const field of lists) {
        for (const [locale, draft] of [
          ['az', false],
          ['en', false],
          ['az', true],
        ] as const) {
          const args = [
            'limit: 100',
            ...(field.args.includes('locale') ? [`locale: ${locale}`] : []),
            ...(draft && field.args.includes('draft') ? ['draft: true'] : []),
          ].join(', ')
          const response = await graphql(`{ ${field.name}(${args}) { docs { id } } }`)
          expect(response.status, field.name).toBeLessThan(500)
          const ids = (response.body.data?.[field.name]?.docs ?? []).map(
            (doc: { id: Id }) => doc.id,
          )
          if (field.name === 'allMedia') {
            for (const name of ['draft', 'approved', 'withdrawn', 'textOnlyConsent'])
              expect(ids, name).not.toContain(images[name].id)
          } else if (field.name in allowed) {
            for (const id of ids) expect(allowed[field.name], field.name).toContain(id)
          } else expect(ids, field.name).toEqual([])
        }
      }
    })

    it('should resolve no private item through a relationship', async () => {
      const response = await graphql(`{
        Article(id: ${JSON.stringify(pub.article)}) {
          relatedStories { id title heroImage { id url } relatedVideo { id title } }
          relatedVideos { id title relatedStories { id title } }
        }
        Stories(limit: 50) { docs { id title relatedVideo { id title } heroImage { id } } }
      }`)
      const text = JSON.stringify(response.body)
      expect(text).not.toMatch(/SECRET/)
      expect(response.body.errors, text).toBeUndefined()
      const story = response.body.data.Article.relatedStories.find(
        (item: { id: Id } | null) => item?.id === pub.story,
      )
      expect(story, text).toBeDefined()
      expect(story.heroImage.url).toMatch(/\/api\/media\/file\//)
      const textOnly = response.body.data.Stories.docs.find(
        (doc: { id: Id }) => doc.id === hidden.textOnlyConsent,
      )
      expect(textOnly.heroImage).toBeNull()
      const english = await graphql(
        `{ Story(id: ${JSON.stringify(pub.story)}, locale: en, draft: true) { title } }`,
      )
      expect(english.body.data?.Story ?? null).toBeNull()
    })

    it.each([
      [
        'limit 0 (everything)',
        '{ Stories(limit: 0) { totalDocs } }',
        /"limit" must be a whole number from 1 to 500/,
      ],
      ['a huge limit', '{ Stories(limit: 1000000) { totalDocs } }', /"limit"/],
      ['page 0', '{ Stories(page: 0) { totalDocs } }', /"page"/],
      ['pagination off', '{ Stories(pagination: false) { totalDocs } }', /pagination/],
      [
        'a depth bomb',
        `{ Stories { docs { ${'relatedVideo { relatedStories { '.repeat(6)}id${' } }'.repeat(6)} } } }`,
        /nested more than 12 deep/,
      ],
      [
        'an alias bomb',
        `{ ${Array.from({ length: 5 }, (_, i) => `a${i}: Stories(limit: 500) { totalDocs }`).join(' ')} }`,
        /at most 1000/,
      ],
    ])('should refuse %s with 400', async (_name, query, message) => {
      const response = await graphql(query)
      expect(response.status).toBe(400)
      expect(response.body.errors[0].message).toMatch(message)
    })

    it('should refuse a limit of 0 given in variables', async () => {
      const response = await graphql('query($l: Int) { Stories(limit: $l) { totalDocs } }', {
        l: 0,
      })
      expect(response.status).toBe(400)
      expect(response.body.errors[0].message).toMatch(/"limit"/)
    })

    it('should refuse where values of the wrong type, never with a server error', async () => {
      for (const where of [
        '{ createdAt: { greater_than: "notadate" } }',
        '{ publishAt: { equals: "x" } }',
        '{ or: [{ and: [{ createdAt: { less_than: "zz" } }] }] }',
        '{ id: { equals: "abc" } }',
      ]) {
        const response = await graphql(`{ Stories(where: ${where}) { totalDocs } }`)
        expect(response.status, where).toBeLessThan(500)
        expect(response.body.data?.Stories ?? null, where).toBeNull()
        const [error] = response.body.errors
        expect(error.message, where).not.toMatch(/Something went wrong/)
        expect(error.extensions?.statusCode ?? 400, where).toBe(400)
      }
    })
  })

  describe('REST query guards and bodies', () => {
    it.each([
      ['where[createdAt][greater_than]=notadate', /"notadate" is not a date/],
      ['where[id][in]=abc', /where\[id\]\[in\]: "abc" is not an id/],
      ['where[publishAt][equals]=x', /"x" is not a date/],
      [
        'where[or][0][and][0][createdAt][less_than]=zz',
        /where\[or\]\[0\]\[and\]\[0\]\[createdAt\]/,
      ],
      ['where[and][0][or][0][id][equals]=nope', /"nope" is not an id/],
      ['where[title][near]=1,2', /only for map points/],
      ['where[title][bogus]=1', /unknown operator "bogus"/],
      ['pagination=false', /pagination/],
    ])('should answer %s with a 400 that says what is wrong', async (query, message) => {
      for (const token of [undefined, tokens.admin]) {
        const response = await api.get(`/api/stories?${query}`, { token })
        expect(response.status, query).toBe(400)
        expect(response.body.errors[0].message).toMatch(message)
      }
    })

    it('should refuse a relationship compared with something that is no id', async () => {
      const response = await api.get('/api/articles?where[relatedStories][in]=abc,1')
      expect(response.status).toBe(400)
      expect(response.body.errors[0].message).toMatch(/"abc" is not an id/)
    })

    const send = (path: string, body: BodyInit, type?: string) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: {
          authorization: `JWT ${tokens.editor}`,
          ...(type ? { 'content-type': type } : {}),
        },
        body,
      })

    it.each([
      ['/api/graphql', '{not json'],
      ['/api/graphql', '"a string"'],
      ['/api/articles', '{not json'],
      ['/api/articles', '"a string"'],
      ['/api/articles', '42'],
      ['/api/articles', 'null'],
      ['/api/articles', '[{"title": "x"}]'],
    ])('should answer %s with the JSON body %s with 400', async (path, body) => {
      const response = await send(path, body, 'application/json')
      expect(response.status).toBe(400)
      expect((await response.json()).errors[0].message).toMatch(/JSON|object|body/)
    })

    it('should answer malformed multipart with 400', async () => {
      const form = new FormData()
      form.append(
        'file',
        new Blob([new Uint8Array(await smallPng())], { type: 'image/png' }),
        'x.png',
      )
      form.append('_payload', '{"alt": ')
      const badPayload = await send('/api/media', form)
      expect(badPayload.status).toBe(400)
      expect((await badPayload.json()).errors[0].message).toMatch(/_payload/)
      const broken = await send(
        '/api/articles',
        '--zzz\r\nbroken',
        'multipart/form-data; boundary=zzz',
      )
      expect(broken.status).toBe(400)
      const before = (await api.get('/api/media?limit=1', { token: tokens.admin })).body.totalDocs
      expect(before).toBeGreaterThan(0)
    })
  })

  describe('preview links', () => {
    const makeLink = (collection: Content, id: Id, body: object = {}, token = tokens.editor) =>
      api.post(`/api/${collection}/${id}/preview-link`, { token, json: body })
    const open = (url: string) => api.get(url.replace(/^https?:\/\/[^/]+/, ''))

    it('should show the latest draft in the link’s language, and nothing private', async () => {
      const link = await makeLink('stories', hidden.draft, { locale: 'az' })
      expect(link.status).toBe(200)
      expect(link.body.url).toMatch(/\/api\/website\/preview\/[\w-]+\.[\w-]+$/)
      expect(Date.parse(link.body.expiresAt) - Date.now()).toBeGreaterThan(23 * 3600_000)
      const shown = await open(link.body.url)
      expect(shown.status).toBe(200)
      expect(shown.body.title).toBe(secretTitle('draft story'))
      expect(shown.body).not.toHaveProperty('consent')
      expect(shown.body).not.toHaveProperty('workflow')
      expect(shown.headers.get('cache-control')).toBe('private, no-store')
      // The draft changes; the link shows the newest.
      await api.patch(`/api/stories/${hidden.draft}?draft=true`, {
        token: tokens.editor,
        json: { title: 'Yenilənmiş qaralama' },
      })
      expect((await open(link.body.url)).body.title).toBe('Yenilənmiş qaralama')
      // The English draft of a public story, in English only, without falling back.
      const english = await makeLink('stories', pub.story, { locale: 'en' }, tokens.translator)
      const en = await open(english.body.url)
      expect(en.body.title).toBe(secretTitle('unapproved English'))
      expect(en.body.summary ?? null).toBeNull()
    })

    it('should open nothing else: no relations, no other item, no other language', async () => {
      const link = await makeLink('stories', pub.story, { locale: 'az' })
      const shown = await open(`${link.body.url}?depth=2&locale=en`)
      expect(shown.body.title).toBe('İctimai hekayə')
      expect(typeof shown.body.relatedVideo).not.toBe('object')
      expect(typeof shown.body.heroImage).not.toBe('object')
      const [body, signature] = link.body.url.split('/').pop().split('.')
      const other = (await makeLink('stories', hidden.draft)).body.url.split('/').pop()
      for (const token of [
        `${other.split('.')[0]}.${signature}`,
        `${body}.${signature.slice(0, -2)}xx`,
        `${body}x.${signature}`,
        'nonsense',
      ]) {
        const response = await api.get(`/api/website/preview/${token}`)
        expect(response.status, token).toBe(404)
        expect(response.body.errors[0].message).toBe('This preview link is not valid.')
      }
      // The link is no key: the API itself still shows nothing unpublished.
      expect((await api.get(`/api/stories/${hidden.draft}?draft=true`)).status).toBe(404)
    })

    it('should expire', async () => {
      const link = await makeLink('articles', pub.article, { expiresInSeconds: 1 })
      expect(link.status).toBe(200)
      await expect
        .poll(async () => (await open(link.body.url)).status, { timeout: 10_000 })
        .toBe(410)
      expect((await open(link.body.url)).body.errors[0].message).toMatch(/expired/)
    })

    it('should not preview a story whose consent was withdrawn', async () => {
      const link = await makeLink('stories', hidden.withdrawn)
      expect(link.status).toBe(200)
      expect((await open(link.body.url)).status).toBe(404)
    })

    it('should be made by staff only, for an item that exists, within the limits', async () => {
      const anonymous = await api.post(`/api/stories/${pub.story}/preview-link`, { json: {} })
      expect(anonymous.status).toBe(401)
      for (const [body, message] of [
        [{ locale: 'de' }, /"locale"/],
        [{ expiresInSeconds: 0 }, /"expiresInSeconds"/],
        [{ expiresInSeconds: 8 * 24 * 3600 }, /"expiresInSeconds"/],
        [{ expiresInSeconds: 'soon' }, /"expiresInSeconds"/],
      ] as const) {
        const response = await makeLink('stories', pub.story, body)
        expect(response.status).toBe(400)
        expect(response.body.errors[0].message).toMatch(message)
      }
      const story = await submittedStory(api, tokens, 'Başqa hekayə')
      await api.del(`/api/stories/${story}`, { token: tokens.admin })
      expect((await makeLink('stories', story)).status).toBe(404)
      expect((await makeLink('stories', 'not-an-id')).status).toBe(404)
    })
  })
})
