import { hasCause } from './hasCause'

/** True for SQLite's "database is locked" (SQLITE_BUSY), however deeply Drizzle wrapped it. */
export const isDatabaseBusy = (err: unknown): boolean =>
  hasCause(
    err,
    ({ code, message }) =>
      (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) ||
      (typeof message === 'string' && /database is locked/.test(message)),
  )

// Short waits first (most locks are a few milliseconds), then a steady beat.
const pauses = [2, 5, 10, 20, 50, 100]

/**
 * Runs `attempt` again while the database is locked, up to `timeoutMs` in all, pausing between
 * tries without holding the event loop (SQLite's own busy wait sleeps inside the call, and
 * libsql's calls are synchronous: the whole server would stop). The last refusal is thrown.
 */
export const waitWhileBusy = async <T>(
  attempt: () => Promise<T>,
  {
    timeoutMs,
    now = Date.now,
    sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  }: { timeoutMs: number; now?: () => number; sleep?: (ms: number) => Promise<void> },
): Promise<T> => {
  const started = now()
  for (let tries = 0; ; tries++) {
    try {
      return await attempt()
    } catch (err) {
      const left = timeoutMs - (now() - started)
      if (!isDatabaseBusy(err) || left <= 0) throw err
      await sleep(Math.min(pauses[Math.min(tries, pauses.length - 1)], left))
    }
  }
}
