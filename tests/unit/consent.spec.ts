import { describe, expect, it } from 'vitest'

import { consentProblems, narrowestConsent, type ConsentRecord } from '@/workflow/consent'
import { unconfirmedChecks } from '@/workflow/safetyChecklist'

const now = new Date('2026-06-01T00:00:00Z')
const valid: ConsentRecord = {
  givenAt: '2026-01-01T00:00:00Z',
  expiresAt: '2027-01-01T00:00:00Z',
  channels: ['website'],
  languages: ['az'],
  mediaTypes: ['text'],
  formReference: 'F-1',
}

describe('consent checks', () => {
  it('should accept a valid record', () => {
    expect(consentProblems(valid, { now })).toEqual([])
  })

  it('should name every problem', () => {
    expect(consentProblems(undefined, { now })).toEqual([
      'There is no consent record: the date it was given and the signed form’s reference are needed.',
    ])
    expect(consentProblems({ ...valid, expiresAt: '2026-05-31T00:00:00Z' }, { now })).toEqual([
      'Consent expired on 2026-05-31.',
    ])
    expect(consentProblems({ ...valid, expiresAt: null }, { now })).toEqual([
      'The consent record must say until when it holds.',
    ])
    expect(consentProblems({ ...valid, channels: [], languages: [] }, { now })).toEqual([
      'The consent record allows no channel.',
      'The consent record allows no language.',
    ])
    expect(consentProblems(valid, { now, uses: ['image', 'video'] })).toEqual([
      'The story uses an image, which the consent record does not allow.',
      'The story uses a video, which the consent record does not allow.',
    ])
  })

  it('should need a guardian for a minor', () => {
    expect(consentProblems({ ...valid, isMinor: true }, { now })).toEqual([
      'The person was a minor: a guardian’s consent (date and form reference) is needed too.',
    ])
    expect(
      consentProblems(
        { ...valid, isMinor: true, guardianGivenAt: '2026-01-01', guardianFormReference: 'G-1' },
        { now },
      ),
    ).toEqual([])
  })

  it('should count only consent given after a withdrawal', () => {
    const withdrawnAt = '2026-03-01T00:00:00Z'
    expect(consentProblems(valid, { now, withdrawnAt })).toEqual([
      'Consent was withdrawn on 2026-03-01: record the new consent (given after that, on a new signed form) first.',
    ])
    const renewed = { ...valid, givenAt: '2026-04-01T00:00:00Z', formReference: 'F-2' }
    expect(consentProblems(renewed, { now, withdrawnAt, withdrawnFormReference: 'F-1' })).toEqual(
      [],
    )
    // The withdrawn form again is not new consent, whatever its date.
    expect(
      consentProblems(
        { ...renewed, formReference: 'F-1' },
        { now, withdrawnAt, withdrawnFormReference: 'F-1' },
      ),
    ).toHaveLength(1)
    expect(consentProblems({ ...valid, givenAt: '2026-07-01T00:00:00Z' }, { now })).toEqual([
      'Consent cannot be recorded as given in the future.',
    ])
  })

  it('should narrow to the stricter of two records', () => {
    expect(
      narrowestConsent(
        { ...valid, channels: ['website', 'partners'], languages: ['az', 'en'] },
        { ...valid, channels: ['partners', 'print'], expiresAt: '2026-07-01T00:00:00Z' },
      ),
    ).toMatchObject({
      channels: ['partners'],
      languages: ['az'],
      expiresAt: '2026-07-01T00:00:00Z',
    })
  })
})

describe('safety checklist', () => {
  it('should list what is not confirmed as true', () => {
    expect(unconfirmedChecks(undefined)).toHaveLength(6)
    expect(
      unconfirmedChecks({
        noFace: true,
        noVoice: true,
        noExactPlace: true,
        noEmployer: 'yes',
        noRoute: true,
        noOtherIdentifier: true,
      }),
    ).toEqual(['noEmployer'])
  })
})
