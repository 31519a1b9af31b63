import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import {
  rebuildStatements,
  type SchemaEntry,
  sequenceFloorStatements,
} from '@/db/autoIncrementRebuild'

type Db = MigrateUpArgs['db']

/** Rebuilds every table from the schema as it stands (see src/db/autoIncrementRebuild.ts). */
const rebuild = async (db: Db, { isAutoIncrement }: { isAutoIncrement: boolean }) => {
  const tables = await db.all<SchemaEntry>(
    sql`SELECT name, sql FROM sqlite_schema WHERE type = 'table'`,
  )
  const indexes = await db.all<{ sql: string }>(
    sql`SELECT sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL`,
  )
  const statements = rebuildStatements({
    tables,
    indexes: indexes.map((index) => index.sql),
    isAutoIncrement,
  })
  for (const statement of [...statements, ...(isAutoIncrement ? sequenceFloorStatements : [])])
    await db.run(sql.raw(statement))
  const broken = await db.all(sql`PRAGMA foreign_key_check`)
  if (broken.length) throw new Error(`Rebuilt tables break foreign keys: ${JSON.stringify(broken)}`)
}

/** Integer ids are never handed out again once their row is deleted. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await rebuild(db, { isAutoIncrement: true })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await rebuild(db, { isAutoIncrement: false })
}
