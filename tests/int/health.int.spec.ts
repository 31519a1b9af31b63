import type { Payload } from 'payload'
import { fileURLToPath } from 'url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { defaultBusyTimeoutMs } from '@/db/busyTimeout'
import { isDatabaseBusy } from '@/db/waitWhileBusy'

import { startPayload } from '../helpers/payload'
import { otherConnection } from '../helpers/sqliteLock'

const isSqlite = !process.env.TEST_DATABASE_URL

/** The embedded database's wait for another process's lock, with the default setting. */
describe.runIf(isSqlite)('waiting for a locked SQLite file', () => {
  let payload: Payload
  let stop: () => Promise<void>
  let client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }

  beforeAll(async () => {
    delete process.env.SQLITE_BUSY_TIMEOUT_MS
    ;({ payload, stop } = await startPayload())
    client = (payload.db as any).client
  })
  afterAll(async () => {
    await stop?.()
  })

  it("should turn SQLite's blocking wait off on the connection", async () => {
    const { rows } = await client.execute('PRAGMA busy_timeout')
    expect(Object.values(rows[0])).toEqual([0])
  })

  it('should make a write wait the default 5 s for a lock without freezing the process', async () => {
    const other = otherConnection(fileURLToPath((payload.db as any).clientConfig.url))
    await other.lock()
    let ticks = 0
    const ticker = setInterval(() => (ticks += 1), 10)
    const started = performance.now()
    try {
      const error = await payload
        .create({ collection: 'locations', data: { name: 'Kilidli', type: 'metro-station' } })
        .then(
          () => null,
          (err: unknown) => err,
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
})
