import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { rebuildIds, type Query } from '@/db/autoIncrementRebuild'

/** Statements through the migration's transaction (see src/db/autoIncrementRebuild.ts). */
const queryWith =
  (db: MigrateUpArgs['db']): Query =>
  (statement) =>
    db.all(sql.raw(statement))

/** Integer ids are never handed out again once their row is deleted. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await rebuildIds(queryWith(db), { isAutoIncrement: true })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await rebuildIds(queryWith(db), { isAutoIncrement: false })
}
