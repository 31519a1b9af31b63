import type { Locale } from '@/i18n/locales'

/**
 * A victim's consent as data, and the pure checks the workflow and every read path apply to it.
 * The record never names the person: the signed forms stay with the department.
 */
export const consentChannels = ['website', 'partners', 'screens', 'print'] as const
export type ConsentChannel = (typeof consentChannels)[number]
export const consentMediaTypes = ['text', 'image', 'video'] as const
export type ConsentMediaType = (typeof consentMediaTypes)[number]

export type ConsentRecord = {
  givenAt?: string | null
  expiresAt?: string | null
  channels?: ConsentChannel[] | null
  languages?: Locale[] | null
  mediaTypes?: ConsentMediaType[] | null
  formReference?: string | null
  isMinor?: boolean | null
  guardianGivenAt?: string | null
  guardianFormReference?: string | null
}

const day = (value: string | Date) => new Date(value).toISOString().slice(0, 10)

/**
 * Why this consent does not allow the story to go out now, or an empty list. `withdrawnAt` is the
 * last recorded withdrawal: only consent given after it counts.
 */
export const consentProblems = (
  consent: ConsentRecord | null | undefined,
  {
    now,
    withdrawnAt,
    withdrawnFormReference,
    uses = [],
  }: {
    now: Date
    withdrawnAt?: string | null
    /** The signed form that was withdrawn: new consent comes with a new form. */
    withdrawnFormReference?: string | null
    uses?: ConsentMediaType[]
  },
): string[] => {
  if (!consent?.givenAt || !consent.formReference?.trim())
    return [
      'There is no consent record: the date it was given and the signed form’s reference are needed.',
    ]
  const problems: string[] = []
  if (new Date(consent.givenAt) > now)
    problems.push('Consent cannot be recorded as given in the future.')
  if (
    withdrawnAt &&
    (new Date(consent.givenAt) <= new Date(withdrawnAt) ||
      consent.formReference.trim() === withdrawnFormReference?.trim())
  )
    problems.push(
      `Consent was withdrawn on ${day(withdrawnAt)}: record the new consent (given after that, on a new signed form) first.`,
    )
  if (!consent.expiresAt) problems.push('The consent record must say until when it holds.')
  else if (new Date(consent.expiresAt) <= now)
    problems.push(`Consent expired on ${day(consent.expiresAt)}.`)
  if (!consent.channels?.length) problems.push('The consent record allows no channel.')
  if (!consent.languages?.length) problems.push('The consent record allows no language.')
  for (const type of ['text', ...uses] as ConsentMediaType[])
    if (!consent.mediaTypes?.includes(type))
      problems.push(
        type === 'text'
          ? 'The consent record does not allow the story’s text to be published.'
          : `The story uses ${type === 'image' ? 'an image' : 'a video'}, which the consent record does not allow.`,
      )
  if (consent.isMinor && (!consent.guardianGivenAt || !consent.guardianFormReference?.trim()))
    problems.push(
      'The person was a minor: a guardian’s consent (date and form reference) is needed too.',
    )
  return problems
}

/** The stricter of two records: a narrowed consent applies to what is live at once. */
export const narrowestConsent = (live: ConsentRecord, next: ConsentRecord): ConsentRecord => {
  const both = <T>(a?: T[] | null, b?: T[] | null) => (a ?? []).filter((v) => (b ?? []).includes(v))
  const earliest = (a?: string | null, b?: string | null) =>
    !a ? b : !b ? a : new Date(a) < new Date(b) ? a : b
  return {
    ...live,
    expiresAt: earliest(live.expiresAt, next.expiresAt),
    channels: both(live.channels, next.channels),
    languages: both(live.languages, next.languages),
    mediaTypes: both(live.mediaTypes, next.mediaTypes),
    // Learning that the person was a minor narrows too: without a guardian's consent it is off.
    isMinor: Boolean(live.isMinor || next.isMinor),
  }
}
