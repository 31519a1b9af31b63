import { describe, expect, it } from 'vitest'

import {
  nextPublicChange,
  publicNow,
  publicNowWhere,
  type PublicItem,
  type Reading,
} from '@/ledger/publicNow'
import { consentProblems } from '@/workflow/consent'

const now = new Date('2026-06-01T00:00:00Z')
const reading: Reading = { language: 'az', channel: 'website', now }
const story: PublicItem = {
  _status: 'published',
  workflow: { publishedLocales: ['az', 'en'] },
  consent: {
    givenAt: '2026-01-01T00:00:00Z',
    expiresAt: '2027-01-01T00:00:00Z',
    channels: ['website', 'print'],
    languages: ['az'],
    mediaTypes: ['text'],
    formReference: 'F-1',
  },
}
const check = (item: PublicItem, over: Partial<Reading> = {}) =>
  publicNow({ item, hasConsent: true, ...reading, ...over })
const withConsent = (consent: PublicItem['consent']) => ({
  ...story,
  consent: { ...story.consent, ...consent },
})
const minor = { isMinor: true, guardianGivenAt: '2026-01-02T00:00:00Z' }

describe('public now', () => {
  it('should let a published story out where its consent allows, with no reasons', () => {
    expect(check(story)).toEqual({ isPublic: true, reasons: [] })
    expect(check(story, { channel: 'print' }).isPublic).toBe(true)
  })

  it('should say why not, one reason for each part that fails', () => {
    expect(check({ ...story, _status: 'draft' }, { language: 'ru', channel: 'screens' })).toEqual({
      isPublic: false,
      reasons: [
        'It is not published.',
        'It is not published in ru.',
        'The consent record does not allow the screens channel.',
        'The consent record does not allow ru.',
      ],
    })
    expect(check({ ...story, publishAt: '2026-06-02T08:30:00Z' }).reasons).toEqual([
      'It is scheduled to go out at 2026-06-02 08:30 UTC.',
    ])
    expect(check({ ...story, unpublishAt: now.toISOString() }).reasons).toEqual([
      'It was scheduled to come down at 2026-06-01 00:00 UTC.',
    ])
    expect(check({ ...story, publishAt: now.toISOString() }).isPublic).toBe(true)
    // A date that cannot be read keeps it off, and the reason still reads.
    expect(check({ ...story, publishAt: 'soon' }).reasons).toEqual([
      'It is scheduled to go out at soon UTC.',
    ])
    expect(
      check({ ...story, workflow: { ...story.workflow, withdrawnAt: '2026-05-01T00:00:00Z' } })
        .reasons,
    ).toEqual(['Consent was withdrawn on 2026-05-01.'])
    expect(check(withConsent({ expiresAt: now.toISOString() })).reasons).toEqual([
      'Consent expired on 2026-06-01.',
    ])
  })

  it('should keep a story without a whole consent record off', () => {
    expect(check({ ...story, consent: null }).isPublic).toBe(false)
    for (const formReference of [null, '', '   ', '\u00a0', '\t\n', ' F-1'])
      expect(check(withConsent({ formReference })).reasons).toEqual([
        'There is no consent record: the date it was given and the signed form’s reference are needed.',
      ])
    expect(check(withConsent({ givenAt: '2026-06-01T00:00:01Z' })).reasons).toEqual([
      'Consent cannot be recorded as given in the future.',
    ])
    expect(check(withConsent({ mediaTypes: ['image'] })).reasons).toEqual([
      'The consent record does not allow the story’s text to be published.',
    ])
  })

  it('should need a guardian’s date, by now, and form reference for a minor', () => {
    const guardian =
      'The person was a minor: a guardian’s consent (date and form reference) is needed too.'
    // The gap the database query used to leave open: a date without a form.
    expect(check(withConsent(minor)).reasons).toEqual([guardian])
    expect(check(withConsent({ ...minor, guardianFormReference: '  ' })).reasons).toEqual([
      guardian,
    ])
    expect(
      check(withConsent({ ...minor, guardianFormReference: 'G-1', guardianGivenAt: null })).reasons,
    ).toEqual([guardian])
    expect(
      check(
        withConsent({
          ...minor,
          guardianFormReference: 'G-1',
          guardianGivenAt: '2026-07-01T00:00:00Z',
        }),
      ).reasons,
    ).toEqual(['The guardian’s consent cannot be recorded as given in the future.'])
    expect(check(withConsent({ ...minor, guardianFormReference: 'G-1' })).isPublic).toBe(true)
  })

  it('should read a poster without consent, by its languages and window alone', () => {
    const poster: PublicItem = { _status: 'published', workflow: { publishedLocales: ['ru'] } }
    expect(
      publicNow({ item: poster, hasConsent: false, ...reading, language: 'ru' }).isPublic,
    ).toBe(true)
    expect(publicNow({ item: poster, hasConsent: false, ...reading }).reasons).toEqual([
      'It is not published in az.',
    ])
  })

  it('should build the query from the same clauses', () => {
    const where = (hasConsent: boolean) => publicNowWhere({ hasConsent, ...reading }).and
    expect(where(false)).toHaveLength(5)
    expect(where(true)).toHaveLength(12)
    expect(where(true)).toContainEqual({ 'consent.channels': { in: ['website'] } })
  })

  it('should tell when time alone next changes the answer', () => {
    expect(nextPublicChange(story, now)).toEqual(new Date('2027-01-01T00:00:00Z'))
    expect(
      nextPublicChange({ ...story, unpublishAt: '2026-06-10T00:00:00Z', publishAt: null }, now),
    ).toEqual(new Date('2026-06-10T00:00:00Z'))
    expect(nextPublicChange({ _status: 'published' }, now)).toBeNull()
  })
})

describe('the workflow’s consent checks, from the same clauses', () => {
  it('should refuse what the rule refuses, and name what only the workflow asks', () => {
    expect(consentProblems(withConsent(minor).consent, { now })).toEqual([
      'The person was a minor: a guardian’s consent (date and form reference) is needed too.',
    ])
    expect(consentProblems(withConsent({ formReference: ' \u00a0' }).consent, { now })).toEqual([
      'There is no consent record: the date it was given and the signed form’s reference are needed.',
    ])
    expect(
      consentProblems(withConsent({ channels: [] }).consent, {
        now,
        withdrawnAt: '2026-02-01T00:00:00Z',
      }),
    ).toEqual([
      'Consent was withdrawn on 2026-02-01: record the new consent (given after that, on a new signed form) first.',
      'The consent record allows no channel.',
    ])
  })
})
