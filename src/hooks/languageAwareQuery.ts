import type { Sort, Where } from 'payload'

import { textKeyNames, type KeyedField } from '@/fields/searchableText'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { nfc } from '@/i18n/normalise'
import { searchTerm } from '@/i18n/searchKey'

/** The operators that search inside text; they are answered from the derived keys. */
const searchOperators = new Set(['like', 'not_like', 'contains'])

const normaliseValue = (value: unknown): unknown =>
  typeof value === 'string' ? nfc(value) : Array.isArray(value) ? value.map(normaliseValue) : value

type Condition = Record<string, unknown>

/**
 * One field's condition: a search operator on a searchable field moves to the key the term needs
 * (see searchTerm), in the term's own language; everything else is compared in NFC.
 */
const rewriteCondition = (
  path: string,
  condition: Condition,
  field: KeyedField | undefined,
  locale: Locale,
): Where[] => {
  const kept: Condition = {}
  const searches: Where[] = []
  for (const [operator, value] of Object.entries(condition)) {
    if (field && searchOperators.has(operator) && typeof value === 'string') {
      // The term is lowered by the rules its key was made with: untranslated text's are Azerbaijani.
      const { key, term } = searchTerm(value, field.localized ? locale : defaultLocale)
      searches.push({ [textKeyNames(field.name)[key]]: { [operator]: term } })
    } else kept[operator] = normaliseValue(value)
  }
  return [...(Object.keys(kept).length > 0 ? [{ [path]: kept } as Where] : []), ...searches]
}

/**
 * A reader's query made language-aware: `like`, `not_like` and `contains` on a searchable field
 * are case-insensitive by the language's rules and find plainly typed letters (README "Search
 * and sorting"); every string compared is NFC, as stored text is.
 */
export const languageAwareWhere = (where: Where, fields: KeyedField[], locale: Locale): Where => {
  const byName = new Map(fields.map((field) => [field.name, field]))
  const conditions: Where[] = Object.entries(where).flatMap(([path, value]): Where[] => {
    // GraphQL sends AND / OR as written; Payload reads them in any case.
    if (['and', 'or'].includes(path.toLowerCase()) && Array.isArray(value)) {
      return [{ [path]: value.map((inner: Where) => languageAwareWhere(inner, fields, locale)) }]
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      return rewriteCondition(path, value as Condition, byName.get(path), locale)
    }
    return [{ [path]: value } as Where]
  })
  const paths = conditions.map((condition) => Object.keys(condition)[0])
  // One object while every path appears once; a field searched and compared at once needs `and`.
  return new Set(paths).size === paths.length
    ? Object.assign({}, ...conditions)
    : { and: conditions }
}

/** Sorting by a sortable text field sorts by its key: the language's alphabetical order. */
export const languageAwareSort = (
  sort: Sort | undefined,
  fields: KeyedField[],
): Sort | undefined => {
  if (sort === undefined) return sort
  const sortable = new Set(fields.filter((field) => field.sortable).map((field) => field.name))
  const entries = (Array.isArray(sort) ? sort : sort.split(',')).map((entry) => {
    const descending = entry.startsWith('-')
    const name = descending ? entry.slice(1) : entry
    return sortable.has(name) ? `${descending ? '-' : ''}${textKeyNames(name).sort}` : entry
  })
  return Array.isArray(sort) ? entries : entries.join(',')
}

/**
 * The paths of a `where` or `sort` that name a language (`title.en`, `titleSearch.ru`): they
 * compare a translation whatever `?locale=` asked for, so a reader could test text of a language
 * the item is not published in. Readers outside the staff read one language at a time.
 */
export const pathsNamingALanguage = (where: unknown, sort?: unknown): string[] => {
  const names = (path: string) => path.replace(/^-/, '').split('.').some(isLocale)
  const inWhere = (value: unknown): string[] =>
    value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([path, inner]) =>
          ['and', 'or'].includes(path.toLowerCase()) || /^\d+$/.test(path)
            ? inWhere(inner)
            : names(path)
              ? [path]
              : [],
        )
      : []
  const sorts = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort : []
  return [
    ...inWhere(where),
    ...sorts.filter((entry): entry is string => typeof entry === 'string' && names(entry)),
  ]
}
