import { executeAccess, type CollectionBeforeOperationHook } from 'payload'

const accessFor = { create: 'create', update: 'update', delete: 'delete' } as const

/**
 * Someone who may not write to a collection at all hears that first (403), before anything about
 * what they sent: validation errors would tell an anonymous caller the collection's fields. Rules
 * that depend on the document (a query rather than yes or no) are left to Payload.
 */
export const refuseBeforeValidating: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const kind = accessFor[operation as keyof typeof accessFor]
  const { data, id, overrideAccess } = args as {
    data?: Record<string, unknown>
    id?: number | string
    overrideAccess?: boolean
  }
  if (kind && !overrideAccess) await executeAccess({ req, data, id }, collection.access[kind])
  return args
}
