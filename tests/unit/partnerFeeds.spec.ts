import { describe, expect, it } from 'vitest'

import type { FeedInput } from '@/channels/partners/feedContent'
import { readFeedRequest } from '@/channels/partners/feedRequest'
import { itemView, type ItemView } from '@/channels/partners/itemView'
import { jsonFeed } from '@/channels/partners/jsonFeed'
import { ninjsCanceled, ninjsItem, ninjsSyncItem } from '@/channels/partners/ninjs'
import { rssFeed } from '@/channels/partners/rss'
import { partnerScope } from '@/access/partnerScope'
import { readSyncFormat } from '@/channels/partners/syncRequest'

import { jsonFeedErrors, ninjsErrors, readRss, rssProblems } from '../helpers/feedFormats'
import { paragraphs } from '../helpers/richText'
import type { PageAddressSettings } from '@/links/pageAddress'

const apiUrl = 'https://xeberdar.example/api'
const fileUrl = (name: string) => `https://xeberdar.example/api/media/file/${name}`
const hardTitle = 'Ə ğ ı İ ş ç ö ü — Жизнь <&> "]]>'
const cover = {
  id: 7,
  alt: 'Vağzalda qız',
  filename: 'cover.jpg',
  width: 2000,
  height: 1500,
  mimeType: 'image/jpeg',
  filesize: 123456,
  sizes: {
    card: {
      filename: 'cover-800x600.webp',
      width: 800,
      height: 600,
      mimeType: 'image/webp',
      filesize: 4567,
    },
    web: {
      filename: 'cover-1600.webp',
      width: 1600,
      height: 1200,
      mimeType: 'image/webp',
      filesize: 9876,
    },
    screen4k: { filename: 'cover-4k.webp', width: 3840, height: 2160, mimeType: 'image/webp' },
  },
}
/** Settings → Website as the sample campaign sets it, in one language. */
const pages: PageAddressSettings = {
  home: 'https://xeberdar.example/{locale}',
  articles: 'https://xeberdar.example/{locale}/articles/{slug}',
  stories: 'https://xeberdar.example/{locale}/stories/{slug}',
  posters: 'https://xeberdar.example/{locale}/posters/{id}',
}
const dates = {
  firstPublishedAt: '2026-11-21T10:00:00.000Z',
  publishedAt: '2026-11-26T09:30:00.000Z',
}
const view = (
  overrides: Partial<{
    type: ItemView['type']
    doc: object
    locale: 'az' | 'en' | 'ru'
    pages: PageAddressSettings
  }> = {},
) =>
  itemView({
    type: overrides.type ?? 'articles',
    locale: overrides.locale ?? 'az',
    doc: {
      id: 12,
      title: hardTitle,
      slug: 'heyat',
      excerpt: 'Qısa <xülasə> & daha çox',
      byline: 'Redaksiya',
      body: paragraphs('Mətn <b>deyil</b> & İ'),
      cover: 7,
      artwork: 7,
      createdAt: '2026-11-20T08:00:00.000Z',
      updatedAt: '2026-11-26T09:30:00.000Z',
      ...overrides.doc,
    },
    media: new Map([['7', cover]]),
    hotline: ['Qaynar xətt: 152'],
    fileUrl,
    apiUrl,
    pages: overrides.pages ?? pages,
    dates,
  })

