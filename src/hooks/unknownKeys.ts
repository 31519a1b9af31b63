import type { Field } from 'payload'

type Data = Record<string, unknown>

const isObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Keys Payload accepts on a write without declaring them as fields. */
const systemKeys = new Set(['id', 'password', 'file'])

/** Named fields reachable at one level, looking through rows, collapsibles and unnamed tabs. */
const fieldsByName = (fields: Field[]): Map<string, Field> => {
  const byName = new Map<string, Field>()
  for (const field of fields) {
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

/**
 * Paths in `data` that no field declares. Payload would silently drop them; we refuse them so a
 * client learns of a typo (or of a field it hoped existed) instead of losing the value.
 */
export const unknownKeys = (fields: Field[], data: unknown, prefix = ''): string[] => {
  if (!isObject(data)) return []
  const byName = fieldsByName(fields)
  return Object.entries(data).flatMap(([key, value]) => {
    const path = `${prefix}${key}`
    const field = byName.get(key)
    if (!field) return prefix === '' && systemKeys.has(key) ? [] : [path]
    if (field.type === 'group' && 'fields' in field)
      return unknownKeys(field.fields, value, `${path}.`)
    if (field.type === 'array' && Array.isArray(value))
      return value.flatMap((row, i) =>
        unknownKeys([...field.fields, { name: 'id', type: 'text' }], row, `${path}.${i}.`),
      )
    return []
  })
}
