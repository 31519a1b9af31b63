import { createClient } from '@libsql/client'

import { tryWriteLock } from '@/db/sqliteConnection'

/** Another process's view of an embedded database file: what it sees, and a lock it can hold. */
export const otherConnection = (file: string) => {
  const client = createClient({ url: `file:${file}` })
  return {
    /** Holds the write lock (`BEGIN EXCLUSIVE`) until `release`. */
    lock: () => client.execute('BEGIN EXCLUSIVE'),
    release: () => client.execute('ROLLBACK'),
    /** Whether this connection could take the write lock now (nobody else holds it). */
    canWrite: () =>
      tryWriteLock(`file:${file}`).then(
        () => true,
        () => false,
      ),
    count: async (sql: string, args: (string | number)[] = []) =>
      Number((await client.execute({ sql, args })).rows[0][0]),
    close: () => client.close(),
  }
}
