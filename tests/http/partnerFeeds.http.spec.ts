import type { Action } from '@/workflow/transitions'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import {
  asKey,
  createChannelKeys,
  createNewsAndSmallPartners,
  createPartner,
} from '../helpers/channelKeys'
import { jsonFeedErrors, ninjsErrors, readRss, rssProblems } from '../helpers/feedFormats'
import { fullConsent, setHotline } from '../helpers/fixtures'
import { uploadMedia } from '../helpers/media'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { publishThroughWorkflow, reviewerTakes, takeAction } from '../helpers/workflow'

describe('partner feeds over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  /** Takes stories and articles in az and en. */
  let news: Awaited<ReturnType<typeof createPartner>>
  /** Takes articles in az only. */
  let small: Awaited<ReturnType<typeof createPartner>>

  const feedPaths = ['/api/partners/feed.json', '/api/partners/feed.rss']
  const created = async (collection: 'articles' | 'stories', json: object) => {
    const answer = await api.post(`/api/${collection}`, { token: tokens.editor, json })
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    return answer.body.doc.id as number | string
  }
  const act = (
    collection: 'articles' | 'stories',
    id: number | string,
    action: Action,
    body: object | string = {},
  ) => reviewerTakes(api, tokens, collection, id, action, body)
  const jsonTitles = async (query: string, headers = news.headers) => {
    const feed = await api.get(`/api/partners/feed.json${query}`, { headers })
    expect(feed.status, JSON.stringify(feed.body)).toBe(200)
    expect(jsonFeedErrors(feed.body)).toEqual([])
    return (feed.body.items as { title: string }[]).map((item) => item.title)
  }

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
    await createChannelKeys(api, tokens.admin)
    await setHotline(api, tokens.admin, { az: 'Qaynar xətt', en: 'Hotline' })
    ;({ news, small } = await createNewsAndSmallPartners(api, tokens.admin, 'feeds'))
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should refuse anyone but a partner in its own scope, and bad requests, saying why', async () => {
    const paths = [...feedPaths, '/api/partners/sync?format=ninjs&']
    const refusals: [string, Record<string, string>, number, RegExp][] = [
      ['', {}, 401, /Send your partner key/],
      [
        '',
        { authorization: 'partners API-Key wrong-key-0123456789' },
        401,
        /Send your partner key/,
      ],
      ['', { authorization: `JWT ${tokens.admin}` }, 403, /for media partners/],
      ['', asKey('screens'), 403, /API key may only/],
      ['types=stories', small.headers, 403, /does not take stories/],
      ['locale=en', small.headers, 403, /does not take "en"/],
      ['locale=xx', news.headers, 400, /Unknown locale "xx"/],
      // Exactly what the partner may send: its own languages, and not "all".
      ['locale=all', news.headers, 400, /^Unknown locale "all": use one of az, en\.$/],
      ['limit=0', { ...news.headers, 'accept-language': 'ru-RU,ru;q=0.9' }, 400, /^"limit" должен/],
      ['types=articles,letters', news.headers, 400, /Unknown content type "letters"/],
    ]
    for (const path of paths)
      for (const [query, headers, status, message] of refusals) {
        const url = path.includes('?') ? `${path}${query}` : `${path}?${query}`
        const answer = await api.get(url, { headers })
        expect([url, headers, answer.status]).toEqual([url, headers, status])
        expect(answer.body.errors[0].message).toMatch(message)
      }
    for (const path of feedPaths) {
      const answer = await api.get(`${path}?limit=101`, { headers: news.headers })
      expect(answer.status).toBe(400)
      expect(answer.body.errors[0].message).toMatch(/from 1 to 100/)
    }
    const format = await api.get('/api/partners/sync?format=atom', { headers: news.headers })
    expect(format.status).toBe(400)
    expect(format.body.errors[0].message).toMatch(/Unknown format "atom": use partner or ninjs/)
  })

  it('should list exactly the public items of one language, newest first, in valid JSON Feed 1.1 and RSS 2.0', async () => {
    const image = await sharp({
      create: { width: 1700, height: 1000, channels: 3, background: '#2a6f97' },
    })
      .png()
      .toBuffer()
    const upload = await uploadMedia(api, tokens.editor, image, 'cover.png', 'image/png')
    expect(upload.status, JSON.stringify(upload.body)).toBe(201)

    const hardTitle = 'Ə ğ ı İ ş ç ö ü — Жизнь <&> ]]>'
    const live = await created('articles', { title: hardTitle, cover: upload.body.doc.id })
    const en = await api.patch(`/api/articles/${live}?locale=en&draft=true`, {
      token: tokens.translator,
      json: { title: 'Live <English> & more' },
    })
    expect(en.status).toBe(200)
    await takeAction(api, tokens.translator, 'articles', live, 'mark-ready', { locale: 'en' })
    await publishThroughWorkflow(api, tokens, 'articles', live)
    // Published in az only: its unapproved English stays out of the English feed.
    const azOnly = await created('articles', { title: 'Yalnız Azərbaycanca' })
    await api.patch(`/api/articles/${azOnly}?locale=en&draft=true`, {
      token: tokens.translator,
      json: { title: 'Unapproved English' },
    })
    await publishThroughWorkflow(api, tokens, 'articles', azOnly)
    await created('articles', { title: 'Qaralama' })
    const inReview = await created('articles', { title: 'Baxışda' })
    await takeAction(api, tokens.editor, 'articles', inReview, 'submit')
    const approved = await created('articles', { title: 'Təsdiqlənib' })
    await takeAction(api, tokens.editor, 'articles', approved, 'submit')
    await act('articles', approved, 'approve')
    const scheduled = await created('articles', {
      title: 'Gələcəkdə',
      publishAt: '2031-01-01T08:00:00.000Z',
    })
    await takeAction(api, tokens.editor, 'articles', scheduled, 'submit')
    await act('articles', scheduled, 'approve')
    const unpublished = await created('articles', { title: 'Geri çəkilib' })
    await publishThroughWorkflow(api, tokens, 'articles', unpublished)
    await act('articles', unpublished, 'unpublish', 'Köhnəlib')
    const withdrawn = await created('stories', {
      title: 'Razılıq geri götürülüb',
      pseudonym: 'Lalə',
      consent: fullConsent,
    })
    await publishThroughWorkflow(api, tokens, 'stories', withdrawn)
    await act('stories', withdrawn, 'withdraw-consent', 'She asked us to')
    const websiteOnly = await created('stories', {
      title: 'Yalnız saytda',
      pseudonym: 'Aysel',
      consent: { ...fullConsent, channels: ['website'] },
    })
    await publishThroughWorkflow(api, tokens, 'stories', websiteOnly)
    const story = await created('stories', {
      title: 'Tərəfdaşlar üçün hekayə',
      pseudonym: 'Nərmin',
      consent: fullConsent,
    })
    await publishThroughWorkflow(api, tokens, 'stories', story)

    // The partner's first language by default; the story changed last, so it comes first.
    expect(await jsonTitles('')).toEqual([
      'Tərəfdaşlar üçün hekayə',
      'Yalnız Azərbaycanca',
      hardTitle,
    ])
    // The story's English was never marked ready, the az-only article's never approved.
    expect(await jsonTitles('?locale=en')).toEqual(['Live <English> & more'])
    expect(await jsonTitles('?types=articles&limit=1')).toEqual(['Yalnız Azərbaycanca'])
    expect(await jsonTitles('', small.headers)).toEqual(['Yalnız Azərbaycanca', hardTitle])

    const json = await api.get('/api/partners/feed.json?types=articles', { headers: news.headers })
    expect(json.headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
    expect(json.body).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      language: 'az',
      feed_url: `${server.url}/api/partners/feed.json?types=articles`,
      description: expect.stringContaining('Qaynar xətt: 152'),
    })
    const item = json.body.items.find((entry: { title: string }) => entry.title === hardTitle)
    expect(item).toMatchObject({
      id: `${server.url}/api/articles/${live}?locale=az`,
      image: expect.stringMatching(new RegExp(`^${server.url}/api/media/file/.+\\.webp$`)),
    })
    expect(item.content_html).toContain('Qaynar xətt: 152')
    expect(item.attachments.map((file: { mime_type: string }) => file.mime_type)).toContain(
      'image/webp',
    )

    const rss = await api.get('/api/partners/feed.rss?locale=az', { headers: news.headers })
    expect(rss.status).toBe(200)
    expect(rss.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    const { problems, channel } = rssProblems(rss.body)
    expect(problems).toEqual([])
    expect(channel?.description).toContain('Qaynar xətt: 152')
    const read = await readRss(rss.body)
    expect(read.items.map((entry) => entry.title)).toEqual([
      'Tərəfdaşlar üçün hekayə',
      'Yalnız Azərbaycanca',
      hardTitle,
    ])
    const rssItem = read.items[2]
    expect(rssItem.guid).toBe(`${server.url}/api/articles/${live}?locale=az`)
    expect(rssItem.content).toContain('Qaynar xətt: 152')
    expect(rssItem.enclosure).toMatchObject({ type: 'image/webp', url: item.image })
    expect(Number(rssItem.enclosure?.length)).toBeGreaterThan(0)
  })

  it('should answer 304 while the feed is unchanged, and the new feed once it changes', async () => {
    for (const path of feedPaths) {
      const first = await api.get(`${path}?types=articles`, { headers: small.headers })
      const etag = first.headers.get('etag')!
      expect(etag).toMatch(/^"[\w-]+"$/)
      expect(first.headers.get('last-modified')).toBeTruthy()
      const again = await api.get(`${path}?types=articles`, {
        headers: { ...small.headers, 'if-none-match': etag },
      })
      expect([path, again.status, again.body]).toEqual([path, 304, ''])
      expect(again.headers.get('etag')).toBe(etag)
    }
    const before = await api.get('/api/partners/feed.json', { headers: small.headers })
    const id = await created('articles', { title: 'Təzə məqalə' })
    await publishThroughWorkflow(api, tokens, 'articles', id)
    const after = await api.get('/api/partners/feed.json', {
      headers: { ...small.headers, 'if-none-match': before.headers.get('etag')! },
    })
    expect(after.status).toBe(200)
    expect(after.body.items[0].title).toBe('Təzə məqalə')
  })

  it('should sync in ninjs 2.2: usable while public, canceled once consent is withdrawn', async () => {
    const copy = new Map<string, { pubstatus: string; headlines?: { value: string }[] }>()
    let cursor: string | undefined
    const sync = async () => {
      for (let pages = 0; pages < 100; pages++) {
        const search = new URLSearchParams({ format: 'ninjs', types: 'stories', limit: '3' })
        if (cursor) search.set('cursor', cursor)
        const page = await api.get(`/api/partners/sync?${search}`, { headers: news.headers })
        expect(page.status, JSON.stringify(page.body)).toBe(200)
        for (const item of page.body.items) {
          expect([item.uri, ninjsErrors(item)]).toEqual([item.uri, []])
          copy.set(item.uri, item)
        }
        cursor = page.body.nextCursor
        if (!page.body.hasMore) return
      }
      throw new Error('sync never finished')
    }
    await sync()
    const id = await created('stories', {
      title: 'Danışan',
      pseudonym: 'Səbinə',
      consent: fullConsent,
    })
    await publishThroughWorkflow(api, tokens, 'stories', id)
    const uri = `${server.url}/api/stories/${id}?locale=az`
    await expect
      .poll(async () => (await sync(), copy.get(uri)), { timeout: 10_000 })
      .toMatchObject({
        pubstatus: 'usable',
        type: 'text',
        language: 'az',
        headlines: [{ role: 'main', value: 'Danışan' }],
        bodies: [{ role: 'hotline', value: 'Qaynar xətt: 152' }],
      })
    await act('stories', id, 'withdraw-consent', 'She asked us to')
    await expect
      .poll(async () => (await sync(), copy.get(uri)?.pubstatus), { timeout: 10_000 })
      .toBe('canceled')
    expect(copy.get(`${server.url}/api/stories/${id}?locale=en`)?.pubstatus).toBe('canceled')
    // Gone from the feeds too.
    expect(await jsonTitles('?types=stories')).not.toContain('Danışan')
  })

  it('should answer in English unless Accept-Language asks az or ru', async () => {
    const ask = async (language?: string) =>
      (
        await api.get('/api/partners/feed.json?types=posters', {
          headers: { ...small.headers, ...(language ? { 'accept-language': language } : {}) },
        })
      ).body.errors[0].message
    expect(await ask()).toBe('This partner does not take posters: it takes articles.')
    expect(await ask('fr, de')).toBe('This partner does not take posters: it takes articles.')
    expect(await ask('az')).toBe('Bu tərəfdaş posters almır: o, articles alır.')
    expect(await ask('en;q=0.5, ru')).toBe('Этот партнёр не берёт posters: он берёт articles.')
    const noKey = await api.get('/api/partners/sync', { headers: { 'accept-language': 'az' } })
    expect([noKey.status, noKey.body.errors[0].message]).toEqual([
      401,
      'Tərəfdaş açarınızı göndərin: "Authorization: partners API-Key <açar>".',
    ])
  })

  it('should link each item to its page and date it by its publications, in every format', async () => {
    const addresses = {
      home: 'https://xeberdar.example/{locale}',
      articles: 'https://xeberdar.example/{locale}/articles/{slug}',
    }
    const saved = await api.post('/api/globals/settings?locale=az', {
      token: tokens.admin,
      json: { website: addresses },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const id = await created('articles', { title: 'Səhifəsi olan', slug: 'sehifesi-olan' })
    await publishThroughWorkflow(api, tokens, 'articles', id)
    const uri = `${server.url}/api/articles/${id}?locale=az`
    const page = 'https://xeberdar.example/az/articles/sehifesi-olan'

    // A type named twice counts once: the item is listed once.
    const json = await api.get('/api/partners/feed.json?types=articles,articles', {
      headers: small.headers,
    })
    expect(jsonFeedErrors(json.body)).toEqual([])
    const entries = json.body.items.filter((entry: { id: string }) => entry.id === uri)
    expect(entries).toHaveLength(1)
    expect(json.body.home_page_url).toBe('https://xeberdar.example/az')
    const [entry] = entries
    expect(entry.url).toBe(page)
    const published = entry.date_published
    // Published once: its first and its last publication are the same.
    expect(entry.date_modified).toBe(published)
    // The sync's item: the same page and dates, from the ledger.
    const sync = await api.get('/api/partners/sync?types=articles&locale=az&limit=500', {
      headers: small.headers,
    })
    const item = sync.body.items.find((found: { id: string }) => found.id === String(id)).item
    expect(item).toMatchObject({
      uri,
      url: page,
      firstPublishedAt: published,
      publishedAt: entry.date_modified,
    })
    expect(Date.parse(item.firstPublishedAt)).toBeGreaterThanOrEqual(Date.parse(item.createdAt))
    const rss = await readRss(
      (await api.get('/api/partners/feed.rss?types=articles', { headers: small.headers })).body,
    )
    expect(rss.link).toBe('https://xeberdar.example/az')
    expect(rss.items.find((found) => found.guid === uri)).toMatchObject({
      link: page,
      // RSS dates are to the second.
      isoDate: new Date(Math.floor(Date.parse(published) / 1000) * 1000).toISOString(),
    })

    const ninjs = await api.get('/api/partners/sync?format=ninjs&types=articles&limit=500', {
      headers: small.headers,
    })
    const canonical = ninjs.body.items.find((found: { uri: string }) => found.uri === uri)
    expect(ninjsErrors(canonical)).toEqual([])
    expect(canonical).toMatchObject({
      firstcreated: published,
      versioncreated: entry.date_modified,
      renditions: [{ name: 'canonical', href: page, contenttype: 'text/html' }],
    })
  })

  it('should version a ninjs tombstone above the item it cancels', async () => {
    const id = await created('articles', { title: 'Geri çəkiləcək' })
    await publishThroughWorkflow(api, tokens, 'articles', id)
    const uri = `${server.url}/api/articles/${id}?locale=az`
    const first = await api.get('/api/partners/sync?format=ninjs&types=articles&limit=500', {
      headers: small.headers,
    })
    const usable = first.body.items.find((found: { uri: string }) => found.uri === uri)
    expect(usable.pubstatus).toBe('usable')
    let cursor = first.body.nextCursor
    await act('articles', id, 'unpublish', 'Köhnəlib')
    const seen: { uri: string; pubstatus: string; version?: string; versioncreated?: string }[] = []
    for (let pages = 0; pages < 100; pages++) {
      const next = await api.get(
        `/api/partners/sync?format=ninjs&types=articles&limit=500&cursor=${cursor}`,
        { headers: small.headers },
      )
      seen.push(...next.body.items)
      cursor = next.body.nextCursor
      if (!next.body.hasMore) break
    }
    const canceled = seen.filter((found) => found.uri === uri).at(-1)!
    expect(ninjsErrors(canceled)).toEqual([])
    expect(canceled.pubstatus).toBe('canceled')
    expect(Number(canceled.version)).toBeGreaterThan(Number(usable.version))
    expect(Date.parse(canceled.versioncreated!)).toBeGreaterThanOrEqual(
      Date.parse(usable.versioncreated),
    )
  })

  it('should refuse a private or loopback webhook URL on save, in production', async () => {
    for (const webhookUrl of [
      'http://127.0.0.1:9/hook',
      'http://[::1]/hook',
      'http://localhost/hook',
    ]) {
      const answer = await api.patch(`/api/partners/${small.id}`, {
        token: tokens.admin,
        json: { webhookUrl },
      })
      expect([webhookUrl, answer.status]).toEqual([webhookUrl, 400])
      expect(JSON.stringify(answer.body)).toMatch(
        /is a private or loopback address: webhooks go only to the public internet/,
      )
    }
    const fine = await api.patch(`/api/partners/${small.id}`, {
      token: tokens.admin,
      json: { webhookUrl: 'https://8.8.8.8/hook' },
    })
    expect(fine.status, JSON.stringify(fine.body)).toBe(200)
  })
})
