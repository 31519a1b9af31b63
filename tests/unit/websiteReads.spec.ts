import { describe, expect, it } from 'vitest'

import { parseOrigins, preflight, corsHeaders } from '@/channels/website/cors'
import { listKey, parseListQuery } from '@/channels/website/listQuery'
import { websiteItem, type ViewContext } from '@/channels/website/websiteItem'
import { answerLanguage } from '@/http/acceptLanguage'

const query = (search: string) => parseListQuery(new URLSearchParams(search))

describe('website list queries', () => {
  it('should read defaults, and give equal questions one key', () => {
    const plain = query('')
    expect(plain).toEqual({
      query: {
        types: ['articles', 'brochures', 'posters', 'stories', 'videos'],
        exploitationType: null,
        location: null,
        sort: '-publishedAt',
        page: 1,
        limit: 20,
      },
    })
    const a = query('type=stories,articles,stories')
    const b = query('type=articles,stories&page=2')
    if (!('query' in a) || !('query' in b)) throw new Error('refused')
    expect(a.query.types).toEqual(['articles', 'stories'])
    expect(listKey(a.query)).toBe(listKey(b.query))
  })

  it('should name every problem, in each language', () => {
    const refused = query('type=users&limit=101&page=0&sort=id&x=1&exploitationType=y&location=%22')
    if (!('problems' in refused)) throw new Error('accepted')
    expect(refused.problems).toHaveLength(7)
    for (const words of refused.problems)
      for (const text of Object.values(words)) expect(text).toBeTruthy()
    expect(query('limit=1e2')).toHaveProperty('problems')
    expect(query('limit=20&limit=30')).toHaveProperty('problems')
  })
})

describe('CORS for the website', () => {
  const { origins } = parseOrigins('https://xeberdar.az, https://www.xeberdar.az')

  it('should take only exact origins', () => {
    expect([...origins]).toEqual(['https://xeberdar.az', 'https://www.xeberdar.az'])
    for (const bad of [
      'https://xeberdar.az/',
      'xeberdar.az',
      'https://*.xeberdar.az',
      'ftp://x.az',
    ])
      expect(parseOrigins(bad).problems, bad).toHaveLength(1)
  })

  it('should echo a listed origin only, never credentials', () => {
    expect(corsHeaders({ origin: 'https://xeberdar.az' }, origins)).toMatchObject({
      'access-control-allow-origin': 'https://xeberdar.az',
      vary: 'Origin',
    })
    expect(corsHeaders({ origin: 'https://xeberdar.az.evil.example' }, origins)).toEqual({
      vary: 'Origin',
    })
    const answer = preflight(
      {
        origin: 'https://xeberdar.az',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'If-None-Match',
      },
      origins,
    )
    expect(answer.status).toBe(204)
    expect(JSON.stringify(answer.headers)).not.toMatch(/credentials/i)
    expect(
      preflight(
        {
          origin: 'https://xeberdar.az',
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
        origins,
      ).status,
    ).toBe(403)
  })
})

describe('the language of API messages', () => {
  it('should follow Accept-Language among az, ru and en, and default to English', () => {
    expect(answerLanguage(undefined)).toBe('en')
    expect(answerLanguage('de-DE,de;q=0.9')).toBe('en')
    expect(answerLanguage('ru-RU,ru;q=0.9,en;q=0.8')).toBe('ru')
    expect(answerLanguage('en;q=0.5, az;q=0.8')).toBe('az')
    expect(answerLanguage('az;q=0, ru')).toBe('ru')
  })
})

describe('a website item', () => {
  const context: ViewContext = {
    media: new Map([
      [
        '5',
        {
          id: 5,
          filename: 'a.png',
          width: 10,
          height: 10,
          alt: { az: 'Şəkil' },
          sizes: { card: { filename: 'a-card.webp', width: 8, height: 6 } },
        },
      ],
    ]),
    fileUrl: (name) => `https://cms.example/api/media/file/${name}`,
    pages: () => ({ stories: 'https://site.example/{locale}/{slug}' }),
    dates: () => ({
      firstPublishedAt: '2026-01-01T00:00:00.000Z',
      publishedAt: '2026-02-01T00:00:00.000Z',
    }),
    publicLanguages: () => ['az', 'en'],
    ref: () => null,
    hotline: () => [{ label: 'Hotline', number: '152' }],
  }
  const story = {
    id: 7,
    title: { az: 'Başlıq', en: 'Title' },
    slug: { az: 'basliq', en: 'title' },
    pseudonym: { az: 'Aygün' },
    exploitationTypes: ['labour'],
    heroImage: 5,
    consent: { mediaTypes: ['text', 'image'], formReference: 'SECRET-FORM' },
    workflow: { comment: 'SECRET' },
  }

  it('should show one language only, with labels and no consent or workflow', () => {
    const view = websiteItem('stories', story, 'en', context, { full: true })
    expect(view).toMatchObject({
      title: 'Title',
      pseudonym: null,
      url: 'https://site.example/en/title',
      exploitationTypes: [{ value: 'labour', label: 'Labour exploitation' }],
      languages: [
        { locale: 'az', slug: 'basliq', url: 'https://site.example/az/basliq' },
        { locale: 'en', slug: 'title', url: 'https://site.example/en/title' },
      ],
    })
    // No English alt: none, rather than the Azerbaijani text.
    expect(view.images[0]).toMatchObject({ alt: null, renditions: { card: { width: 8 } } })
    expect(JSON.stringify(view)).not.toMatch(/SECRET|consent|workflow/)
  })

  it('should leave out an image the consent does not allow', () => {
    const textOnly = { ...story, consent: { mediaTypes: ['text'] } }
    expect(websiteItem('stories', textOnly, 'az', context, { full: false }).images).toEqual([])
  })
})
