import {
  APIError,
  type CollectionBeforeOperationHook,
  type Field,
  type PayloadRequest,
} from 'payload'

import { fieldsByName } from './inputProblems'

type Data = Record<string, unknown>
const isObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

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
  original: Data | null
}

/** The paths in `data` this request may not change: sending back the stored value is fine. */
const forbiddenPaths = async (
  fields: Field[],
  data: Data,
  stored: Data | null | undefined,
  walk: Walk,
  prefix = '',
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
          doc: walk.original ?? undefined,
        })))
    if (!mayWrite) {
      if (!isSame(value, stored?.[key])) paths.push(`${prefix}${key}`)
    } else if (field.type === 'group' && 'fields' in field && isObject(value))
      paths.push(
        ...(await forbiddenPaths(
          field.fields,
          value,
          stored?.[key] as Data | undefined,
          walk,
          `${prefix}${key}.`,
        )),
      )
  }
  return paths
}

/**
 * A write that would change a field the caller may not write (their own roles, the workflow's
 * record, anything only the server sets) is refused whole (403) instead of Payload dropping the
 * value and answering 200. The admin sends every field back on save, so a value
 * equal to the stored one passes.
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
  const original =
    id === undefined
      ? null
      : ((await req.payload.findByID({
          collection: collection.slug,
          id,
          depth: 0,
          draft: true,
          locale: req.locale ?? undefined,
          showHiddenFields: true,
          overrideAccess: true,
          disableErrors: true,
          req,
        })) as Data | null)
  // A document that is not there is Payload's to answer (404).
  if (id !== undefined && !original) return args
  const paths = await forbiddenPaths(collection.fields, data, original, {
    req,
    operation,
    id,
    original,
  })
  if (paths.length)
    throw new APIError(
      `You may not change ${paths.map((path) => `"${path}"`).join(', ')}: the server, the workflow or an admin sets ${paths.length > 1 ? 'them' : 'it'}.`,
      403,
      { paths },
      true,
    )
  return args
}
