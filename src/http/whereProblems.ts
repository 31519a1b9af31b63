import { validOperatorSet } from 'payload/shared'

import { isWellFormedId } from '@/http/ids'

/** The little of a Payload field a `where` check needs (a collection's `flattenedFields`). */
export type QueryField = {
  name: string
  type: string
  relationTo?: string | string[]
  flattenedFields?: QueryField[]
}

type Where = Record<string, unknown>

const isObject = (value: unknown): value is Where =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Deeper nesting of and/or is no query a reader needs, only a way to make the database work. */
const maxNesting = 8
const listOperators = new Set(['in', 'not_in', 'all'])
// Geometry operators: this project has no point fields, so a database would only fail on them.
const pointOperators = new Set(['near', 'within', 'intersects'])
const booleans = new Set(['true', 'false', true, false])
// A search term longer than this is no reader's search: SQLite refuses a LIKE pattern over
// 50,000 bytes, and `like` matches each word apart, so a thousand words exceed its expression depth.
const searchOperators = new Set(['like', 'not_like', 'contains'])
const maxTermLength = 1000
const maxTermWords = 50

/** The field a dotted path names, looking into groups; null where Payload itself must judge it. */
const fieldAt = (fields: readonly QueryField[], path: string): QueryField | null => {
  if (path === 'id') return { name: 'id', type: 'id' }
  const [head, ...rest] = path.split('.')
  const field = fields.find((candidate) => candidate.name === head)
  if (!field) return null
  if (rest.length === 0) return field
  return field.flattenedFields ? fieldAt(field.flattenedFields, rest.join('.')) : null
}

const describe = (value: unknown) => JSON.stringify(value) ?? String(value)

/** Why one value cannot be compared with a field of this type, or null. */
const valueProblem = (field: QueryField, value: unknown, adapter: string): string | null => {
  if (isObject(value) || Array.isArray(value)) return 'must be a single value, not a structure'
  if (field.type === 'date')
    return (typeof value === 'string' || typeof value === 'number') &&
      !Number.isNaN(new Date(value).getTime())
      ? null
      : `${describe(value)} is not a date (use e.g. 2026-12-01T08:00:00Z)`
  if (field.type === 'number')
    return value !== '' && Number.isFinite(Number(value)) && typeof value !== 'boolean'
      ? null
      : `${describe(value)} is not a number`
  if (field.type === 'checkbox')
    return booleans.has(value as string) ? null : `${describe(value)} is not true or false`
  const isReference =
    field.type === 'id' ||
    ((field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string')
  if (isReference)
    return value === null || value === 'null' || isWellFormedId(value, adapter)
      ? null
      : `${describe(value)} is not an id`
  return null
}

/**
 * What is wrong with a `where` (REST's `where[…]` or GraphQL's `where:`), as messages naming each
 * place: an unknown operator, a value of the wrong type for its field (a database answers those
 * with an error, not an empty list), and/or that is not a list of conditions. Paths it cannot
 * resolve (unknown fields, paths through relationships) are left to Payload, which refuses them.
 */
export const whereProblems = ({
  where,
  fields,
  adapter,
  prefix = 'where',
  nesting = 0,
}: {
  where: unknown
  fields: readonly QueryField[]
  /** payload.db.name: which ids are well formed. */
  adapter: string
  prefix?: string
  nesting?: number
}): string[] => {
  if (!isObject(where)) return [`${prefix} must be a condition such as ${prefix}[title][equals]=…`]
  if (nesting > maxNesting) return [`${prefix}: and/or nested more than ${maxNesting} deep`]
  return Object.entries(where).flatMap(([key, condition]) => {
    const at = `${prefix}[${key}]`
    // Any case: GraphQL sends AND / OR, and Payload reads them in any case.
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      // qs turns long lists into objects keyed 0, 1, …
      const parts = Array.isArray(condition)
        ? condition
        : isObject(condition)
          ? Object.values(condition)
          : null
      if (!parts) return [`${at} must be a list of conditions`]
      return parts.flatMap((part, index) =>
        whereProblems({
          where: part,
          fields,
          adapter,
          prefix: `${at}[${index}]`,
          nesting: nesting + 1,
        }),
      )
    }
    if (!isObject(condition)) return [`${at} needs an operator, e.g. ${at}[equals]=…`]
    const field = fieldAt(fields, key)
    return Object.entries(condition).flatMap(([operator, value]) => {
      const place = `${at}[${operator}]`
      if (!validOperatorSet.has(operator as never))
        return [`${place}: unknown operator "${operator}"`]
      if (operator === 'exists')
        return booleans.has(value as string) ? [] : [`${place} must be true or false`]
      if (pointOperators.has(operator) && field?.type !== 'point')
        return [`${place}: "${operator}" is only for map points`]
      if (
        searchOperators.has(operator) &&
        typeof value === 'string' &&
        (value.length > maxTermLength || value.split(' ').length > maxTermWords)
      )
        return [
          `${place}: a search is at most ${maxTermLength} characters and ${maxTermWords} words`,
        ]
      if (!field) return []
      const values =
        listOperators.has(operator) && typeof value === 'string'
          ? value.split(',').filter((item) => item !== '')
          : listOperators.has(operator) && Array.isArray(value)
            ? value
            : [value]
      return values.flatMap((item) => {
        const problem = valueProblem(field, item, adapter)
        return problem ? [`${place}: ${problem}`] : []
      })
    })
  })
}
