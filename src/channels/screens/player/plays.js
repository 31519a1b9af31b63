// @ts-check
/**
 * Proof of play: every item shown is queued and sent in batches. A batch the CMS did not take
 * (offline, or any error) stays queued for the next try; past `maxQueued` the oldest go first,
 * so a screen offline for days cannot fill its memory.
 */

/** @typedef {{ posterId: string | number, locale: string, startedAt: string, durationSeconds: number }} Play */

export const maxQueued = 1000
/** Plays recorded since the last try that start a send without waiting for the timer. */
export const sendAfterPlays = 20
/** Plays per request: a screen back from a long outage sends its queue in a few requests. */
export const maxBatch = 100

/**
 * @param {{
 *   send: (plays: Play[]) => Promise<boolean>,
 *   saved?: Play[],
 *   save?: (plays: Play[]) => void,
 * }} options `send` resolves true when the CMS took the batch; `saved`/`save` keep the queue
 *   across reloads.
 */
export const createPlayReporter = ({ send, saved = [], save = () => {} }) => {
  let queue = saved.slice(-maxQueued)
  let recordedSinceTry = 0
  /** @type {Promise<void> | null} the send under way, which a second flush waits for */
  let sending = null

  const sendQueued = async () => {
    recordedSinceTry = 0
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch)
      // Refused or unreachable alike: the plays wait for the next try.
      if (!(await send(batch).catch(() => false))) return
      queue = queue.filter((play) => !batch.includes(play))
      save(queue)
    }
  }
  const flush = () =>
    (sending ??= sendQueued().finally(() => {
      sending = null
    }))

  return {
    record: (/** @type {Play} */ play) => {
      queue = [...queue, play].slice(-maxQueued)
      save(queue)
      if (++recordedSinceTry >= sendAfterPlays) void flush()
    },
    flush,
    queued: () => queue.length,
  }
}
