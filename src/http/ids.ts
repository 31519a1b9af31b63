/**
 * Whether an id can name a document at all: SQLite numbers its rows (no leading zero, no sign,
 * no exponent), MongoDB uses 24-hex-digit ObjectIds. An id that cannot exist is simply not there
 * (404), and never reaches the database, where it would be a query error (500) or an operator.
 */
export const isWellFormedId = (id: unknown, adapter: string): boolean =>
  adapter === 'mongoose'
    ? typeof id === 'string' && /^[0-9a-f]{24}$/i.test(id)
    : /^[1-9]\d{0,15}$/.test(String(id))

/**
 * An id either database could have given. For answers that must look the same whichever database
 * runs and whether the document exists (the screen player's page, served to any screen's address).
 */
export const couldBeAnId = (id: unknown): boolean =>
  isWellFormedId(id, 'sqlite') || isWellFormedId(id, 'mongoose')
