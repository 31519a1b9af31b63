import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { inputProblems } from './inputProblems'

/**
 * A write naming a field that does not exist, or giving a value of the wrong shape, is refused
 * whole, with every offending path. Timestamps are Payload's to set, never a client's.
 */
export const rejectBadInput: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = args.data as Record<string, unknown> | undefined
  if (data) {
    delete data.createdAt
    delete data.updatedAt
  }
  const problems = inputProblems(collection.fields, data, req.payload.db.name)
  if (problems.length > 0)
    throw new ValidationError({ collection: collection.slug, errors: problems }, req.t)
  return args
}
