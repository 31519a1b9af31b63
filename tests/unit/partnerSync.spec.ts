import { describe, expect, it } from 'vitest'

import { decodeCursor, encodeCursor, type Cursor } from '@/channels/partners/cursor'
import { partnerMayRead, partnerScope } from '@/access/partnerScope'
import { readSyncRequest } from '@/channels/partners/syncRequest'
import { partnerLanguage, partnerMessagesIn } from '@/channels/partners/messages'

const partner = {
  collection: 'partners',
  contentTypes: ['stories', 'articles'],
  languages: ['az', 'en'],
  isActive: true,
}

describe('partner scope', () => {
  it('should take the types and languages the partner record names, nothing when switched off', () => {
    expect(partnerScope(partner)).toEqual({ types: ['stories', 'articles'], locales: ['az', 'en'] })
    expect(partnerScope({ ...partner, isActive: false })).toEqual({ types: [], locales: [] })
    expect(partnerScope({ ...partner, collection: 'users' })).toEqual({ types: [], locales: [] })
    expect(partnerScope({ ...partner, languages: ['az', 'de'] }).locales).toEqual(['az'])
  })

  it('should let a partner read only its own types in its own languages', () => {
    expect(partnerMayRead(partner, 'stories', 'en')).toBe(true)
    expect(partnerMayRead(partner, 'posters', 'az')).toBe(false)
    expect(partnerMayRead(partner, 'stories', 'ru')).toBe(false)
    expect(partnerMayRead(partner, 'stories', undefined)).toBe(false)
  })
})

describe('sync cursors', () => {
  it('should give back exactly the cursor it handed out', () => {
    const cursors: Cursor[] = [
      { mode: 'changes', after: 412 },
      {
        mode: 'snapshot',
        from: 411,
        type: 'articles',
        locale: 'en',
        afterId: '65a1',
      },
    ]
    for (const cursor of cursors) expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor)
  })

  it('should refuse anything else', () => {
    const b64 = (value: unknown) => `v2.${Buffer.from(JSON.stringify(value)).toString('base64url')}`
    for (const text of [
      '',
      'garbage',
      'v2.e30',
      'v2.%%%',
      // A cursor of the old change log, by time: the partner must start again.
      `v1.${Buffer.from(JSON.stringify({ mode: 'changes', after: '2026-11-26T08:00:00.000Z~stories:12' })).toString('base64url')}`,
      b64(null),
      b64([1]),
      b64({ mode: 'changes' }),
      b64({ mode: 'changes', after: '3' }),
      b64({ mode: 'changes', after: -1 }),
      b64({ mode: 'changes', after: 1.5 }),
      b64({ mode: 'other', after: 'x' }),
      b64({ mode: 'snapshot', from: '', type: 'articles', locale: 'az' }),
      b64({ mode: 'changes', after: 2 ** 60 }),
    ])
      expect([text, decodeCursor(text)]).toEqual([text, null])
  })
})

describe('sync requests', () => {
  const scope = partnerScope(partner)

  it('should default to the partner’s whole scope, 100 changes a page, a first sync', () => {
    expect(readSyncRequest({}, scope)).toEqual({
      types: ['stories', 'articles'],
      locales: ['az', 'en'],
      limit: 100,
      cursor: null,
    })
    expect(readSyncRequest({ types: 'articles', locale: 'en', limit: '5' }, scope)).toMatchObject({
      types: ['articles'],
      locales: ['en'],
      limit: 5,
    })
  })

  it('should count a type named twice once', () => {
    expect(readSyncRequest({ types: 'articles,articles,stories,articles' }, scope)).toMatchObject({
      types: ['articles', 'stories'],
    })
  })

  it('should offer an unknown locale exactly the partner’s languages, not all', () => {
    for (const locale of ['all', 'fr'])
      expect(readSyncRequest({ locale }, scope)).toEqual({
        status: 400,
        message: `Unknown locale "${locale}": use one of az, en.`,
      })
  })

  it('should say why in the language asked for', () => {
    expect(readSyncRequest({ limit: '0' }, scope, partnerMessagesIn.az)).toEqual({
      status: 400,
      message: '"limit" 1-dən 500-ə qədər tam ədəd olmalıdır.',
    })
    expect(readSyncRequest({ types: 'posters' }, scope, partnerMessagesIn.ru)).toEqual({
      status: 403,
      message: 'Этот партнёр не берёт posters: он берёт stories, articles.',
    })
  })

  it('should refuse what is outside the scope (403) and what is malformed (400)', () => {
    const cases: [Record<string, unknown>, number, RegExp][] = [
      [{ types: 'posters' }, 403, /does not take posters/],
      [{ types: 'letters' }, 400, /Unknown content type/],
      [{ locale: 'ru' }, 403, /does not take "ru"/],
      [{ locale: 'fr' }, 400, /Unknown locale/],
      [{ locale: ['az', 'en'] }, 400, /Unknown locale/],
      [{ limit: '0' }, 400, /limit/],
      [{ limit: '1.5' }, 400, /limit/],
      [{ limit: ['1'] }, 400, /limit/],
      [{ cursor: 'x' }, 400, /cursor/],
      [{ cursor: ['v1.e30'] }, 400, /cursor/],
    ]
    for (const [query, status, message] of cases) {
      const refusal = readSyncRequest(query, scope)
      expect([query, 'status' in refusal && refusal.status]).toEqual([query, status])
      expect('message' in refusal && refusal.message).toMatch(message)
    }
    expect(readSyncRequest({}, partnerScope({ ...partner, contentTypes: [] }))).toMatchObject({
      status: 403,
    })
  })
})

describe('the language of the partner API’s answers', () => {
  it('should be English unless Accept-Language prefers az or ru', () => {
    const cases: [string | null, string][] = [
      [null, 'en'],
      ['', 'en'],
      ['*', 'en'],
      ['fr-FR, de;q=0.8', 'en'],
      ['az', 'az'],
      ['ru-RU,ru;q=0.9,en;q=0.8', 'ru'],
      ['en;q=0.5, az;q=0.9', 'az'],
      ['fr, ru;q=0.3, en;q=0.2', 'ru'],
      ['az;q=0, ru;q=0.1', 'ru'],
      ['AZ-Latn-AZ', 'az'],
    ]
    expect(cases.map(([header]) => [header, partnerLanguage(header)])).toEqual(cases)
  })

  it('should have every message in every language', () => {
    const keys = Object.keys(partnerMessagesIn.en).sort()
    for (const words of Object.values(partnerMessagesIn))
      expect(Object.keys(words).sort()).toEqual(keys)
  })
})
