import fs from 'fs'
import type { Payload } from 'payload'
import { fileURLToPath } from 'url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { defaultBusyTimeoutMs } from '@/db/busyTimeout'
import { hasCause } from '@/db/hasCause'
import { databaseFileLostCode } from '@/db/sqliteConnection'
import { isDatabaseBusy } from '@/db/waitWhileBusy'
import { recordScreenSeen, startHeartbeats } from '@/channels/screens/heartbeat'

import { startPayload } from '../helpers/payload'
import { otherConnection } from '../helpers/sqliteLock'

const isSqlite = !process.env.TEST_DATABASE_URL

/** What a promise was rejected with, or null when it resolved. */
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (err: unknown) => err,
  )

/**
 * The embedded database under faults, through the Local API (no HTTP): another process's lock,
 * with the default wait, and the file moved away under the running instance.
 */
describe.runIf(isSqlite)('SQLite under faults', () => {
  let payload: Payload
  let stop: () => Promise<void>
  let client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
  let file: string

  beforeAll(async () => {
    delete process.env.SQLITE_BUSY_TIMEOUT_MS
    ;({ payload, stop } = await startPayload())
    client = (payload.db as any).client
    file = fileURLToPath((payload.db as any).clientConfig.url)
  })
  afterAll(async () => {
    await stop?.()
  })

  it("should turn SQLite's blocking wait off on the connection", async () => {
    const { rows } = await client.execute('PRAGMA busy_timeout')
    expect(Object.values(rows[0])).toEqual([0])
  })

  it('should make a write wait the default 5 s for a lock without freezing the process', async () => {
    const other = otherConnection(file)
    await other.lock()
    let ticks = 0
    const ticker = setInterval(() => (ticks += 1), 10)
    const started = performance.now()
    try {
      const error = await failureOf(
        payload.create({
          collection: 'locations',
          data: { name: 'Kilidli', type: 'metro-station' },
        }),
      )
      const waited = performance.now() - started
      expect(isDatabaseBusy(error)).toBe(true)
      expect(waited).toBeGreaterThanOrEqual(defaultBusyTimeoutMs)
      expect(waited).toBeLessThan(defaultBusyTimeoutMs + 2000)
      // A frozen event loop would not have ticked at all while the write waited.
      expect(ticks).toBeGreaterThan(100)
    } finally {
      clearInterval(ticker)
      await other.release()
    }
    // The next write is committed: another process sees it and can take the lock.
    const created = await payload.create({
      collection: 'locations',
      data: { name: 'Azad', type: 'metro-station' },
    })
    expect(await other.count('select count(*) from locations where id = ?', [created.id])).toBe(1)
    expect(await other.canWrite()).toBe(true)
    other.close()
  })

  it('should refuse every write while the file is moved away, whoever writes, and keep the heartbeats', async () => {
    const location = await payload.create({
      collection: 'locations',
      data: { name: 'Sahil', type: 'metro-station' },
    })
    const screen = await payload.create({
      collection: 'screens',
      data: { name: 'A', location: location.id, resolution: '1920x1080', languages: ['az'] },
    })
    const heartbeats = startHeartbeats(payload, { intervalMs: 3_600_000 })
    const errors = vi.spyOn(payload.logger, 'error').mockImplementation(() => undefined)
    fs.renameSync(file, `${file}.moved`)
    try {
      const refused = await failureOf(
        payload.create({ collection: 'locations', data: { name: 'İtən', type: 'metro-station' } }),
      )
      expect(hasCause(refused, ({ code }) => code === databaseFileLostCode)).toBe(true)
      // Reads go on from the open file.
      expect((await payload.find({ collection: 'locations' })).totalDocs).toBe(2)
      recordScreenSeen({
        screenId: screen.id,
        version: '"a"',
        at: new Date('2026-12-01T10:00:00Z'),
      })
      await heartbeats.flush()
      expect(errors).toHaveBeenCalledOnce()
    } finally {
      fs.renameSync(`${file}.moved`, file)
      errors.mockRestore()
    }
    await heartbeats.stop()
    const { docs } = await payload.find({ collection: 'screen-status' })
    expect(docs.map(({ lastPlaylistVersion }) => lastPlaylistVersion)).toEqual(['"a"'])
    const other = otherConnection(file)
    expect(await other.count("select count(*) from locations_locales where name = 'İtən'")).toBe(0)
    other.close()
  })
})
