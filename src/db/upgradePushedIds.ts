import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { createClient } from '@libsql/client'

import { readTables, rebuildIds } from './autoIncrementRebuild'

/** A table whose integer id a deleted row can hand on (no AUTOINCREMENT). */
export const hasReusableId = (sql: string) =>
  /[`"]id[`"]\s+integer\s+PRIMARY\s+KEY(?!\s+AUTOINCREMENT)/i.test(sql)

/**
 * A development database is pushed, not migrated, and Drizzle's push fails half-way adding
 * AUTOINCREMENT to existing tables (it creates an index twice). So a pushed database made before
 * is rebuilt first, the way the migration rebuilds a production one, keeping its data; then the
 * push finds nothing to do about ids. The migrate commands leave it to the migration.
 */
export const upgradePushedIds =
  (url: string): SQLiteSchemaHook =>
  async ({ schema }) => {
    if (process.env.PAYLOAD_MIGRATING === 'true') return schema
    const client = createClient({ url })
    try {
      const tables = await readTables(async (statement) => (await client.execute(statement)).rows)
      if (tables.some(({ sql }) => hasReusableId(sql))) {
        const tx = await client.transaction('write')
        try {
          await rebuildIds(async (statement) => (await tx.execute(statement)).rows, {
            isAutoIncrement: true,
          })
          await tx.commit()
        } finally {
          tx.close()
        }
      }
    } finally {
      client.close()
    }
    return schema
  }
