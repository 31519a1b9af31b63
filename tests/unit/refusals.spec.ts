import { describe, expect, it } from 'vitest'

import { adminLanguages } from '@/i18n/adminLanguage'
import { consentClauses, type ConsentRecord } from '@/ledger/publicNow'
import { consentRefusals } from '@/workflow/consent'
import { refusal, refusalCodes, say, sayAll, type WorkflowRefusal } from '@/workflow/refusals'
import { checkPublishTime } from '@/workflow/schedule/due'
import { approveLocales } from '@/workflow/translations'
import { workflowWarnings } from '@/workflow/warnings'

const now = new Date('2026-06-01T00:00:00Z')

/** One refusal of every code, with facts where it has them. */
const samples: WorkflowRefusal[] = [
  refusal('only-for', { action: 'withdraw-consent', collections: ['stories'] }),
  refusal('wrong-stage', { action: 'publish', stage: 'draft', from: ['approved'] }),
  refusal('nothing-live', { action: 'unpublish' }),
  refusal('unpublish-first', { action: 'archive' }),
  refusal('comment-required', { action: 'request-changes' }),
  refusal('content-changed'),
  refusal('role-required', { action: 'approve', roles: ['reviewer'], actorRoles: ['editor'] }),
  refusal('role-required', { action: 'approve', roles: ['reviewer'], actorRoles: [] }),
  refusal('own-work'),
  refusal('scheduled', { at: '2026-12-24T06:30:00.000Z' }),
  refusal('unpublish-time-passed', { at: '2026-05-01T08:00:00.000Z' }),
  refusal('consent', { problems: [refusal('consent-excludes-media', { media: 'image' })] }),
  refusal('original-not-ready', { locale: 'az', status: 'in-progress' }),
  refusal('identifiable-person'),
  refusal('no-organisation'),
  refusal('already-signed'),
  refusal('organisation-signed', { organisation: 'campaign' }),
  refusal('override-reason-required', { missing: ['department'] }),
  refusal('consent-not-recorded'),
  refusal('consent-given-in-future'),
  refusal('consent-expired', { on: '2026-05-31T00:00:00Z' }),
  refusal('consent-without-end'),
  refusal('consent-excludes-text'),
  refusal('guardian-given-in-future'),
  refusal('guardian-needed'),
  refusal('consent-withdrawn', { on: '2026-05-01T00:00:00Z' }),
  refusal('consent-without-channel'),
  refusal('consent-without-language'),
  refusal('consent-excludes-media', { media: 'video' }),
  refusal('language-not-consented', { locale: 'en' }),
  refusal('channels-not-consented', { channels: ['screens', 'print'] }),
  refusal('published-not-public', { locale: 'en' }),
]

describe('the refusal table', () => {
  it('should have a sample here for every code', () => {
    expect(new Set(samples.map((sample) => sample.code))).toEqual(new Set(refusalCodes))
  })

  it('should say every refusal in every admin language, each in its own words', () => {
    for (const sample of samples) {
      const words = sayAll(sample)
      for (const language of adminLanguages) {
        expect(words[language], `${sample.code} in ${language}`).toMatch(/\S{3}/)
        expect(words[language], `${sample.code} in ${language}`).not.toMatch(/undefined|\[object/)
      }
      expect(words.az, sample.code).not.toBe(words.en)
      expect(words.ru, sample.code).not.toBe(words.en)
      expect(words.ru, `${sample.code} is Russian`).toMatch(/[а-яё]/i)
    }
  })

  it('should keep the English the API has always answered with', () => {
    expect(say(samples[1], 'en')).toBe('Cannot publish an item that is draft; it must be approved.')
    expect(say(samples[6], 'en')).toBe('Only a reviewer may approve; you are editor.')
    expect(say(samples[7], 'en')).toBe('Only a reviewer may approve; you are without a role.')
    expect(say(samples[11], 'en')).toBe(
      'Consent does not allow this: The story uses an image, which the consent record does not allow.',
    )
    expect(say(samples[6], 'az')).toBe('«Təsdiqlə» yalnız rəyçi edə bilər; siz redaktorsunuz.')
  })

  it('should say the schedule refusals exactly as the publishing window does', () => {
    const allowed = { isAllowed: true, to: 'published', isOverride: false } as const
    const early = checkPublishTime({
      action: 'publish',
      decision: allowed,
      publishAt: '2026-12-24T06:30:00.000Z',
      now,
    })
    const late = checkPublishTime({
      action: 'publish',
      decision: allowed,
      unpublishAt: '2026-05-01T08:00:00.000Z',
      now,
    })
    expect([early, late].map((decision) => !decision.isAllowed && decision.reason)).toEqual([
      say(samples[9], 'en'),
      say(samples[10], 'en'),
    ])
  })

  it('should say an incomplete original exactly as the approval check does', () => {
    const refused = approveLocales({}, { localized: ['title'], required: ['title'] }, {})
    expect(refused).toEqual({
      refusal: say(refusal('original-not-ready', { locale: 'az', status: 'missing' }), 'en'),
    })
  })

  it('should say each consent clause exactly as the "public now" rule does', () => {
    const records: ConsentRecord[] = [
      { givenAt: '2027-01-01T00:00:00Z', formReference: 'F', expiresAt: null, isMinor: true },
      {
        givenAt: '2026-01-01T00:00:00Z',
        formReference: 'F',
        expiresAt: '2026-05-31T00:00:00Z',
        isMinor: true,
        guardianGivenAt: '2027-01-01T00:00:00Z',
        guardianFormReference: 'G',
      },
    ]
    for (const consent of records) {
      const expected = consentClauses
        .filter((clause) => !clause.isMet({ consent }, { now }))
        .map((clause) => clause.reason({ consent }, { now }))
      const ours = consentRefusals(consent, { now }).map((problem) => say(problem, 'en'))
      // Ours add what only the workflow asks (no channel, no language) after the clauses.
      expect(ours.slice(0, expected.length)).toEqual(expected)
      expect(expected.length).toBeGreaterThanOrEqual(3)
    }
  })
})

describe('warnings before approval and publication', () => {
  const consent: ConsentRecord = {
    givenAt: '2026-01-01T00:00:00Z',
    formReference: 'F',
    expiresAt: '2030-01-01T00:00:00Z',
    languages: ['az'],
    channels: ['website', 'partners'],
    mediaTypes: ['text'],
  }

  it('should warn of languages and channels the consent leaves out, and of languages published but not public', () => {
    expect(
      workflowWarnings({
        hasConsent: true,
        consent,
        goingOut: ['az', 'en'],
        published: ['az', 'en'],
        publicNow: ['az'],
      }),
    ).toEqual([
      refusal('language-not-consented', { locale: 'en' }),
      refusal('channels-not-consented', { channels: ['screens', 'print'] }),
      refusal('published-not-public', { locale: 'en' }),
    ])
  })

  it('should say nothing of consent for types without it, nor when everything is allowed', () => {
    expect(
      workflowWarnings({ hasConsent: false, goingOut: ['en'], published: [], publicNow: [] }),
    ).toEqual([])
    expect(
      workflowWarnings({
        hasConsent: true,
        consent: {
          ...consent,
          languages: ['az', 'en', 'ru'],
          channels: ['website', 'partners', 'screens', 'print'],
        },
        goingOut: ['az', 'en', 'ru'],
        published: ['az'],
        publicNow: ['az'],
      }),
    ).toEqual([])
  })
})
