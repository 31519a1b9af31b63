import type { Field, FieldHook, TextField, TextareaField } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { searchKeys } from '@/i18n/searchKey'
import { sortKey } from '@/i18n/sortKey'

type TextKeys = { sortable: boolean }
type SearchableField = TextField | TextareaField

/**
 * Marks a text field people search (a title, a name, alt text) and, if `sortable`, sort by:
 * withLanguageAwareText adds its derived keys beside it and reads them in place of the field.
 */
export const searchable = <F extends SearchableField>(
  field: F,
  { sortable = false }: Partial<TextKeys> = {},
): F => ({ ...field, custom: { ...field.custom, textKeys: { sortable } satisfies TextKeys } })

/** The hidden fields holding a field's keys, by what they are for. */
export const textKeyNames = (name: string) => ({
  caseless: `${name}Search`,
  plain: `${name}SearchPlain`,
  sort: `${name}SortKey`,
})

export type KeyedField = { name: string; localized: boolean; sortable: boolean }

/** The searchable fields among a collection's top-level fields. */
export const keyedFields = (fields: Field[]): KeyedField[] =>
  fields.flatMap((field) => {
    if (field.type !== 'text' && field.type !== 'textarea') return []
    const keys = field.custom?.textKeys as TextKeys | undefined
    return keys
      ? [{ name: field.name, localized: Boolean(field.localized), sortable: keys.sortable }]
      : []
  })

type KeyKind = keyof ReturnType<typeof textKeyNames>

const keyOf = (kind: KeyKind, text: string, locale: Locale): string =>
  kind === 'sort' ? sortKey(text, locale) : searchKeys(text, locale)[kind]

/**
 * Text that is not translated (a partner's or a user's name) is keyed by Azerbaijani rules;
 * a translation by its own language's.
 */
const keyLocale = (locale: unknown, localized: boolean): Locale =>
  localized && isLocale(locale) ? locale : defaultLocale

const keyOfValue = (kind: KeyKind, value: unknown, locale: Locale) =>
  typeof value === 'string' && value !== '' ? keyOf(kind, value, locale) : null

/** Computes one key from the field's value being saved, or the stored one when not sent. */
const computeKey =
  (source: KeyedField, kind: KeyKind): FieldHook =>
  ({ siblingData, previousSiblingDoc, siblingDocWithLocales, req }) => {
    const sent = siblingData[source.name]
    const locale = keyLocale(req.locale, source.localized)
    // locale=all sends every translation at once, as { az, en, ru }.
    if (sent !== null && typeof sent === 'object') {
      return Object.fromEntries(
        Object.entries(sent).map(([code, text]) => [
          code,
          keyOfValue(kind, text, keyLocale(code, true)),
        ]),
      )
    }
    const stored = source.localized
      ? (siblingDocWithLocales?.[source.name] as Record<string, unknown> | undefined)?.[locale]
      : previousSiblingDoc?.[source.name]
    return keyOfValue(kind, sent === undefined ? stored : sent, locale)
  }

/**
 * Keys are the server's business: never in an answer, like a hidden field. Not `hidden` itself,
 * because Payload refuses a reader's query on a hidden field, and readers' searches are
 * answered from the keys.
 */
const leaveOutOfAnswers: FieldHook = ({ field, siblingData, showHiddenFields }) => {
  if (!showHiddenFields && 'name' in field && field.name) delete siblingData[field.name]
  return undefined
}

/** The indexed fields, out of sight, that hold a searchable field's keys. */
export const textKeyFields = (source: KeyedField): Field[] => {
  const names = textKeyNames(source.name)
  const kinds: KeyKind[] = source.sortable ? ['caseless', 'plain', 'sort'] : ['caseless', 'plain']
  return kinds.map((kind) => ({
    name: names[kind],
    type: 'text',
    localized: source.localized,
    index: true,
    admin: {
      hidden: true,
      disableBulkEdit: true,
      disableListColumn: true,
      disableListFilter: true,
    },
    hooks: { beforeChange: [computeKey(source, kind)], afterRead: [leaveOutOfAnswers] },
  }))
}
