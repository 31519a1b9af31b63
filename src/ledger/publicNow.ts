import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'

/**
 * "Public now": whether an item may be read in one language on one channel at one moment, and
 * why not. Each part is a clause carrying its in-memory test, the same test as a database query
 * and the reason a person reads, so what a channel shows from memory and what the database
 * returns cannot drift apart. Where two readings of a record were possible, the stricter one is
 * the rule: a victim's story stays off rather than going out on doubtful consent.
 */

export const consentChannels = ['website', 'partners', 'screens', 'print'] as const
export type ConsentChannel = (typeof consentChannels)[number]
export const consentMediaTypes = ['text', 'image', 'video'] as const
export type ConsentMediaType = (typeof consentMediaTypes)[number]

/** What the person agreed to. It never names the person: the signed forms stay with the department. */
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

/** The parts of an item the rule reads (a story also has its consent record). */
export type PublicItem = {
  _status?: string | null
  workflow?: { publishedLocales?: readonly string[] | null; withdrawnAt?: string | null } | null
  publishAt?: string | null
  unpublishAt?: string | null
  consent?: ConsentRecord | null
}

/** Who reads, where and when. */
export type Reading = { language: Locale; channel: ConsentChannel; now: Date }

/** One part of the rule; `R` is what of the reading it needs. */
export type Clause<R = Reading> = {
  isMet: (item: PublicItem, reading: R) => boolean
  /** The same test as a query, for Payload's Local API on either database. */
  where: (reading: R) => Where
  /** Why it is not met, in words an editor understands. */
  reason: (item: PublicItem, reading: R) => string
}
/** The consent record's own clauses need only the time: they hold on every channel alike. */
type RecordClause = Clause<Pick<Reading, 'now'>>

type When = string | null | undefined

const at = (value: When) => (value ? new Date(value).getTime() : Number.NaN)
const iso = (now: Date) => now.toISOString()
// A reason must never throw: a date that cannot be read is shown as it is.
const shown = (value: When, length: number) =>
  Number.isNaN(at(value))
    ? String(value)
    : new Date(value!).toISOString().slice(0, length).replace('T', ' ')
const day = (value: When) => shown(value, 10)
const minute = (value: When) => `${shown(value, 16)} UTC`
const isSet = (value: unknown) => value !== null && value !== undefined
// A cleared field is null in one database and missing in the other: both mean "not set".
const isUnset = (path: string): Where => ({
  or: [{ [path]: { exists: false } }, { [path]: { equals: null } }],
})

/**
 * The characters a form reference may start with, as ranges of the first character: not a
 * space, a control character or one of Unicode's other spaces. Ranges, because both databases
 * (and JavaScript) can compare strings but not trim them: a reference of spaces is no reference,
 * and one typed with a leading space is trimmed on save (src/fields/consentRecord.ts).
 * JavaScript orders strings by UTF-16 unit and the databases by code point: they differ only
 * above U+D800, where the ranges on both sides count alike.
 */
const referenceStarts: [from: string, to?: string][] = [
  ['!', '\u00a0'],
  ['\u00a1', '\u1680'],
  ['\u1681', '\u2000'],
  ['\u200b', '\u2028'],
  ['\u202a', '\u202f'],
  ['\u2030', '\u205f'],
  ['\u2060', '\u3000'],
  ['\u3001', '\ufeff'],
  ['\uff00'],
]
const isFormReference = (value: unknown) =>
  typeof value === 'string' &&
  referenceStarts.some(([from, to]) => value >= from && (to === undefined || value < to))
const formReferenceWhere = (path: string): Where => ({
  or: referenceStarts.map(([from, to]) => ({
    and: [
      { [path]: { greater_than_equal: from } },
      ...(to === undefined ? [] : [{ [path]: { less_than: to } }]),
    ],
  })),
})

/** Every item: published, in this language, inside its publishing window, not withdrawn. */
export const itemClauses: Clause[] = [
  {
    isMet: (item) => item._status === 'published',
    where: () => ({ _status: { equals: 'published' } }),
    reason: () => 'It is not published.',
  },
  {
    isMet: (item, { language }) => Boolean(item.workflow?.publishedLocales?.includes(language)),
    where: ({ language }) => ({ 'workflow.publishedLocales': { in: [language] } }),
    reason: (_item, { language }) => `It is not published in ${language}.`,
  },
  // The schedule holds even if the job runner has not acted on it (yet).
  {
    isMet: (item, { now }) => !isSet(item.publishAt) || at(item.publishAt) <= now.getTime(),
    where: ({ now }) => ({
      or: [isUnset('publishAt'), { publishAt: { less_than_equal: iso(now) } }],
    }),
    reason: (item) => `It is scheduled to go out at ${minute(item.publishAt)}.`,
  },
  {
    isMet: (item, { now }) => !isSet(item.unpublishAt) || at(item.unpublishAt) > now.getTime(),
    where: ({ now }) => ({
      or: [isUnset('unpublishAt'), { unpublishAt: { greater_than: iso(now) } }],
    }),
    reason: (item) => `It was scheduled to come down at ${minute(item.unpublishAt)}.`,
  },
  {
    isMet: (item) => !isSet(item.workflow?.withdrawnAt),
    where: () => isUnset('workflow.withdrawnAt'),
    reason: (item) => `Consent was withdrawn on ${day(item.workflow?.withdrawnAt)}.`,
  },
]

