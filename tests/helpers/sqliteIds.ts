import { createClient } from '@libsql/client'

/**
 * Makes an embedded database give the highest deleted id of `table` to its next row, as SQLite
 * did before ids were AUTOINCREMENT: to prove that links hold even where an id comes back.
 */
export const reuseDeletedIds = async (databaseUrl: string, table: string) => {
  const client = createClient({ url: databaseUrl })
  try {
    await client.execute({
      sql: `UPDATE sqlite_sequence SET seq = (SELECT coalesce(max(id), 0) FROM "${table}") WHERE name = ?`,
      args: [table],
    })
  } finally {
    client.close()
  }
}
