import type { Field } from 'payload'

import { isWellFormedId } from '@/http/ids'

import { richTextProblems } from './richTextShape'

export type InputProblem = { path: string; message: string }
export type Data = Record<string, unknown>

export const isObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Keys Payload accepts on a write without declaring them as fields. */
const systemKeys = new Set(['id', 'password', 'file'])

/**
 * Named fields reachable at one level, looking through rows, collapsibles and unnamed tabs. UI
 * fields hold no data, so a value sent for one is as unknown as any other key.
 */
export const fieldsByName = (fields: Field[]): Map<string, Field> => {
  const byName = new Map<string, Field>()
  for (const field of fields) {
    if (field.type === 'ui') continue
    if ('name' in field && field.name) byName.set(field.name, field)
    else if ('fields' in field) fieldsByName(field.fields).forEach((f, n) => byName.set(n, f))
    else if (field.type === 'tabs')
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) byName.set(tab.name, { ...tab, type: 'group' } as Field)
        else fieldsByName(tab.fields).forEach((f, n) => byName.set(n, f))
      }
  }
  return byName
}

const scalarType: Partial<Record<Field['type'], 'string' | 'number' | 'boolean'>> = {
  text: 'string',
  textarea: 'string',
  email: 'string',
  code: 'string',
  date: 'string',
  number: 'number',
  checkbox: 'boolean',
}

/**
 * A reference to another document: an id the database could have given, or a document carrying
 * one (a record read with depth and saved back); for fields that point at several collections,
 * `{relationTo, value}`. Anything else would reach the database as a malformed query (a 500).
 */
const referenceProblem = (field: Field, item: unknown, adapter: string): string | null => {
  if (!('relationTo' in field)) return null
  const isId = (value: unknown): boolean => {
    // A MongoDB ObjectId passed by server code, a document carrying its id, or the id itself.
    const id =
      isObject(value) && typeof value.toHexString === 'function'
        ? (value.toHexString as () => string)()
        : isObject(value) && 'id' in value
          ? value.id
          : value
    return (typeof id === 'number' || typeof id === 'string') && isWellFormedId(id, adapter)
  }
  if (Array.isArray(field.relationTo)) {
    const value = isObject(item) ? (item as { relationTo?: unknown; value?: unknown }) : null
    return value && field.relationTo.includes(value.relationTo as never) && isId(value.value)
      ? null
      : `must be {relationTo, value} naming one of ${field.relationTo.join(', ')}`
  }
  return isId(item) ? null : `must be the id of one of ${field.relationTo}`
}

/** Why one value does not fit its field's type, or null. Payload would coerce it silently. */
const typeProblem = (field: Field, value: unknown, adapter: string): string | null => {
  if (value === null || value === undefined) return null
  if (field.type === 'richText')
    return richTextProblems(value, { without: field.custom?.withoutNodes })[0] ?? null
  if (field.type === 'date' && value instanceof Date) return null
  const isMany = 'hasMany' in field && field.hasMany
  if (isMany && !Array.isArray(value)) return 'must be a list'
  const expected = scalarType[field.type] ?? (field.type === 'select' ? 'string' : undefined)
  const items = isMany ? (value as unknown[]) : [value]
  if (expected && items.some((item) => typeof item !== expected))
    return `must be ${expected === 'string' ? 'text' : `a ${expected}`}`
  if (field.type === 'relationship' || field.type === 'upload')
    return items.map((item) => referenceProblem(field, item, adapter)).find(Boolean) ?? null
  return null
}

/**
 * What is wrong with the data of a write: keys no field declares, values of the wrong type, and
 * rich text holding anything its editor would not show. Payload would drop unknown keys, turn an
 * object into the text "[object Object]" and store hidden rich-text keys; we refuse all three.
 */
export const inputProblems = (
  fields: Field[],
  data: unknown,
  /** The database adapter's name (`payload.db.name`): what an id looks like. */
  adapter: string,
  prefix = '',
): InputProblem[] => {
  if (!isObject(data)) return []
  const byName = fieldsByName(fields)
  return Object.entries(data).flatMap(([key, value]): InputProblem[] => {
    const path = `${prefix}${key}`
    const field = byName.get(key)
    if (!field)
      return prefix === '' && systemKeys.has(key)
        ? []
        : [{ path, message: `Unknown field "${path}".` }]
    if (field.type === 'group' && 'fields' in field)
      return inputProblems(field.fields, value, adapter, `${path}.`)
    if (field.type === 'array' && Array.isArray(value))
      return value.flatMap((row, i) =>
        inputProblems(
          [...field.fields, { name: 'id', type: 'text' }],
          row,
          adapter,
          `${path}.${i}.`,
        ),
      )
    const problem = typeProblem(field, value, adapter)
    return problem ? [{ path, message: `"${path}" ${problem}.` }] : []
  })
}
