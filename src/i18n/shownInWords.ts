import type { Words } from './adminLanguage'

/**
 * A text field whose stored codes ("approve", "in-review", "stories") the admin shows in words,
 * in its list and edit views. The field, its values and the API stay as they are: unlike a
 * select, a new code written tomorrow is stored and shown as it is until the table names it.
 */
export const shownInWords = (words: Record<string, Words>) => ({
  Cell: { path: '/i18n/admin/InWords#WordsCell', clientProps: { words } },
  Field: { path: '/i18n/admin/InWords#WordsField', clientProps: { words } },
})
