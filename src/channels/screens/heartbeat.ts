import type { Payload } from 'payload'

import type { SeenRow as Seen } from './statusUpsert'
import { writeStatusBatch } from './writeStatusBatch'

/**
 * The latest fetch per screen since the last flush. On globalThis because the server's own
 * bundle and Next's bundle of the same module are separate copies in one process: whichever
 * calls `recordScreenSeen`, the flusher must see it.
 */
const store = globalThis as typeof globalThis & { xeberdarScreensSeen?: Map<string, Seen> }
const pending = (store.xeberdarScreensSeen ??= new Map<string, Seen>())

export const heartbeatFlushMs = 5_000

/**
 * Called by the playlist feed on every successful fetch: memory only, so the feed never waits
 * for the database. Only a screen's latest fetch is kept until the next flush.
 */
export const recordScreenSeen = ({ screenId, version, at }: Seen): void => {
  const key = String(screenId)
  const previous = pending.get(key)
  if (!previous || previous.at <= at) pending.set(key, { screenId, version, at })
}

/**
 * Every screen seen since the last flush in one write, however often each fetched. The feed
 * never waits for it: a slow or locked database delays only the next flush.
 */
const writeSeen = async (payload: Payload) => {
  const batch = [...pending.values()]
  pending.clear()
  if (batch.length === 0) return
  try {
    await writeStatusBatch(payload, batch)
  } catch (err) {
    // Kept for the next flush, unless the screen has fetched again meanwhile.
    for (const seen of batch) recordScreenSeen(seen)
    payload.logger.error({
      err,
      screens: batch.length,
      msg: "heartbeat: the screens' status was not saved; kept for the next flush",
    })
  }
}

/**
 * Starts writing heartbeats every few seconds; `flush` writes what is waiting now, `stop` ends
 * the timer after a last flush (on shutdown). Flushes never overlap.
 */
export const startHeartbeats = (payload: Payload, { intervalMs = heartbeatFlushMs } = {}) => {
  let flushing = Promise.resolve()
  const flush = () => (flushing = flushing.then(() => writeSeen(payload)))
  const timer = setInterval(() => void flush(), intervalMs).unref()
  const stop = async () => {
    clearInterval(timer)
    await flush()
  }
  return { flush, stop }
}

export type Heartbeats = ReturnType<typeof startHeartbeats>
