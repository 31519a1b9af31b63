import { createClient } from '@libsql/client'
import fs from 'fs'
import path from 'path'

import { startServer } from './server'
import { makeTempDir, removeTempDir } from './tempDir'

/**
 * HTTP and browser tests run the production build: refuse to start without one.
 *
 * On SQLite, the production server is then started once on an empty file, which it migrates
 * (every migration in src/migrations, as a fresh install does), and stopped. Each test server
 * starts from a copy of that file (TEST_SQLITE_TEMPLATE, see startServer) instead of running the
 * same migrations again: they cost several seconds per server and end in the same file every time.
 */
export default async function globalSetup() {
  const root = path.resolve(import.meta.dirname, '../..')
  for (const built of ['dist/server.js', '.next/BUILD_ID']) {
    if (!fs.existsSync(path.join(root, built)))
      throw new Error(`${built} is missing: run "npm run build" first (npm test does it for you).`)
  }
  if (process.env.TEST_DATABASE_URL || process.env.TEST_SQLITE_TEMPLATE) return

  const dir = makeTempDir('template')
  const file = path.join(dir, 'xeberdar.db')
  const server = await startServer({ DATABASE_URL: `file:${file}` })
  const code = await server.stop()
  if (code !== 0) throw new Error(`the template database's server exited with ${code}`)
  // One self-contained file to copy: the write-ahead log folded in and removed (each server turns
  // WAL on again when it opens its copy, as it does on an empty file).
  const client = createClient({ url: `file:${file}` })
  await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  await client.execute('PRAGMA journal_mode = DELETE')
  client.close()
  process.env.TEST_SQLITE_TEMPLATE = file
  return () => removeTempDir(dir)
}