describe('ninjs', () => {
  it('should map an article to a ninjs 2.2 text item the IPTC schema accepts', () => {
    const ninjs = ninjsItem(view())
    expect(ninjsErrors(ninjs)).toEqual([])
    expect(ninjs).toMatchObject({
      uri: `${apiUrl}/articles/12?locale=az`,
      standard: { name: 'ninjs', version: '2.2' },
      type: 'text',
      version: String(Date.parse('2026-11-26T09:30:00.000Z')),
      // First and last publication in this language, from the ledger.
      firstcreated: '2026-11-21T10:00:00.000Z',
      versioncreated: '2026-11-26T09:30:00.000Z',
      // The page on the campaign's website: a rendition, as ninjs 2.2 has no links.
      renditions: [
        {
          name: 'canonical',
          href: 'https://xeberdar.example/az/articles/heyat',
          contenttype: 'text/html',
        },
      ],
      pubstatus: 'usable',
      language: 'az',
      headlines: [{ role: 'main', value: hardTitle }],
      descriptions: [{ role: 'summary', value: 'Qısa <xülasə> & daha çox' }],
      by: 'Redaksiya',
      slugline: 'heyat',
    })
    expect(ninjs.bodies).toEqual([
      { role: 'main', contenttype: 'text/html', value: expect.stringContaining('&lt;b&gt;deyil') },
      { role: 'hotline', contenttype: 'text/plain', value: 'Qaynar xətt: 152' },
    ])
    // The cover: absolute URLs of the original and the partner renditions, no screen sizes.
    expect(ninjs.associations).toEqual([
      expect.objectContaining({
        name: 'cover',
        type: 'picture',
        renditions: [
          {
            name: 'original',
            href: fileUrl('cover.jpg'),
            contenttype: 'image/jpeg',
            width: 2000,
            height: 1500,
            sizeinbytes: 123456,
          },
          {
            name: 'card',
            href: fileUrl('cover-800x600.webp'),
            contenttype: 'image/webp',
            width: 800,
            height: 600,
            sizeinbytes: 4567,
          },
          expect.objectContaining({ name: 'web', width: 1600 }),
        ],
      }),
    ])
  })

  it('should map a poster to a picture and a video entry to a video, both valid', () => {
    const poster = ninjsItem(view({ type: 'posters', doc: { body: undefined } }))
    expect(ninjsErrors(poster)).toEqual([])
    expect(poster).toMatchObject({
      type: 'picture',
      renditions: [
        { name: 'original' },
        {},
        {},
        { name: 'canonical', href: 'https://xeberdar.example/az/posters/12' },
      ],
    })
    expect(poster).not.toHaveProperty('associations')
    const video = ninjsItem(
      view({ type: 'videos', doc: { body: undefined, externalUrl: 'https://video.example/v/1' } }),
    )
    expect(ninjsErrors(video)).toEqual([])
    expect(video).toMatchObject({
      type: 'video',
      renditions: [{ name: 'external', href: 'https://video.example/v/1' }],
    })
  })

  it('should link no page while the settings name none', () => {
    const ninjs = ninjsItem(view({ pages: {} }))
    expect(ninjsErrors(ninjs)).toEqual([])
    expect(ninjs).not.toHaveProperty('renditions')
  })

  it('should cancel a tombstone under the uri the item had, in a version above all of its own', () => {
    const usable = ninjsItem(view({ type: 'stories', locale: 'en' }))
    // Taken down in the same millisecond as its last change: still a higher version.
    const takenAwayAt = Date.parse(view().updatedAt)
    const canceled = ninjsSyncItem(
      { action: 'delete', type: 'stories', id: '12', locale: 'en', takenAwayAt },
      apiUrl,
    )
    expect(ninjsErrors(canceled)).toEqual([])
    expect(canceled).toEqual(
      ninjsCanceled({ apiUrl, type: 'stories', id: '12', locale: 'en', takenAwayAt }),
    )
    expect(canceled).toMatchObject({
      uri: usable.uri,
      pubstatus: 'canceled',
      type: 'text',
      versioncreated: '2026-11-26T09:30:00.000Z',
    })
    expect(Number(canceled.version)).toBeGreaterThan(Number(usable.version))
  })

  it('should have a schema that refuses what is not ninjs', () => {
    expect(ninjsErrors({ pubstatus: 'usable' })).not.toEqual([])
    expect(ninjsErrors({ ...ninjsItem(view()), pubstatus: 'deleted' })).not.toEqual([])
    expect(ninjsErrors({ ...ninjsItem(view()), headline: 'not in 2.x' })).not.toEqual([])
  })
})

const feedInput = (views: ItemView[]): FeedInput => ({
  views,
  locale: 'az',
  hotline: ['Qaynar xətt: 152'],
  feedUrl: `${apiUrl}/partners/feed.json?locale=az&types=articles`,
  homeUrl: 'https://xeberdar.example/az',
  updated: new Date('2026-11-26T09:30:00.000Z'),
})

describe('JSON Feed', () => {
  it('should write JSON Feed 1.1 with the hotline, absolute image URLs and every rendition', () => {
    const feed = jsonFeed(
      feedInput([view(), view({ type: 'posters', doc: { id: 3, body: undefined } })]),
    )
    expect(jsonFeedErrors(feed)).toEqual([])
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Xəbərdar',
      language: 'az',
      feed_url: `${apiUrl}/partners/feed.json?locale=az&types=articles`,
      home_page_url: 'https://xeberdar.example/az',
      description: expect.stringContaining('Qaynar xətt: 152'),
    })
    const [article] = feed.items
    expect(article).toMatchObject({
      id: `${apiUrl}/articles/12?locale=az`,
      url: 'https://xeberdar.example/az/articles/heyat',
      title: hardTitle,
      summary: 'Qısa <xülasə> & daha çox',
      image: fileUrl('cover-1600.webp'),
      date_published: '2026-11-21T10:00:00.000Z',
      date_modified: '2026-11-26T09:30:00.000Z',
    })
    expect(article.content_html).toContain('<p class="hotline">Qaynar xətt: 152</p>')
    expect(article.attachments?.map((file) => [file.url, file.mime_type])).toEqual([
      [fileUrl('cover.jpg'), 'image/jpeg'],
      [fileUrl('cover-800x600.webp'), 'image/webp'],
      [fileUrl('cover-1600.webp'), 'image/webp'],
    ])
    // A poster has no body: its text is the hotline. Its page is named by its id.
    expect(feed.items[1].content_html).toBe('<p class="hotline">Qaynar xətt: 152</p>')
    expect(feed.items[1].url).toBe('https://xeberdar.example/az/posters/3')
  })

  it('should leave out the pages the settings do not name, keeping the stable id', () => {
    const feed = jsonFeed({ ...feedInput([view({ pages: {} })]), homeUrl: null })
    expect(jsonFeedErrors(feed)).toEqual([])
    expect(feed).not.toHaveProperty('home_page_url')
    expect(feed.items[0]).not.toHaveProperty('url')
    expect(feed.items[0].id).toBe(`${apiUrl}/articles/12?locale=az`)
  })

  it('should have a schema that refuses what is not JSON Feed 1.1', () => {
    const feed = jsonFeed(feedInput([view()]))
    expect(jsonFeedErrors({ ...feed, version: 'https://jsonfeed.org/version/1' })).not.toEqual([])
    expect(jsonFeedErrors({ ...feed, items: [{ id: 'x' }] })).not.toEqual([])
    expect(jsonFeedErrors({ ...feed, title: undefined })).not.toEqual([])
  })
})

