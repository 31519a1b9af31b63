import { NotFound, type CollectionBeforeOperationHook } from 'payload'

import { isWellFormedId } from '@/http/ids'

/** An id that cannot exist is simply not there: 404, rather than a database error (500). */
export const rejectMalformedId: CollectionBeforeOperationHook = ({ args, req }) => {
  const { id } = args as { id?: unknown }
  if (id !== undefined && !isWellFormedId(id, req.payload.db.name)) throw new NotFound(req.t)
  return args
}
