import { defaultLocale, isLocale } from '@/i18n/locales'
import { nfc } from '@/i18n/normalise'
import { searchKeys } from '@/i18n/searchKey'
import { sortKey } from '@/i18n/sortKey'

/** One statement with its values bound, answering rows. */
export type BoundQuery = (
  statement: string,
  values?: unknown[],
) => Promise<Record<string, unknown>[]>

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`

/**
 * Rows written before search keys existed get them (SQLite migrations): each `source` column in
 * NFC, and beside it `<source>_search`, `<source>_search_plain` and, where the table has one,
 * `<source>_sort_key`, by the language of the row (`_locale`) or Azerbaijani's rules.
 */
export const fillTextKeys = async (
  query: BoundQuery,
  columns: Array<{ table: string; source: string }>,
): Promise<void> => {
  for (const { table, source } of columns) {
    const names = new Set(
      (await query(`PRAGMA table_info(${quoted(table)})`)).map((column) => String(column.name)),
    )
    const hasLocale = names.has('_locale')
    const hasSortKey = names.has(`${source}_sort_key`)
    const rows = await query(
      `SELECT id, ${quoted(source)} AS text${hasLocale ? ', _locale AS locale' : ''} FROM ${quoted(table)} WHERE ${quoted(source)} <> ''`,
    )
    for (const row of rows) {
      const text = nfc(String(row.text))
      const locale = isLocale(row.locale) ? row.locale : defaultLocale
      const keys = searchKeys(text, locale)
      const values: Record<string, string> = {
        [source]: text,
        [`${source}_search`]: keys.caseless,
        [`${source}_search_plain`]: keys.plain,
        ...(hasSortKey ? { [`${source}_sort_key`]: sortKey(text, locale) } : {}),
      }
      await query(
        `UPDATE ${quoted(table)} SET ${Object.keys(values)
          .map((name) => `${quoted(name)} = ?`)
          .join(', ')} WHERE id = ?`,
        [...Object.values(values), row.id],
      )
    }
  }
}
