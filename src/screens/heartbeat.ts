import type { Payload } from 'payload'

type Seen = { screenId: string | number; version: string; at: Date }

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

/** One write per screen seen since the last flush, however often it fetched. */
const writeSeen = async (payload: Payload) => {
  const batch = [...pending.values()]
  pending.clear()
  for (const seen of batch) {
    try {
      await payload.db.upsert({
        collection: 'screen-status',
        where: { screen: { equals: seen.screenId } },
        data: {
          screen: seen.screenId,
          lastSeenAt: seen.at.toISOString(),
          lastPlaylistVersion: seen.version,
          updatedAt: new Date().toISOString(),
        },
        returning: false,
      })
    } catch (err) {
      // Kept for the next flush, unless the screen has fetched again meanwhile.
      recordScreenSeen(seen)
      payload.logger.error({ err, msg: `heartbeat: screen ${seen.screenId} not saved` })
    }
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
