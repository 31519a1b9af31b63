import type { Field } from 'payload'

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

/** Why one value does not fit its field's type, or null. Payload would coerce it silently. */
const typeProblem = (field: Field, value: unknown): string | null => {
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
  return null
}

/**
 * What is wrong with the data of a write: keys no field declares, values of the wrong type, and
 * rich text holding anything its editor would not show. Payload would drop unknown keys, turn an
 * object into the text "[object Object]" and store hidden rich-text keys; we refuse all three.
 */
export const inputProblems = (fields: Field[], data: unknown, prefix = ''): InputProblem[] => {
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
      return inputProblems(field.fields, value, `${path}.`)
    if (field.type === 'array' && Array.isArray(value))
      return value.flatMap((row, i) =>
        inputProblems([...field.fields, { name: 'id', type: 'text' }], row, `${path}.${i}.`),
      )
    const problem = typeProblem(field, value)
    return problem ? [{ path, message: `"${path}" ${problem}.` }] : []
  })
}
