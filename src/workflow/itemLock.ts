import { setTimeout as wait } from 'timers/promises'
import type { Payload } from 'payload'

import type { WorkflowLock } from '@/payload-types'

import { refuse } from '@/http/refuse'

/** A lock older than this was left by a server that died holding it, and is taken over. */
const staleAfterMs = 30_000
/** How long an action waits for the one before it on the same item. */
const giveUpAfterMs = 15_000

const byKey = (key: string) => ({ key: { equals: key } })

/** One holder's lock: its key and the moment it took it, which no other holder shares. */
const ownLock = (key: string, at: string) => ({ and: [byKey(key), { at: { equals: at } }] })

/**
 * Tries once to take the item's lock: the moment it was taken, 'held' by another action (a lock
 * left by a dead server is removed on the way, so a later try takes it), or the database's error.
 */
const tryLock = async (payload: Payload, key: string): Promise<{ at: string } | 'held' | Error> => {
  const at = new Date().toISOString()
  try {
    await payload.db.create({
      collection: 'workflow-locks',
      data: { key, at, createdAt: at, updatedAt: at },
      returning: false,
    })
    return { at }
  } catch (err) {
    const held = await payload.db.findOne<WorkflowLock>({
      collection: 'workflow-locks',
      where: byKey(key),
    })
    // Not held (any more): most likely released meanwhile, so the next try decides.
    if (!held) return err as Error
    if (Date.now() - Date.parse(held.at) > staleAfterMs)
      await payload.db.deleteMany({ collection: 'workflow-locks', where: ownLock(key, held.at) })
    return 'held'
  }
}

/**
 * Runs `work` while no other workflow action runs on the same item, on any server instance: an
 * action reads the item's state and writes it back, so two at once (two organisations approving
 * in the same moment) would each overwrite the other's sign-off. Neither database runs our
 * actions in transactions (SQLite here, MongoDB without a replica set): a unique key serialises
 * them instead.
 */
export const withItemLock = async <T>(
  payload: Payload,
  item: { collection: string; id: string | number },
  work: () => Promise<T>,
): Promise<T> => {
  const key = `${item.collection}:${item.id}`
  const deadline = Date.now() + giveUpAfterMs
  let taken: { at: string }
  for (let delay = 5; ; delay = Math.min(delay * 2, 200)) {
    const result = await tryLock(payload, key)
    if (typeof result === 'object' && !(result instanceof Error)) {
      taken = result
      break
    }
    if (Date.now() > deadline)
      throw result === 'held'
        ? refuse(409, 'Another action on this item is under way: try again in a moment.')
        : result
    await wait(delay * (1 + Math.random()))
  }
  try {
    return await work()
  } finally {
    // Only its own: had this action outlived staleAfterMs, the lock may be another's by now.
    await payload.db.deleteMany({ collection: 'workflow-locks', where: ownLock(key, taken.at) })
  }
}
