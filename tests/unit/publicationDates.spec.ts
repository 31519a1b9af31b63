import { describe, expect, it } from 'vitest'

import { publicationDatesOf } from '@/ledger/publicationDates'

const published = (effectiveAt: string, languages: ('az' | 'en' | 'ru')[] = []) => ({
  change: 'published' as const,
  languages,
  effectiveAt,
})

describe('publication dates', () => {
  const history = [
    published('2026-03-01T08:00:00.000Z', ['az']),
    published('2026-04-01T08:00:00.000Z', ['en']),
    published('2026-05-01T08:00:00.000Z', ['az', 'en']),
  ]

  it('should date the first and the last publication naming the language', () => {
    expect(publicationDatesOf(history, { locale: 'az' })).toEqual({
      firstPublishedAt: '2026-03-01T08:00:00.000Z',
      publishedAt: '2026-05-01T08:00:00.000Z',
    })
    expect(publicationDatesOf(history, { locale: 'en' })?.firstPublishedAt).toBe(
      '2026-04-01T08:00:00.000Z',
    )
  })

  it('should count an entry naming no language for every language', () => {
    expect(publicationDatesOf([published('2026-03-01T08:00:00.000Z')], { locale: 'ru' })).toEqual({
      firstPublishedAt: '2026-03-01T08:00:00.000Z',
      publishedAt: '2026-03-01T08:00:00.000Z',
    })
  })

  it('should count a publication waiting for its time from that time', () => {
    expect(
      publicationDatesOf(history.slice(0, 1), {
        locale: 'az',
        publishAt: '2026-03-05T06:00:00.000Z',
      }),
    ).toEqual({
      firstPublishedAt: '2026-03-05T06:00:00.000Z',
      publishedAt: '2026-03-05T06:00:00.000Z',
    })
  })

  it('should be null for a language never published', () => {
    expect(publicationDatesOf(history, { locale: 'ru' })).toBeNull()
    expect(
      publicationDatesOf([{ ...published('2026-03-01T08:00:00.000Z'), change: 'unpublished' }], {
        locale: 'az',
      }),
    ).toBeNull()
  })
})