describe('RSS', () => {
  it('should write RSS 2.0 that keeps every letter and escapes markup', async () => {
    const rss = rssFeed(feedInput([view(), view({ locale: 'az', doc: { id: 13, cover: null } })]))
    const { problems, channel } = rssProblems(rss)
    expect(problems).toEqual([])
    expect(channel?.description).toContain('Qaynar xətt: 152')
    expect(channel?.item?.[0].enclosure).toEqual({
      '@_url': fileUrl('cover-1600.webp'),
      '@_length': '9876',
      '@_type': 'image/webp',
    })
    expect(channel?.item?.[1]).not.toHaveProperty('enclosure')

    const read = await readRss(rss)
    expect(read.title).toBe('Xəbərdar')
    expect(read.link).toBe('https://xeberdar.example/az')
    expect(read.items.map((item) => item.title)).toEqual([hardTitle, hardTitle])
    // The page is the link, the stable uri the guid; pubDate the first publication.
    expect(read.items[0]).toMatchObject({
      guid: `${apiUrl}/articles/12?locale=az`,
      link: 'https://xeberdar.example/az/articles/heyat',
      isoDate: '2026-11-21T10:00:00.000Z',
    })
    expect(read.items[0].content).toContain('&lt;b&gt;deyil&lt;/b&gt; &amp; İ')
    expect(read.items[0].content).toContain('<p class="hotline">Qaynar xətt: 152</p>')
  })

  it('should link no page the settings do not name, the channel to the feed itself', async () => {
    const input = { ...feedInput([view({ pages: {} })]), homeUrl: null }
    const rss = rssFeed(input)
    expect(rssProblems(rss).problems).toEqual([])
    const read = await readRss(rss)
    expect(read.link).toBe(input.feedUrl)
    expect(read.items[0].link).toBeUndefined()
    expect(read.items[0].guid).toBe(`${apiUrl}/articles/12?locale=az`)
  })

  it('should find what RSS 2.0 requires missing', () => {
    expect(
      rssProblems('<rss version="2.0"><channel><title>x</title></channel>').problems,
    ).not.toEqual([])
    expect(
      rssProblems('<rss version="0.91"><channel><title>x</title></channel></rss>').problems,
    ).toEqual(['rss@version is not 2.0', 'channel has no link', 'channel has no description'])
  })
})

describe('feed requests', () => {
  const scope = partnerScope({
    collection: 'partners',
    contentTypes: ['stories', 'articles'],
    languages: ['en', 'az'],
  })

  it('should default to the partner’s first language, its types and 50 items', () => {
    expect(readFeedRequest({}, scope)).toEqual({
      types: ['stories', 'articles'],
      locale: 'en',
      limit: 50,
    })
    expect(readFeedRequest({ locale: 'az', types: 'articles', limit: '100' }, scope)).toEqual({
      types: ['articles'],
      locale: 'az',
      limit: 100,
    })
  })

  it('should refuse what is outside the scope or malformed, saying why', () => {
    expect(readFeedRequest({ locale: 'ru' }, scope)).toMatchObject({ status: 403 })
    expect(readFeedRequest({ locale: 'xx' }, scope)).toMatchObject({ status: 400 })
    expect(readFeedRequest({ types: 'posters' }, scope)).toMatchObject({ status: 403 })
    expect(readFeedRequest({ types: 'letters' }, scope)).toMatchObject({ status: 400 })
    expect(readFeedRequest({ limit: '101' }, scope)).toEqual({
      status: 400,
      message: '"limit" must be a whole number from 1 to 100.',
    })
    expect(readFeedRequest({}, partnerScope(null))).toMatchObject({ status: 403 })
  })

  it('should take the sync in its own items or in ninjs, nothing else', () => {
    expect(readSyncFormat(undefined)).toBe('partner')
    expect(readSyncFormat('ninjs')).toBe('ninjs')
    expect(readSyncFormat('atom')).toEqual({
      status: 400,
      message: 'Unknown format "atom": use partner or ninjs.',
    })
    expect(readSyncFormat(['ninjs', 'ninjs'])).toMatchObject({ status: 400 })
  })
})
