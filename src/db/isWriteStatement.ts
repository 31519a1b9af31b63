/** The SQL a statement runs, whether it came as text or as `{ sql, args }`. */
const sqlOf = (statement: unknown): string =>
  typeof statement === 'string'
    ? statement
    : String((statement as { sql?: unknown } | null)?.sql ?? '')

/** Whether a statement may change the database (what Drizzle and the migrations send). */
export const isWriteStatement = (statement: unknown): boolean =>
  /^\s*(insert|update|delete|replace|create|drop|alter)\b/i.test(sqlOf(statement))
