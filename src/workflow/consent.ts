import {
  consentClauses,
  consentRecorded,
  type ConsentMediaType,
  type ConsentRecord,
} from '@/ledger/publicNow'

import { refusal, say, type ConsentRefusal } from './refusals'

// The record's terms belong to the "public now" rule; the workflow and the fields read them here.
export {
  consentChannels,
  consentMediaTypes,
  type ConsentChannel,
  type ConsentMediaType,
  type ConsentRecord,
} from '@/ledger/publicNow'

const at = (value?: string | null) => (value ? new Date(value).getTime() : Number.NaN)

/**
 * Each of the "public now" rule's consent clauses (src/ledger/publicNow.ts, in its order) as a
 * refusal of ours, in the same words (tests/unit/refusals.spec.ts holds them together).
 */
const clauseRefusals: ((consent: ConsentRecord, now: Date) => ConsentRefusal)[] = [
  () => refusal('consent-not-recorded'),
  () => refusal('consent-given-in-future'),
  (consent) =>
    consent.expiresAt != null
      ? refusal('consent-expired', { on: consent.expiresAt })
      : refusal('consent-without-end'),
  () => refusal('consent-excludes-text'),
  (consent, now) =>
    at(consent.guardianGivenAt) > now.getTime()
      ? refusal('guardian-given-in-future')
      : refusal('guardian-needed'),
]

/**
 * Why this consent does not allow the story to go out now, or an empty list: the "public now"
 * rule's consent clauses (src/ledger/publicNow.ts), and what only the workflow asks. `withdrawnAt`
 * is the last recorded withdrawal: only consent given after it counts.
 */
export const consentRefusals = (
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
    /** The media beside the text the story carries (its text needs the record's "text"). */
    uses?: Exclude<ConsentMediaType, 'text'>[]
  },
): ConsentRefusal[] => {
  // The record itself: which channels and languages it allows, each reading checks for its own.
  const item = { consent }
  const reading = { now }
  // Without a record, nothing else about it is worth saying.
  if (!consent || !consentRecorded.isMet(item, reading)) return [refusal('consent-not-recorded')]
  const problems = consentClauses.flatMap((clause, index) =>
    clause.isMet(item, reading) ? [] : [clauseRefusals[index](consent, now)],
  )
  if (
    withdrawnAt &&
    (new Date(consent.givenAt!) <= new Date(withdrawnAt) ||
      consent.formReference?.trim() === withdrawnFormReference?.trim())
  )
    problems.push(refusal('consent-withdrawn', { on: withdrawnAt }))
  if (!consent.channels?.length) problems.push(refusal('consent-without-channel'))
  if (!consent.languages?.length) problems.push(refusal('consent-without-language'))
  for (const media of uses)
    if (!consent.mediaTypes?.includes(media))
      problems.push(refusal('consent-excludes-media', { media }))
  return problems
}

/** The same problems in English, as the API and the ledger's tests read them. */
export const consentProblems = (...args: Parameters<typeof consentRefusals>): string[] =>
  consentRefusals(...args).map((problem) => say(problem, 'en'))

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
