import type { CollectionBeforeOperationHook } from 'payload'

import { refuse } from './refuse'
import { whereProblems, type QueryField } from './whereProblems'

/**
 * A reader's `where` (REST or GraphQL, list, count, bulk update or delete) whose values cannot
 * be compared with their fields is refused with 400 and every offending place, before the
 * database answers with an error (a 500 on SQLite). The server's own queries are trusted.
 */
export const rejectMalformedWhere: CollectionBeforeOperationHook = ({
  args,
  collection,
  overrideAccess,
  req,
}) => {
  const { where } = args as { where?: unknown }
  if (where === undefined || overrideAccess) return args
  const problems = whereProblems({
    where,
    fields: collection.flattenedFields as unknown as QueryField[],
    adapter: req.payload.db.name,
  })
  if (problems.length > 0) throw refuse(400, problems.join('; '))
  return args
}
