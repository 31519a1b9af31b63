import { NotFound, type CollectionBeforeOperationHook } from 'payload'

/** SQLite numbers its rows; MongoDB uses 24-hex-digit ObjectIds. */
export const isWellFormedId = (id: unknown, adapter: string): boolean =>
  adapter === 'mongoose'
    ? typeof id === 'string' && /^[0-9a-f]{24}$/i.test(id)
    : /^[1-9]\d{0,15}$/.test(String(id))

/** An id that cannot exist is simply not there: 404, rather than a database error (500). */
export const rejectMalformedId: CollectionBeforeOperationHook = ({ args, req }) => {
  const { id } = args as { id?: unknown }
  if (id !== undefined && !isWellFormedId(id, req.payload.db.name)) throw new NotFound(req.t)
  return args
}