/** There is a record at all: when it was given, on which signed form. */
export const consentRecorded: RecordClause = {
  isMet: ({ consent }) => isSet(consent?.givenAt) && isFormReference(consent?.formReference),
  where: () => ({
    and: [{ 'consent.givenAt': { exists: true } }, formReferenceWhere('consent.formReference')],
  }),
  reason: () =>
    'There is no consent record: the date it was given and the signed form’s reference are needed.',
}

/** A story's consent record itself, whatever the channel and language. */
export const consentClauses: RecordClause[] = [
  consentRecorded,
  {
    isMet: ({ consent }, { now }) =>
      !isSet(consent?.givenAt) || at(consent?.givenAt) <= now.getTime(),
    where: ({ now }) => ({
      or: [isUnset('consent.givenAt'), { 'consent.givenAt': { less_than_equal: iso(now) } }],
    }),
    reason: () => 'Consent cannot be recorded as given in the future.',
  },
  {
    isMet: ({ consent }, { now }) => at(consent?.expiresAt) > now.getTime(),
    where: ({ now }) => ({ 'consent.expiresAt': { greater_than: iso(now) } }),
    reason: ({ consent }) =>
      isSet(consent?.expiresAt)
        ? `Consent expired on ${day(consent?.expiresAt)}.`
        : 'The consent record must say until when it holds.',
  },
  {
    isMet: ({ consent }) => Boolean(consent?.mediaTypes?.includes('text')),
    where: () => ({ 'consent.mediaTypes': { in: ['text'] } }),
    reason: () => 'The consent record does not allow the story’s text to be published.',
  },
  // Someone who was a minor needs a guardian's consent too, given by now on a signed form.
  {
    isMet: ({ consent }, { now }) =>
      consent?.isMinor !== true ||
      (at(consent.guardianGivenAt) <= now.getTime() &&
        isFormReference(consent.guardianFormReference)),
    where: ({ now }): Where => ({
      or: [
        // Matches an unset flag too, in both databases (tests/int/publicNow.int.spec.ts).
        { 'consent.isMinor': { not_equals: true } },
        {
          and: [
            { 'consent.guardianGivenAt': { less_than_equal: iso(now) } },
            formReferenceWhere('consent.guardianFormReference'),
          ],
        },
      ],
    }),
    reason: ({ consent }, { now }) =>
      at(consent?.guardianGivenAt) > now.getTime()
        ? 'The guardian’s consent cannot be recorded as given in the future.'
        : 'The person was a minor: a guardian’s consent (date and form reference) is needed too.',
  },
]

/** What the consent record allows for this reading: its channel and its language. */
export const consentUseClauses: Clause[] = [
  {
    isMet: ({ consent }, { channel }) => Boolean(consent?.channels?.includes(channel)),
    where: ({ channel }) => ({ 'consent.channels': { in: [channel] } }),
    reason: (_item, { channel }) => `The consent record does not allow the ${channel} channel.`,
  },
  {
    isMet: ({ consent }, { language }) => Boolean(consent?.languages?.includes(language)),
    where: ({ language }) => ({ 'consent.languages': { in: [language] } }),
    reason: (_item, { language }) => `The consent record does not allow ${language}.`,
  },
]

/** The clauses for a type: a victim's story (`hasConsent`) answers to its consent record too. */
const clausesFor = (hasConsent: boolean) =>
  hasConsent ? [...itemClauses, ...consentClauses, ...consentUseClauses] : itemClauses

/** Whether the item is public now in this reading, with a reason for each part that fails. */
export const publicNow = ({
  item,
  hasConsent,
  ...reading
}: Reading & { item: PublicItem; hasConsent: boolean }) => {
  const reasons = clausesFor(hasConsent)
    .filter((clause) => !clause.isMet(item, reading))
    .map((clause) => clause.reason(item, reading))
  return { isPublic: !reasons.length, reasons }
}

/** The same rule as a query: exactly the items `publicNow` calls public. */
export const publicNowWhere = ({ hasConsent, ...reading }: Reading & { hasConsent: boolean }) =>
  ({ and: clausesFor(hasConsent).map((clause) => clause.where(reading)) }) satisfies Where

/**
 * The first moment after `now` at which time alone changes the answer (the publishing window and
 * the consent's dates), or null: until then a decision read from memory holds.
 */
export const nextPublicChange = (item: PublicItem, now: Date): Date | null => {
  const { consent } = item
  const ahead = [
    item.publishAt,
    item.unpublishAt,
    consent?.givenAt,
    consent?.expiresAt,
    consent?.guardianGivenAt,
  ]
    .map(at)
    .filter((time) => time > now.getTime())
  return ahead.length ? new Date(Math.min(...ahead)) : null
}
