import type { Action } from '@/workflow/transitions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import {
  asKey,
  createChannelKeys,
  createNewsAndSmallPartners,
  createPartner,
} from '../helpers/channelKeys'
import { fullConsent, setHotline } from '../helpers/fixtures'
import { smallPng, uploadMedia } from '../helpers/media'
import { partnerReplica } from '../helpers/partnerSync'
import type { RunningServer } from '../helpers/server'
import { seededRandom } from '../helpers/random'
import { startStaffServer } from '../helpers/staffServer'
import { publishThroughWorkflow, reviewerTakes, saveDraft, takeAction } from '../helpers/workflow'

describe('partner sync over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  /** Takes stories and articles in az and en. */
  let news: Awaited<ReturnType<typeof createPartner>>
  /** Takes articles in az only. */
  let small: Awaited<ReturnType<typeof createPartner>>

  const write = (
    collection: 'articles' | 'stories',
    id: number | string,
    locale: string,
    data: object,
    token = tokens.editor,
  ) => saveDraft(api, token, collection, id, locale, data)
  /** An article written in az (and en, marked ready, when given). */
  const article = async (az: string, en?: string, extra: object = {}) => {
    const created = await api.post('/api/articles', {
      token: tokens.editor,
      json: { title: az, ...extra },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id as number | string
    if (en) {
      await write('articles', id, 'en', { title: en }, tokens.translator)
      expect(
        (await takeAction(api, tokens.translator, 'articles', id, 'mark-ready', { locale: 'en' }))
          .status,
      ).toBe(200)
    }
    return id
  }
  const story = async (title: string, consent: object = fullConsent) => {
    const created = await api.post('/api/stories', {
      token: tokens.editor,
      json: { title, pseudonym: 'Lalə', consent },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.doc.id as number | string
  }
  const act = (
    collection: 'articles' | 'stories',
    id: number | string,
    action: Action,
    body: object | string = {},
  ) => reviewerTakes(api, tokens, collection, id, action, body)
  const sync = (query: string, headers: Record<string, string> | undefined = news.headers) =>
    api.get(`/api/partners/sync${query}`, { headers })

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
    await createChannelKeys(api, tokens.admin)
    await setHotline(api, tokens.admin, { az: 'Qaynar xətt', en: 'Hotline' })
    ;({ news, small } = await createNewsAndSmallPartners(api, tokens.admin, 'sync'))
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should refuse anyone but a partner in its own scope, and bad requests, saying why', async () => {
    const refusals: [string, Record<string, string> | undefined, number, RegExp][] = [
      ['', {}, 401, /Send your partner key/],
      [
        '',
        { authorization: 'partners API-Key not-a-key-0123456789' },
        401,
        /Send your partner key/,
      ],
      ['', { authorization: 'Basic abc' }, 401, /Send your partner key/],
      ['', { authorization: `JWT ${tokens.admin}` }, 403, /for media partners/],
      ['', asKey('screens'), 403, /API key may only/],
      ['?types=stories', small.headers, 403, /does not take stories: it takes articles/],
      ['?types=stories,letters', news.headers, 400, /Unknown content type "letters"/],
      ['?locale=en', small.headers, 403, /does not take "en"/],
      ['?locale=xx', news.headers, 400, /Unknown locale "xx"/],
      ['?limit=0', news.headers, 400, /"limit" must be a whole number/],
      ['?limit=abc', news.headers, 400, /"limit" must be a whole number/],
      ['?limit=501', news.headers, 400, /"limit" must be a whole number/],
      ['?cursor=garbage', news.headers, 400, /not one this API handed out/],
      ['?cursor=v1.%25%25', news.headers, 400, /not one this API handed out/],
      [`?cursor=v1.${Buffer.from('[1,2]').toString('base64url')}`, news.headers, 400, /not one/],
      [
        `?cursor=v1.${Buffer.from('{"mode":"changes","after":5}').toString('base64url')}`,
        news.headers,
        400,
        /not one/,
      ],
      [
        `?cursor=v1.${Buffer.from('{"mode":"snapshot","from":"","type":"letters","locale":"az","afterId":""}').toString('base64url')}`,
        news.headers,
        400,
        /not one/,
      ],
      [`?cursor=v1.${'A'.repeat(2000)}`, news.headers, 400, /not one/],
    ]
    for (const [query, headers, status, message] of refusals) {
      const answer = await sync(query, headers as Record<string, string>)
      expect([query, headers, answer.status]).toEqual([query, headers, status])
      expect(answer.body.errors[0].message).toMatch(message)
    }
  })

  it('should honour rotated, revoked and switched-off keys on the next request', async () => {
    const partner = await createPartner(api, tokens.admin, {
      name: 'Keçici',
      contentTypes: ['articles'],
      languages: ['az'],
      apiKey: 'rotating-key-0123456789-old',
    })
    const update = async (data: object) =>
      expect(
        (await api.patch(`/api/partners/${partner.id}`, { token: tokens.admin, json: data }))
          .status,
      ).toBe(200)
    expect((await sync('', partner.headers)).status).toBe(200)
    await update({ apiKey: 'rotating-key-0123456789-new' })
    expect((await sync('', partner.headers)).status).toBe(401)
    const rotated = { authorization: 'partners API-Key rotating-key-0123456789-new' }
    expect((await sync('', rotated)).status).toBe(200)
    await update({ isActive: false })
    expect((await sync('', rotated)).body.errors[0].message).toMatch(/switched off/)
    await update({ isActive: true, enableAPIKey: false })
    expect((await sync('', rotated)).status).toBe(401)
  })

  it('should start with a complete snapshot of exactly what the partner may read', async () => {
    const live = await article('Canlı məqalə', 'Live article')
    await publishThroughWorkflow(api, tokens, 'articles', live)
    const azOnly = await article('Yalnız Azərbaycanca')
    await write('articles', azOnly, 'en', { title: 'Not approved' }, tokens.translator)
    await publishThroughWorkflow(api, tokens, 'articles', azOnly)
    const draft = await article('Qaralama')
    const inReview = await article('Baxışda')
    await takeAction(api, tokens.editor, 'articles', inReview, 'submit')
    const approved = await article('Təsdiqlənib')
    await takeAction(api, tokens.editor, 'articles', approved, 'submit')
    await act('articles', approved, 'approve')
    const scheduled = await article('Gələcəkdə', undefined, {
      publishAt: '2031-01-01T08:00:00.000Z',
    })
    await takeAction(api, tokens.editor, 'articles', scheduled, 'submit')
    await act('articles', scheduled, 'approve')
    const websiteOnly = await story('Yalnız saytda', { ...fullConsent, channels: ['website'] })
    await publishThroughWorkflow(api, tokens, 'stories', websiteOnly)
    const withdrawn = await story('Geri götürülüb')
    await publishThroughWorkflow(api, tokens, 'stories', withdrawn)
    await act('stories', withdrawn, 'withdraw-consent', 'She asked us to')
    const forPartners = await story('Tərəfdaşlar üçün')
    await publishThroughWorkflow(api, tokens, 'stories', forPartners)

    const replica = partnerReplica(api, news.headers)
    await replica.sync()
    const titles = replica.titles()
    expect(titles).toMatchObject({
      [`articles:${live}:az`]: 'Canlı məqalə',
      [`articles:${live}:en`]: 'Live article',
      [`articles:${azOnly}:az`]: 'Yalnız Azərbaycanca',
      [`stories:${forPartners}:az`]: 'Tərəfdaşlar üçün',
    })
    for (const hidden of [draft, inReview, approved, scheduled])
      for (const locale of ['az', 'en'])
        expect(titles).not.toHaveProperty(`articles:${hidden}:${locale}`)
    expect(titles).not.toHaveProperty(`articles:${azOnly}:en`)
    for (const hidden of [websiteOnly, withdrawn])
      expect(Object.keys(titles).filter((key) => key.startsWith(`stories:${hidden}:`))).toEqual([])

    // Pages of one give the same copy, in a stable order.
    const paged = partnerReplica(api, news.headers, { limit: '1' })
    await paged.sync()
    expect(paged.titles()).toEqual(titles)
    // A snapshot's cursor belongs to the filters it was made for.
    const first = await sync('?types=articles&limit=1')
    const other = await sync(`?types=stories&cursor=${encodeURIComponent(first.body.nextCursor)}`)
    expect(other.status).toBe(400)
    expect(other.body.errors[0].message).toMatch(/other types or languages/)

    // What an item carries: the hotline, absolute image URLs, the body as HTML.
    const item = replica.items.get(`articles:${live}:en`)!
    expect(item).toMatchObject({ type: 'articles', locale: 'en', title: 'Live article' })
    expect(item.hotline).toEqual(['Hotline: 152'])
    expect(replica.items.get(`articles:${live}:az`)!.hotline).toEqual(['Qaynar xətt: 152'])
    expect(item.uri).toBe(`${server.url}/api/articles/${live}?locale=en`)

    // The small partner's scope: articles in az only.
    const smallReplica = partnerReplica(api, small.headers)
    await smallReplica.sync()
    expect(Object.keys(smallReplica.titles()).every((key) => /^articles:.+:az$/.test(key))).toBe(
      true,
    )
    expect(smallReplica.titles()).toHaveProperty(`articles:${live}:az`)
  })

  it('should bring changes and tombstones after the cursor, also under type and language filters', async () => {
    const id = await article('Dəyişən məqalə', 'Changing article')
    const all = partnerReplica(api, news.headers)
    const englishArticles = partnerReplica(api, news.headers, { types: 'articles', locale: 'en' })
    const storiesOnly = partnerReplica(api, news.headers, { types: 'stories' })
    for (const replica of [all, englishArticles, storiesOnly]) await replica.sync()

    await publishThroughWorkflow(api, tokens, 'articles', id)
    await expect
      .poll(async () => (await all.sync(), all.titles()[`articles:${id}:en`]), { timeout: 10_000 })
      .toBe('Changing article')

    // An edit of the live item, approved again: the new title replaces the old.
    await write('articles', id, 'en', { title: 'Changed article' }, tokens.translator)
    await takeAction(api, tokens.translator, 'articles', id, 'mark-ready', { locale: 'en' })
    await publishThroughWorkflow(api, tokens, 'articles', id)
    await expect
      .poll(
        async () => (await englishArticles.sync(), englishArticles.titles()[`articles:${id}:en`]),
        { timeout: 10_000 },
      )
      .toBe('Changed article')

    await act('articles', id, 'unpublish', 'Out of date')
    await expect
      .poll(async () => (await englishArticles.sync(), englishArticles.titles()), {
        timeout: 10_000,
      })
      .not.toHaveProperty(`articles:${id}:en`)
    expect(englishArticles.received.at(-1)).toEqual({
      action: 'delete',
      type: 'articles',
      id: String(id),
      locale: 'en',
    })
    await all.sync()
    expect(Object.keys(all.titles()).filter((key) => key.startsWith(`articles:${id}:`))).toEqual([])

    // A withdrawn story leaves partners' copies too, in every language.
    const told = await story('Danışan')
    await publishThroughWorkflow(api, tokens, 'stories', told)
    await expect
      .poll(async () => (await storiesOnly.sync(), storiesOnly.titles()), { timeout: 10_000 })
      .toHaveProperty(`stories:${told}:az`)
    await act('stories', told, 'withdraw-consent', 'She asked us to')
    await expect
      .poll(async () => (await storiesOnly.sync(), storiesOnly.titles()), { timeout: 10_000 })
      .not.toHaveProperty(`stories:${told}:az`)
    expect(storiesOnly.received.slice(-2)).toEqual(
      ['az', 'en'].map((locale) => ({
        action: 'delete',
        type: 'stories',
        id: String(told),
        locale,
      })),
    )
    // A filter on stories never saw the article's changes.
    expect(storiesOnly.received.every((entry) => entry.type === 'stories')).toBe(true)
  })

  it('should serve the partner the images it hands out, and the public only those of public items', async () => {
    const image = async () =>
      (await uploadMedia(api, tokens.editor, await smallPng(), 'h.png', 'image/png')).body.doc.id
    const created = await api.post('/api/stories', {
      token: tokens.editor,
      json: {
        title: 'Yalnız tərəfdaşlar üçün',
        pseudonym: 'Səbinə',
        heroImage: await image(),
        consent: { ...fullConsent, channels: ['partners'] },
      },
    })
    const id = created.body.doc.id
    await publishThroughWorkflow(api, tokens, 'stories', id)
    const replica = partnerReplica(api, news.headers, { types: 'stories', locale: 'az' })
    await replica.sync()
    const [hero] = replica.items.get(`stories:${id}:az`)!.images as {
      url: string
      renditions: Record<string, { url: string }>
    }[]
    for (const url of [hero.url, hero.renditions.card.url]) {
      const withKey = await fetch(url, { headers: news.headers })
      expect([url, withKey.status, withKey.headers.get('content-type')]).toEqual([
        url,
        200,
        expect.stringMatching(/^image\//),
      ])
      // Not public on the website: nobody else gets it.
      expect((await fetch(url)).status).toBe(403)
      expect((await fetch(url, { headers: small.headers })).status).toBe(403)
    }
    // Withdrawn: the partner loses the image too.
    await act('stories', id, 'withdraw-consent', 'Razılıq geri götürüldü')
    expect((await fetch(hero.url, { headers: news.headers })).status).toBe(403)
  })

  it('should converge: a replica built only from sync pages equals what the partner may read', async () => {
    const random = seededRandom(20261126)
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]
    const replica = partnerReplica(api, news.headers)
    await replica.sync()
    type Item = {
      collection: 'articles' | 'stories'
      id: number | string
      live: boolean
      withdrawn: boolean
      edits: number
    }
    const items: Item[] = []
    for (let i = 0; i < 4; i++)
      items.push({
        collection: 'articles',
        id: await article(`Məqalə ${i}`, `Article ${i}`),
        live: false,
        withdrawn: false,
        edits: 0,
      })
    for (let i = 0; i < 2; i++)
      items.push({
        collection: 'stories',
        id: await story(`Hekayə ${i}`),
        live: false,
        withdrawn: false,
        edits: 0,
      })
    const played = new Set<string>()
    for (let step = 0; step < 30; step++) {
      const item = pick(items)
      if (item.withdrawn) continue
      const move = pick(['publish', 'edit', 'unpublish', 'withdraw', 'sync'] as const)
      if (move === 'sync') await replica.sync()
      else if (move === 'publish' && !item.live) {
        await publishThroughWorkflow(api, tokens, item.collection, item.id)
        item.live = true
      } else if (move === 'edit' && item.live) {
        item.edits += 1
        await write(item.collection, item.id, 'az', { title: `Düzəliş ${item.edits} ${item.id}` })
        await publishThroughWorkflow(api, tokens, item.collection, item.id)
      } else if (move === 'unpublish' && item.live) {
        await act(item.collection, item.id, 'unpublish', 'Hələlik yox')
        item.live = false
      } else if (move === 'withdraw' && item.collection === 'stories' && item.live) {
        await act('stories', item.id, 'withdraw-consent', 'Razılıq geri götürüldü')
        item.withdrawn = true
        item.live = false
      } else continue
      played.add(move)
    }
    expect([...played].sort()).toEqual(['edit', 'publish', 'sync', 'unpublish', 'withdraw'])
    // The truth, read through the partner's own REST access in each language.
    const truth: Record<string, string> = {}
    for (const collection of ['articles', 'stories'])
      for (const locale of ['az', 'en']) {
        const read = await api.get(`/api/${collection}?locale=${locale}&limit=500&depth=0`, {
          headers: news.headers,
        })
        for (const doc of read.body.docs) truth[`${collection}:${doc.id}:${locale}`] = doc.title
      }
    const sorted = (record: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))
    await expect
      .poll(async () => (await replica.sync(), replica.titles()), { timeout: 15_000 })
      .toEqual(sorted(truth))
    // And the history played as intended: each item is in the copy exactly while it is live.
    for (const item of items)
      expect([item.id, replica.titles()[`${item.collection}:${item.id}:az`] !== undefined]).toEqual(
        [item.id, item.live],
      )
  })
})
