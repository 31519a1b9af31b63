import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'fs'
import path from 'path'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '@/migrations'
import { isProduction, projectRoot } from '@/env'

import { autoIncrementEveryId } from './autoIncrementIds'
import { sqliteBusyTimeoutMs } from './busyTimeout'
import { upgradePushedIds } from './upgradePushedIds'

export type DatabaseKind = 'sqlite' | 'mongodb'

/** Which adapter a DATABASE_URL asks for; anything else is refused with the forms we accept. */
export const databaseKind = (url: string | undefined): DatabaseKind => {
  if (!url || url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(
    `DATABASE_URL "${url.split(':')[0]}:…" is not supported: leave it empty or use file:…, mongodb://… or mongodb+srv://…`,
  )
}

/**
 * The embedded database's file. Development and production keep separate files under data/,
 * because a schema pushed in development would confuse production's migrations.
 */
export const sqliteFileUrl = (url: string | undefined): string => {
  const file = url?.startsWith('file:')
    ? url.slice('file:'.length)
    : `data/${isProduction() ? 'xeberdar' : 'dev'}.db`
  return `file:${path.resolve(projectRoot, file)}`
}

/** libsql opens a file but not its folder: a fresh clone has no data/ yet. */
const ensureFolderOf = (fileUrl: string) => {
  fs.mkdirSync(path.dirname(fileUrl.slice('file:'.length)), { recursive: true })
  return fileUrl
}

/** Adapter switches given as JSON, e.g. {"transactionOptions":false}; anything else is refused. */
export const mongoAdapterOverrides = (json: string | undefined): Record<string, boolean> => {
  if (!json) return {}
  const parsed: unknown = JSON.parse(json)
  const isFlags =
    typeof parsed === 'object' &&
    parsed !== null &&
    Object.values(parsed).every((v) => typeof v === 'boolean')
  if (!isFlags)
    throw new Error('MONGODB_ADAPTER_OPTIONS must be a JSON object of true/false switches.')
  return parsed as Record<string, boolean>
}

export const databaseAdapter = (url = process.env.DATABASE_URL): DatabaseAdapterObj => {
  if (databaseKind(url) === 'mongodb') {
    return mongooseAdapter({
      url: url!,
      // Fail a start or a readiness check within seconds rather than mongoose's 30 s default;
      // the driver reconnects by itself when the database comes back.
      connectOptions: { serverSelectionTimeoutMS: 5000 },
      // Build the indexes before serving rather than in the background after the first queries.
      ensureIndexes: true,
      // Switches for MongoDB-like servers that lack features (the test suite's FerretDB run sets
      // them; see README "Testing"). Production against MongoDB leaves this empty.
      ...mongoAdapterOverrides(process.env.MONGODB_ADAPTER_OPTIONS),
    })
  }
  const fileUrl = ensureFolderOf(sqliteFileUrl(url))
  return sqliteAdapter({
    client: { url: fileUrl },
    // WAL lets several server instances and the CLI share the file.
    wal: true,
    // AUTOINCREMENT: a deleted row's id is never handed to a new row, so links, audit entries and
    // ledger entries made for it cannot come to mean another item.
    autoIncrement: true,
    beforeSchemaInit: [
      autoIncrementEveryId,
      // Production's database is migrated (src/migrations); development's is pushed.
      ...(isProduction() ? [] : [upgradePushedIds(fileUrl)]),
    ],
    // SQLite's own wait, for start-up migrations only: once serving, prepareSqliteConnection
    // waits for locks without holding the event loop.
    busyTimeout: sqliteBusyTimeoutMs(),
    // MIGRATION_DIR lets the drift test generate into a scratch copy.
    migrationDir: process.env.MIGRATION_DIR || path.resolve(projectRoot, 'src/migrations'),
    prodMigrations: migrations,
  })
}
