import { createHash } from 'crypto'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'

import { notContent, stableJson } from './content'

/**
 * Per-language status of an item, as pure functions of its content in every language
 * (`locale: 'all'`) and the fingerprints the workflow recorded. A language is:
 *  - missing: none of its required text is written;
 *  - in-progress: being written, or changed since it was marked ready;
 *  - ready: complete and marked ready by a translator; the original (az) is ready once the
 *    editor has submitted it, i.e. while the item is in review;
 *  - approved: exactly this text, with exactly these shared fields, was approved.
 */
export const translationStatuses = ['missing', 'in-progress', 'ready', 'approved'] as const
export type TranslationStatus = (typeof translationStatuses)[number]

/**
 * What the workflow remembers per language; `sourceHash`: the original's text (`textHash` of az)
 * when the language was last marked ready or approved, so a changed original shows.
 */
export type LocaleMarks = {
  readyHash?: string | null
  approvedHash?: string | null
  sourceHash?: string | null
}
export type LocaleMarksByLocale = Partial<Record<Locale, LocaleMarks>>

/** The shape of a collection the functions need: which top-level fields are per language. */
export type LocalizedShape = { localized: readonly string[]; required: readonly string[] }

type Doc = Record<string, unknown>

const sha256 = (value: unknown) => createHash('sha256').update(stableJson(value)).digest('hex')
const isFilled = (value: unknown) =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && !value.length)

const textOf = (doc: Doc, shape: LocalizedShape, locale: Locale) =>
  Object.fromEntries(
    shape.localized.map((key) => [key, (doc[key] as Doc | undefined)?.[locale] ?? null]),
  )

const sharedOf = (doc: Doc, shape: LocalizedShape) =>
  Object.fromEntries(
    Object.entries(doc).filter(([key]) => !notContent.has(key) && !shape.localized.includes(key)),
  )

/** Fingerprint of one language's own text: what a translator marks ready. */
export const textHash = (doc: Doc, shape: LocalizedShape, locale: Locale) =>
  sha256(textOf(doc, shape, locale))

/** Fingerprint of the fields every language shares (images, dates, relationships, consent…). */
export const sharedHash = (doc: Doc, shape: LocalizedShape) => sha256(sharedOf(doc, shape))

/** What an approval of one language binds: its text and the shared fields together. */
export const localeHash = (doc: Doc, shape: LocalizedShape, locale: Locale) =>
  sha256({ text: textOf(doc, shape, locale), shared: sharedOf(doc, shape) })

/** Required text of this language that is still empty. */
export const missingRequired = (doc: Doc, shape: LocalizedShape, locale: Locale) =>
  shape.required.filter((key) => !isFilled((doc[key] as Doc | undefined)?.[locale]))

export const translationStatus = (
  doc: Doc,
  shape: LocalizedShape,
  locale: Locale,
  marks: LocaleMarks = {},
  isSubmitted = false,
): TranslationStatus => {
  if (marks.approvedHash && marks.approvedHash === localeHash(doc, shape, locale)) return 'approved'
  const text = textOf(doc, shape, locale)
  if (!shape.required.some((key) => isFilled(text[key]))) return 'missing'
  if (missingRequired(doc, shape, locale).length) return 'in-progress'
  if (locale === defaultLocale) return isSubmitted ? 'ready' : 'in-progress'
  return marks.readyHash === textHash(doc, shape, locale) ? 'ready' : 'in-progress'
}

/** Every language's status; `isSubmitted`: the item is in review, so its original is ready. */
export const translationStatusesOf = (
  doc: Doc,
  shape: LocalizedShape,
  marks: LocaleMarksByLocale,
  isSubmitted = false,
) =>
  Object.fromEntries(
    locales.map((locale) => [
      locale,
      translationStatus(doc, shape, locale, marks[locale], isSubmitted),
    ]),
  ) as Record<Locale, TranslationStatus>

/**
 * A translation marked ready or approved against an original that has changed since: it needs
 * updating, though its own status still reads ready or approved. Unknown for marks made before
 * the original was fingerprinted.
 */
export const needsUpdate = (
  doc: Doc,
  shape: LocalizedShape,
  locale: Locale,
  marks: LocaleMarks = {},
) =>
  locale !== defaultLocale &&
  Boolean(marks.sourceHash) &&
  marks.sourceHash !== textHash(doc, shape, defaultLocale)

/**
 * Approval (of an item in review) covers every language that is ready or still approved; the
 * others keep what they had. Refused unless the original every reader falls back to is complete.
 */
export const approveLocales = (
  doc: Doc,
  shape: LocalizedShape,
  marks: LocaleMarksByLocale,
): { refusal: string } | { approved: Locale[]; marks: LocaleMarksByLocale } => {
  const statuses = translationStatusesOf(doc, shape, marks, true)
  if (statuses[defaultLocale] !== 'ready' && statuses[defaultLocale] !== 'approved')
    return {
      refusal: `The ${defaultLocale} original is ${statuses[defaultLocale]}: it must be complete and submitted before approval.`,
    }
  const approved = locales.filter((l) => statuses[l] === 'ready' || statuses[l] === 'approved')
  const next: LocaleMarksByLocale = { ...marks }
  const sourceHash = textHash(doc, shape, defaultLocale)
  for (const locale of approved)
    next[locale] = {
      ...marks[locale],
      approvedHash: localeHash(doc, shape, locale),
      ...(locale === defaultLocale ? {} : { sourceHash }),
    }
  return { approved, marks: next }
}

/**
 * Which languages go live on publish, and which stay as they were. Approved languages are
 * published from the draft; a language that was live but is no longer approved keeps its live
 * text, unless the shared fields changed: its live text was approved with the old ones, so it is
 * taken off rather than shown beside fields nobody approved for it.
 */
export const planPublication = ({
  doc,
  shape,
  marks,
  liveLocales,
  liveSharedHash,
}: {
  doc: Doc
  shape: LocalizedShape
  marks: LocaleMarksByLocale
  liveLocales: readonly Locale[]
  liveSharedHash?: string | null
}) => {
  const statuses = translationStatusesOf(doc, shape, marks)
  const publish = locales.filter((locale) => statuses[locale] === 'approved')
  const isSharedUnchanged = liveSharedHash === sharedHash(doc, shape)
  const keep = liveLocales.filter((l) => !publish.includes(l) && isSharedUnchanged)
  const takenOff = liveLocales.filter((l) => !publish.includes(l) && !keep.includes(l))
  return {
    publish,
    keep,
    takenOff,
    live: locales.filter((l) => publish.includes(l) || keep.includes(l)),
  }
}

/** Which top-level fields of a collection are per language, and which of those are required. */
export const localizedShapeOf = (
  fields: readonly { name?: string; localized?: boolean; required?: boolean }[],
): LocalizedShape => {
  const localized = fields.filter((field) => field.name && field.localized)
  return {
    localized: localized.map((field) => field.name!),
    required: localized.filter((field) => field.required).map((field) => field.name!),
  }
}
