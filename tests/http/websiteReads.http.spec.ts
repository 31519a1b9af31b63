import { Validator } from '@seriousme/openapi-schema-validator'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import { fullConsent, setHotline } from '../helpers/fixtures'
import { smallPng, uploadMedia } from '../helpers/media'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { publishThroughWorkflow, takeAction } from '../helpers/workflow'

const site = 'https://xeberdar.example'
const otherSite = 'https://evil.example'

/**
 * The website's read path as a site, a CDN and an attacker use it: conditional requests, CORS,
 * the Host header, bad queries, and every change reaching the next request.
 */
describe('the website read path over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  let storyId: string
  let storySlug: string
  let imageId: string

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(new URL(path, server.url), { headers })

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer({
      WEBSITE_ORIGINS: `${site},https://www.xeberdar.example`,
    }))
    await setHotline(api, tokens.admin, { az: 'Qaynar xətt', en: 'Hotline' })
    const saved = await api.post('/api/globals/settings?locale=az', {
      token: tokens.admin,
      json: { website: { home: `${site}/`, stories: `${site}/hekayeler/{slug}` } },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const image = await uploadMedia(api, tokens.editor, await smallPng(), 'w.png', 'image/png')
    imageId = String(image.body.doc.id)
    const created = await api.post('/api/stories', {
      token: tokens.editor,
      json: {
        title: 'Şəkidən gələn məktub',
        pseudonym: 'Aygün',
        consent: fullConsent,
        heroImage: imageId,
        exploitationTypes: ['labour'],
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    storyId = String(created.body.doc.id)
    storySlug = created.body.doc.slug
    await publishThroughWorkflow(api, tokens, 'stories', storyId)
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should give a website-ready item: labels, dates, languages, page address, hotline', async () => {
    const response = await api.get(`/api/website/az/stories/${storySlug}`)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      type: 'stories',
      id: storyId,
      slug: storySlug,
      url: `${site}/hekayeler/${storySlug}`,
      title: 'Şəkidən gələn məktub',
      exploitationTypes: [{ value: 'labour', label: 'Əmək istismarı' }],
      languages: [{ locale: 'az', slug: storySlug, url: `${site}/hekayeler/${storySlug}` }],
      hotline: [{ label: 'Qaynar xətt', number: '152' }],
    })
    expect(Date.parse(response.body.publishedAt)).toBeGreaterThan(Date.now() - 120_000)
    expect(response.body.firstPublishedAt).toBe(response.body.publishedAt)
    // Absolute image URLs on the configured address, with each rendition's size.
    expect(response.body.images[0].url).toMatch(new RegExp(`^${server.url}/api/media/file/`))
    expect(response.body.images[0].renditions.card).toMatchObject({ width: 800, height: 600 })
    const settings = await api.get('/api/website/en/settings')
    expect(settings.body).toMatchObject({
      locale: 'en',
      hotline: [{ label: 'Hotline', number: '152' }],
      home: null,
    })
  })

  it('should describe itself in a valid OpenAPI 3.1 document that its answers match', async () => {
    const served = await api.get('/api/website/openapi.json')
    expect(served.status).toBe(200)
    const document = served.body
    const validation = await new Validator().validate(document)
    expect(validation.errors ?? []).toEqual([])
    const ajv = new Ajv2020({ strict: false })
    addFormats(ajv)
    ajv.addSchema({ ...document, $id: 'website-api' })
    const matches = (schema: string, body: unknown) => {
      const validate = ajv.compile({ $ref: `website-api#/components/schemas/${schema}` })
      return validate(body) ? [] : validate.errors
    }
    expect(matches('ItemList', (await api.get('/api/website/az/items')).body)).toEqual([])
    expect(matches('Item', (await api.get(`/api/website/az/stories/${storySlug}`)).body)).toEqual(
      [],
    )
    expect(matches('Settings', (await api.get('/api/website/az/settings')).body)).toEqual([])
    expect(matches('Errors', (await api.get('/api/website/az/items?limit=0')).body)).toEqual([])
    // And the check can fail.
    expect(matches('ItemList', { items: 'none' })).not.toEqual([])
  })

  describe('HTTP caching', () => {
    const path = () => `/api/website/az/stories/${storySlug}`

    it('should answer a strong ETag, Last-Modified and a CDN-fit Cache-Control', async () => {
      const response = await get(path())
      expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{27}"$/)
      expect(Date.parse(response.headers.get('last-modified')!)).not.toBeNaN()
      expect(response.headers.get('cache-control')).toBe(
        'public, max-age=0, s-maxage=30, stale-while-revalidate=30',
      )
    })

    it('should answer 304 to a matching If-None-Match, weakly compared, and to *', async () => {
      const etag = (await get(path())).headers.get('etag')!
      for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
        const response = await get(path(), { 'if-none-match': header })
        expect(response.status, header).toBe(304)
        expect(response.headers.get('etag')).toBe(etag)
        expect(await response.text()).toBe('')
      }
      const lastModified = (await get(path())).headers.get('last-modified')!
      expect((await get(path(), { 'if-modified-since': lastModified })).status).toBe(304)
    })

    it('should answer a stale ETag in full, and HEAD with the same headers and no body', async () => {
      const stale = await get(path(), { 'if-none-match': '"not-this-version"' })
      expect(stale.status).toBe(200)
      const head = await fetch(new URL(path(), server.url), { method: 'HEAD' })
      expect(head.status).toBe(200)
      expect(head.headers.get('etag')).toBe(stale.headers.get('etag'))
      expect(await head.text()).toBe('')
    })

    it('should change the ETag when the answer changes, so a held version is refreshed', async () => {
      const before = await get('/api/website/en/settings')
      const etag = before.headers.get('etag')!
      await setHotline(api, tokens.admin, { az: 'Qaynar xətt', en: 'Call us' })
      const after = await get('/api/website/en/settings', { 'if-none-match': etag })
      expect(after.status).toBe(200)
      expect(after.headers.get('etag')).not.toBe(etag)
      expect((await after.json()).hotline[0].label).toBe('Call us')
    })

    it('should not let the Host or X-Forwarded-Host header change an answer a CDN keeps', async () => {
      const plain = await get('/api/website/az/items')
      const body = await plain.text()
      for (const headers of [
        { 'x-forwarded-host': 'evil.example' } as Record<string, string>,
        { 'x-forwarded-proto': 'http', 'x-forwarded-host': 'evil.example:8080' },
        { forwarded: 'host=evil.example;proto=https' },
      ]) {
        const poisoned = await get('/api/website/az/items', headers)
        expect(await poisoned.text()).toBe(body)
        expect(poisoned.headers.get('etag')).toBe(plain.headers.get('etag'))
      }
      expect(body).not.toContain('evil.example')
    })

    it('should serve a public image as immutable, with 304 for a held copy', async () => {
      const { body } = await api.get(`/api/website/az/stories/${storySlug}`)
      const url = body.images[0].url as string
      const first = await fetch(url)
      expect(first.status).toBe(200)
      expect(first.headers.get('cache-control')).toBe(
        'public, max-age=31536000, s-maxage=30, stale-while-revalidate=30, immutable',
      )
      expect(first.headers.get('content-type')).toBe('image/png')
      expect(
        Buffer.from(await first.arrayBuffer())
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG')
      const again = await fetch(url, { headers: { 'if-none-match': first.headers.get('etag')! } })
      expect(again.status).toBe(304)
    })
  })

  describe('CORS', () => {
    it('should let a listed website read, never with credentials', async () => {
      const response = await get('/api/website/az/items', { origin: site })
      expect(response.headers.get('access-control-allow-origin')).toBe(site)
      expect(response.headers.get('access-control-allow-credentials')).toBeNull()
      expect(response.headers.get('access-control-expose-headers')).toMatch(/ETag/)
      expect(response.headers.get('vary')).toMatch(/Origin/)
    })

    it('should answer a listed preflight, and refuse an unlisted one or one asking for credentials', async () => {
      const preflight = (origin: string, headers = '') =>
        fetch(new URL('/api/website/az/items', server.url), {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'GET',
            ...(headers ? { 'access-control-request-headers': headers } : {}),
          },
        })
      const listed = await preflight(site, 'if-none-match')
      expect(listed.status).toBe(204)
      expect(listed.headers.get('access-control-allow-origin')).toBe(site)
      expect(listed.headers.get('access-control-allow-methods')).toBe('GET, HEAD')
      for (const [origin, headers] of [
        [otherSite, ''],
        [`${site}.evil.example`, ''],
        ['null', ''],
        [site, 'authorization'],
        [site, 'cookie'],
      ]) {
        const refused = await preflight(origin, headers)
        expect(refused.status, `${origin} ${headers}`).toBe(403)
        expect(refused.headers.get('access-control-allow-origin')).toBeNull()
      }
      const post = await fetch(new URL('/api/website/az/items', server.url), {
        method: 'OPTIONS',
        headers: { origin: site, 'access-control-request-method': 'POST' },
      })
      expect(post.status).toBe(403)
    })

    it('should give an unlisted origin nothing a browser could read', async () => {
      const response = await get('/api/website/az/items', { origin: otherSite })
      expect(response.status).toBe(200)
      expect(response.headers.get('access-control-allow-origin')).toBeNull()
    })

    it('should never open staff endpoints to a website', async () => {
      for (const path of ['/api/users/me', '/api/stories', '/api/graphql', '/api/my-work']) {
        const response = await get(path, { origin: site, authorization: `JWT ${tokens.editor}` })
        expect(response.headers.get('access-control-allow-origin'), path).toBeNull()
        await response.arrayBuffer()
      }
    })
  })

  describe('bad input', () => {
    it('should answer 400 naming each problem of a list query, in English by default', async () => {
      const response = await api.get(
        '/api/website/az/items?type=stories,users&limit=1000&page=0&sort=id&foo=1&exploitationType=x&location=%27',
      )
      expect(response.status).toBe(400)
      const messages = response.body.errors.map((error: { message: string }) => error.message)
      expect(messages).toHaveLength(7)
      expect(messages.join(' ')).toMatch(/Unknown parameter "foo"/)
      expect(messages.join(' ')).toMatch(/Unknown type "users"/)
      const inRussian = await api.get('/api/website/az/items?limit=0', {
        headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' },
      })
      expect(inRussian.body.errors[0].message).toMatch(/целое число/)
      const inAzerbaijani = await api.get('/api/website/az/items?limit=0', {
        headers: { 'accept-language': 'az' },
      })
      expect(inAzerbaijani.body.errors[0].message).toMatch(/tam ədəd/)
    })

    it('should refuse writes, repeated or unknown parameters, and answer 404 for unknown addresses', async () => {
      const post = await api.post('/api/website/az/items', { json: {} })
      expect(post.status).toBe(405)
      expect((await api.get('/api/website/az/items?type=stories&type=videos')).status).toBe(400)
      expect((await api.get(`/api/website/az/stories/${storySlug}?v=2`)).status).toBe(400)
      for (const path of [
        '/api/website/az/users/1',
        '/api/website/az/stories/no-such-story',
        '/api/website/az/stories',
        '/api/website/az/stories/%E0%A4%A',
      ])
        expect([400, 404], path).toContain((await api.get(path)).status)
    })
  })

  describe('changes reach the next request', () => {
    it('should show a changed alt text and drop a withdrawn story with its image at once', async () => {
      const altChanged = await api.patch(`/api/media/${imageId}?locale=az`, {
        token: tokens.editor,
        json: { alt: 'Masada məktub' },
      })
      expect(altChanged.status, JSON.stringify(altChanged.body)).toBe(200)
      const shown = await api.get(`/api/website/az/stories/${storySlug}`)
      expect(shown.body.images[0].alt).toBe('Masada məktub')
      const imageUrl = shown.body.images[0].url as string
      expect((await fetch(imageUrl)).status).toBe(200)

      const withdrawn = await takeAction(
        api,
        tokens.reviewer,
        'stories',
        storyId,
        'withdraw-consent',
        'Geri aldı',
      )
      expect(withdrawn.status).toBe(200)
      expect((await api.get(`/api/website/az/stories/${storySlug}`)).status).toBe(404)
      expect((await api.get('/api/website/az/items?type=stories')).body.totalItems).toBe(0)
      expect([403, 404]).toContain((await fetch(imageUrl)).status)
    })
  })
})
