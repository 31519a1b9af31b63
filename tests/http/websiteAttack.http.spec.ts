import http from 'http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import { fullConsent, setHotline } from '../helpers/fixtures'
import { smallPng, uploadMedia } from '../helpers/media'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { publishThroughWorkflow, saveDraft, takeAction } from '../helpers/workflow'
import { richText, uploadNode } from '../helpers/richText'

const site = 'https://xeberdar.example'

/**
 * The website's read path attacked from outside: what the read model could show that the rule
 * would not, the moment after an action, odd requests, and conditional requests.
 */
describe('the website read path under attack', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens

  /** A request sent exactly as written: fetch would normalise `..` and encodings away. */
  const raw = (path: string, method = 'GET', headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
      (resolve, reject) => {
        const url = new URL(server.url)
        const req = http.request(
          { host: url.hostname, port: url.port, path, method, headers },
          (res) => {
            let body = ''
            res.on('data', (chunk) => (body += chunk))
            res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
          },
        )
        req.on('error', reject)
        req.end()
      },
    )

  const image = async (alt = 'Şəkil') =>
    (await uploadMedia(api, tokens.editor, await smallPng(), 'a.png', 'image/png', { alt })).body
      .doc as { id: number | string; filename: string }

  const story = async (title: string, extra: object = {}) => {
    const created = await api.post('/api/stories', {
      token: tokens.editor,
      json: { title, pseudonym: 'Aygün', consent: fullConsent, ...extra },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return { id: String(created.body.doc.id), slug: created.body.doc.slug as string }
  }

  const article = async (title: string, extra: object = {}) => {
    const created = await api.post('/api/articles', {
      token: tokens.editor,
      json: { title, ...extra },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return { id: String(created.body.doc.id), slug: created.body.doc.slug as string }
  }

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer({ WEBSITE_ORIGINS: site }))
    await setHotline(api, tokens.admin, { az: 'Qaynar xətt', en: 'Hotline' })
  })
  afterAll(async () => {
    await server?.stop()
  })

  describe('the next request after an action', () => {
    it('should drop a story the moment its consent is narrowed to exclude the website', async () => {
      const hero = await image()
      const { id, slug } = await story('Daraldılmış razılıq', { heroImage: hero.id })
      await publishThroughWorkflow(api, tokens, 'stories', id)
      const shown = await api.get(`/api/website/az/stories/${slug}`)
      expect(shown.status).toBe(200)
      const imageUrl = shown.body.images[0].url as string
      expect((await fetch(imageUrl)).status).toBe(200)

      await saveDraft(api, tokens.editor, 'stories', id, 'az', {
        consent: { ...fullConsent, channels: ['partners', 'print'] },
      })
      expect((await api.get(`/api/website/az/stories/${slug}`)).status).toBe(404)
      expect((await api.get('/api/website/az/items?type=stories')).body.items).toEqual([])
      expect([403, 404]).toContain((await fetch(imageUrl)).status)
    })

    it('should drop a story’s image, and keep its text, when the consent no longer allows images', async () => {
      const hero = await image()
      const { id, slug } = await story('Şəkilsiz razılıq', { heroImage: hero.id })
      await publishThroughWorkflow(api, tokens, 'stories', id)
      const imageUrl = (await api.get(`/api/website/az/stories/${slug}`)).body.images[0].url
      await saveDraft(api, tokens.editor, 'stories', id, 'az', {
        consent: { ...fullConsent, mediaTypes: ['text'] },
      })
      const after = await api.get(`/api/website/az/stories/${slug}`)
      expect(after.status).toBe(200)
      expect(after.body.images).toEqual([])
      expect(JSON.stringify(after.body)).not.toContain(hero.filename.replace(/\.png$/, ''))
      expect([403, 404]).toContain((await fetch(imageUrl)).status)
    })

    it('should answer 404 the moment an article is unpublished, with its cover', async () => {
      const cover = await image()
      const { id, slug } = await article('Tez gedən məqalə', { cover: cover.id })
      await publishThroughWorkflow(api, tokens, 'articles', id)
      const imageUrl = (await api.get(`/api/website/az/articles/${slug}`)).body.images[0].url
      expect((await takeAction(api, tokens.reviewer, 'articles', id, 'unpublish')).status).toBe(200)
      const [item, list, file] = await Promise.all([
        api.get(`/api/website/az/articles/${slug}`),
        api.get('/api/website/az/items?type=articles'),
        fetch(imageUrl),
      ])
      expect(item.status).toBe(404)
      expect(list.body.items.map((one: { id: string }) => one.id)).not.toContain(id)
      expect([403, 404]).toContain(file.status)
    })

    it('should not find a story by its address in a language that is not approved', async () => {
      const { id, slug } = await story('Yalnız azərbaycanca')
      await publishThroughWorkflow(api, tokens, 'stories', id)
      await saveDraft(api, tokens.translator, 'stories', id, 'en', {
        title: 'Only in English draft',
        pseudonym: 'Aygun',
      })
      expect((await api.get(`/api/website/az/stories/${slug}`)).status).toBe(200)
      for (const path of [
        `/api/website/en/stories/${slug}`,
        '/api/website/en/stories/only-in-english-draft',
        `/api/website/en/stories/${id}`,
      ])
        expect((await api.get(path)).status, path).toBe(404)
      const listed = await api.get('/api/website/en/items')
      expect(JSON.stringify(listed.body)).not.toContain('Only in English')
    })
  })

  describe('images in a body', () => {
    it('should never put into an article’s body an image that no public item shows', async () => {
      // An image in no public item; an edit of its alt text makes the read model read it.
      const secret = await image('SECRET alt')
      const edited = await api.patch(`/api/media/${secret.id}?locale=az`, {
        token: tokens.editor,
        json: { alt: 'SECRET alt text' },
      })
      expect(edited.status, JSON.stringify(edited.body)).toBe(200)
      const subtitles = new FormData()
      subtitles.append(
        'file',
        new Blob(['WEBVTT\n\n00:00.000 --> 00:01.000\nSalam\n'], { type: 'text/vtt' }),
        's.vtt',
      )
      const track = await api.post('/api/video-files', { token: tokens.editor, form: subtitles })
      expect(track.status, JSON.stringify(track.body)).toBe(201)
      // An upload node of another collection whose id happens to be the image's.
      const { id, slug } = await article('Gövdədə başqa yükləmə', {
        body: richText(uploadNode(secret.id, 'video-files')),
      })
      await publishThroughWorkflow(api, tokens, 'articles', id)
      const shown = await api.get(`/api/website/az/articles/${slug}`)
      expect(shown.status).toBe(200)
      expect(JSON.stringify(shown.body)).not.toContain('SECRET')
      expect(JSON.stringify(shown.body)).not.toContain(secret.filename.replace(/\.png$/, ''))
      expect(
        (await fetch(new URL(`/api/media/file/${secret.filename}`, server.url))).status,
      ).not.toBe(200)
    })
  })

  describe('odd requests', () => {
    it('should answer malformed, huge and hostile addresses with 4xx, never 5xx', async () => {
      for (const path of [
        '/api/website/az/stories/%',
        '/api/website/az/stories/%E0%A4%A',
        '/api/website/az/stories/%C0%AE%C0%AE',
        '/api/website/az/stories/%00',
        '/api/website/az/stories/__proto__',
        '/api/website/az/stories/constructor',
        `/api/website/az/stories/${'a'.repeat(6000)}`,
        '/api/website/az/stories/a/b',
        '/api/website/az/items/',
        '/api/website/az/items?%=1',
        '/api/website/az/items?type=%E0%A4%A',
        `/api/website/az/items?type=${'stories,'.repeat(1000)}`,
        '/api/website/az/items?__proto__=1',
        '/api/website/az/items?page=1e3',
        '/api/website/az/items?limit=-1',
        '/api/website/az/items?limit=1.5',
        '/api/website/az/items?location[in]=1',
        '/api/website/az/settings?x',
        '/api/website/az/%2e%2e/%2e%2e/users',
        '/api/website/az/../../users',
        '/api/website/az/stories/..%2f..%2fusers',
      ]) {
        const response = await raw(path)
        expect(response.status, path).toBeGreaterThanOrEqual(400)
        expect(response.status, path).toBeLessThan(500)
      }
    })

    it('should serve no file outside the images through traversal in a file name', async () => {
      for (const path of [
        '/api/media/file/../../package.json',
        '/api/media/file/..%2f..%2fpackage.json',
        '/api/media/file/%2e%2e%2f%2e%2e%2fpackage.json',
        '/api/media/file/..',
        '/api/media/file/.env',
        '/api/media/file/%00',
        `/api/media/file/${'a'.repeat(5000)}.png`,
      ]) {
        const response = await raw(path)
        expect(response.body, path).not.toMatch(/"dependencies"|PAYLOAD_SECRET/)
        // Refused, or redirected by the router (`..` alone): never a file.
        expect([308, 400, 403, 404], path).toContain(response.status)
      }
    })

    it('should refuse every method but GET, HEAD and a listed preflight', async () => {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        const response = await raw('/api/website/az/items', method)
        expect(response.status, method).toBe(405)
        expect(response.headers.allow).toBe('GET, HEAD, OPTIONS')
      }
      const noOrigin = await raw('/api/website/az/items', 'OPTIONS')
      expect(noOrigin.status).toBe(403)
      const head = await raw('/api/website/az/items', 'HEAD')
      expect(head.status).toBe(200)
      expect(head.body).toBe('')
    })

    it('should give staff credentials on the read path no more than the public answer', async () => {
      const { slug } = await story('Gizli qaralama')
      const anonymous = await raw('/api/website/az/items')
      const asStaff = await raw('/api/website/az/items', 'GET', {
        authorization: `JWT ${tokens.admin}`,
        cookie: `payload-token=${tokens.admin}`,
      })
      expect(asStaff.body).toBe(anonymous.body)
      expect(asStaff.body).not.toContain('Gizli qaralama')
      expect(
        (
          await raw(`/api/website/az/stories/${slug}`, 'GET', {
            authorization: `JWT ${tokens.admin}`,
          })
        ).status,
      ).toBe(404)
    })

    it('should never reflect an unlisted or null origin, nor allow credentials', async () => {
      for (const origin of ['null', 'https://evil.example', `${site}.evil.example`, `${site}/`]) {
        const response = await raw('/api/website/az/items', 'GET', { origin })
        expect(response.headers['access-control-allow-origin'], origin).toBeUndefined()
        expect(response.headers.vary).toMatch(/Origin/)
      }
      const listed = await raw('/api/website/az/items', 'GET', { origin: site })
      expect(listed.headers['access-control-allow-origin']).toBe(site)
      expect(listed.headers['access-control-allow-credentials']).toBeUndefined()
    })
  })

  describe('conditional requests', () => {
    it('should never answer 304 to If-Modified-Since when the answer changed since', async () => {
      // A cache that revalidates with If-Modified-Since alone (no ETag) would keep the old
      // answer. Changes within one second are what Last-Modified's resolution cannot tell apart.
      let sameSecond = 0
      for (let attempt = 0; attempt < 12 && sameSecond < 2; attempt++) {
        await setHotline(api, tokens.admin, { en: `Hotline ${attempt}` })
        const before = await raw('/api/website/en/settings')
        await setHotline(api, tokens.admin, { en: `Hotline ${attempt} changed` })
        const after = await raw('/api/website/en/settings')
        expect(after.headers.etag).not.toBe(before.headers.etag)
        if (!before.headers['last-modified']) continue
        if (after.headers['last-modified'] === before.headers['last-modified']) sameSecond++
        const revalidated = await raw('/api/website/en/settings', 'GET', {
          'if-modified-since': before.headers['last-modified'],
        })
        expect(revalidated.status, `attempt ${attempt}`).toBe(200)
        expect(JSON.parse(revalidated.body).hotline[0].label).toBe(`Hotline ${attempt} changed`)
      }
    })

    it('should still answer 304 to If-Modified-Since while nothing changed', async () => {
      const first = await raw('/api/website/az/settings')
      const { headers } = await raw('/api/website/az/settings')
      expect(headers.etag).toBe(first.headers.etag)
      const again = await raw('/api/website/az/settings', 'GET', {
        'if-modified-since': headers['last-modified']!,
      })
      expect(again.status).toBe(304)
    })
  })
})
