import type { CollectionBeforeOperationHook, Field, PayloadRequest } from 'payload'

import { refuse } from '@/http/refuse'

import { fieldsByName, isObject, type Data } from './inputProblems'

/**
 * Fields no request writes: hidden from the API (password hashes, login attempts), computed on
 * read (virtual), or marked `custom.isServerSet` (the workflow's record, a webhook pause).
 */
const isServerSet = (field: Field) => {
  const { hidden, virtual, custom } = field as {
    hidden?: boolean
    virtual?: unknown
    custom?: Data
  }
  return hidden === true || Boolean(virtual) || custom?.isServerSet === true
}

/**
 * A value as it compares with the stored one: empty is empty (null, '', [] and {} alike), ids and
 * numbers compare as text, and keys in any order.
 */
const comparable = (value: unknown): unknown => {
  if (Array.isArray(value)) {
    const items = value.map(comparable)
    return items.length ? items : null
  }
  if (isObject(value)) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, comparable(item)] as const)
      .filter(([, item]) => item !== null)
      .sort(([a], [b]) => a.localeCompare(b))
    return entries.length ? Object.fromEntries(entries) : null
  }
  return value === undefined || value === null || value === '' ? null : String(value)
}
const isSame = (a: unknown, b: unknown) =>
  JSON.stringify(comparable(a)) === JSON.stringify(comparable(b))

type Walk = {
  req: PayloadRequest
  operation: 'create' | 'update'
  id?: number | string
  /** The stored document, read once and only if a field needs it (null for a create). */
  original: () => Promise<Data | null>
}

/** The paths in `data` this request may not change: sending back the stored value is fine. */
const forbiddenPaths = async (
  fields: Field[],
  data: Data,
  walk: Walk,
  at: string[] = [],
): Promise<string[]> => {
  const byName = fieldsByName(fields)
  const paths: string[] = []
  for (const [key, value] of Object.entries(data)) {
    const field = byName.get(key)
    if (!field) continue // unknown fields are rejectBadInput's
    const access = 'access' in field ? field.access?.[walk.operation] : undefined
    const mayWrite =
      !isServerSet(field) &&
      (!access ||
        (await access({
          req: walk.req,
          id: walk.id,
          data,
          siblingData: data,
          doc: (await walk.original()) ?? undefined,
        })))
    const path = [...at, key]
    if (!mayWrite) {
      const stored = path.reduce<unknown>(
        (parent, name) => (isObject(parent) ? parent[name] : undefined),
        await walk.original(),
      )
      if (!isSame(value, stored)) paths.push(path.join('.'))
    } else if (field.type === 'group' && 'fields' in field && isObject(value))
      paths.push(...(await forbiddenPaths(field.fields, value, walk, path)))
  }
  return paths
}

/**
 * A write that would change a field the caller may not write (their own roles, the workflow's
 * record, anything only the server sets) is refused whole (403) instead of Payload dropping the
 * value and answering 200. The admin sends every field back on save, so a value equal to the
 * stored one passes.
 */
export const rejectForbiddenFields: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const { data, id, overrideAccess } = args as {
    data?: unknown
    id?: number | string
    overrideAccess?: boolean
  }
  if ((operation !== 'create' && operation !== 'update') || overrideAccess || !isObject(data))
    return args
  let original: Promise<Data | null> | undefined
  const read = () =>
    id === undefined
      ? Promise.resolve(null)
      : (req.payload.findByID({
          collection: collection.slug,
          id,
          depth: 0,
          draft: true,
          locale: req.locale ?? undefined,
          showHiddenFields: true,
          overrideAccess: true,
          disableErrors: true,
          req,
        }) as Promise<Data | null>)
  const walk: Walk = { req, operation, id, original: () => (original ??= read()) }
  const paths = await forbiddenPaths(collection.fields, data, walk)
  // A document that is not there is Payload's to answer (404).
  if (paths.length === 0 || (id !== undefined && !(await walk.original()))) return args
  throw refuse(
    403,
    `You may not change ${paths.map((path) => `"${path}"`).join(', ')}: the server, the workflow or an admin sets ${paths.length > 1 ? 'them' : 'it'}.`,
    { paths },
  )
}
