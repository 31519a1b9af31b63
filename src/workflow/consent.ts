import {
  consentClauses,
  consentRecorded,
  type ConsentMediaType,
  type ConsentRecord,
} from '@/ledger/publicNow'

// The record's terms belong to the "public now" rule; the workflow and the fields read them here.
export {
  consentChannels,
  consentMediaTypes,
  type ConsentChannel,
  type ConsentMediaType,
  type ConsentRecord,
} from '@/ledger/publicNow'

const day = (value: string | Date) => new Date(value).toISOString().slice(0, 10)

/**
 * Why this consent does not allow the story to go out now, or an empty list: the "public now"
 * rule's consent clauses (src/ledger/publicNow.ts), and what only the workflow asks. `withdrawnAt`
 * is the last recorded withdrawal: only consent given after it counts.
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
  // The record itself: which channels and languages it allows, each reading checks for its own.
  const item = { consent }
  const reading = { now }
  // Without a record, nothing else about it is worth saying.
  if (!consent || !consentRecorded.isMet(item, reading))
    return [consentRecorded.reason(item, reading)]
  const problems = consentClauses
    .filter((clause) => !clause.isMet(item, reading))
    .map((clause) => clause.reason(item, reading))
  if (
    withdrawnAt &&
    (new Date(consent.givenAt!) <= new Date(withdrawnAt) ||
      consent.formReference?.trim() === withdrawnFormReference?.trim())
  )
    problems.push(
      `Consent was withdrawn on ${day(withdrawnAt)}: record the new consent (given after that, on a new signed form) first.`,
    )
  if (!consent.channels?.length) problems.push('The consent record allows no channel.')
  if (!consent.languages?.length) problems.push('The consent record allows no language.')
  for (const type of uses)
    if (!consent.mediaTypes?.includes(type))
      problems.push(
        `The story uses ${type === 'image' ? 'an image' : 'a video'}, which the consent record does not allow.`,
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
