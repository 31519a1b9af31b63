/** How long a write waits for another process's lock on the embedded database by default. */
export const defaultBusyTimeoutMs = 5000

/**
 * SQLITE_BUSY_TIMEOUT_MS, or the default: how long a write waits for a lock held by another
 * process (the CLI, a backup, a second instance) before it fails with 503.
 */
export const sqliteBusyTimeoutMs = (value = process.env.SQLITE_BUSY_TIMEOUT_MS): number => {
  if (value === undefined || value === '') return defaultBusyTimeoutMs
  const ms = Number(value)
  if (!Number.isInteger(ms) || ms < 0 || ms > 600_000)
    throw new Error(`SQLITE_BUSY_TIMEOUT_MS must be a whole number of milliseconds up to 600000.`)
  return ms
}
