import { describe, expect, it } from 'vitest'

import { slugify, toAzerbaijaniLowerCase } from '@/i18n/slugify'

describe('slugify', () => {
  it('should transliterate Azerbaijani letters, dotted and dotless i included', () => {
    expect(slugify('İnsan alveri')).toBe('insan-alveri')
    expect(slugify('Əmək istismarı')).toBe('emek-istismari')
    expect(slugify('QIZ, GƏNC, ÇAĞIRIŞ, ŞÜBHƏ, ÖZÜ')).toBe('qiz-genc-cagiris-subhe-ozu')
    expect(slugify('Bakı metrosu: İçərişəhər')).toBe('baki-metrosu-iceriseher')
  })

  it('should transliterate Russian and Azerbaijani Cyrillic', () => {
    expect(slugify('Торговля людьми')).toBe('torgovlya-lyudmi')
    expect(slugify('Щит и защита')).toBe('shchit-i-zashchita')
    expect(slugify('Әмәк')).toBe('emek')
  })

  it('should drop accents, punctuation and repeated separators', () => {
    expect(slugify('  Café — “quoted”  & more!! ')).toBe('cafe-quoted-more')
    expect(slugify('---')).toBe('')
  })

  it('should keep slugs to 96 characters without a trailing dash', () => {
    const slug = slugify('söz '.repeat(60))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('toAzerbaijaniLowerCase', () => {
  it('should lower-case I to ı and İ to i as Azerbaijani readers expect', () => {
    expect(toAzerbaijaniLowerCase('IŞIQ İŞ')).toBe('ışıq iş')
  })
})
