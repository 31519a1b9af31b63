import { createLocalReq, type Payload } from 'payload'

import { withTransaction } from '@/http/transaction'
import { recordExpiredConsents } from '@/ledger/expiredConsents'

import { applyTransition } from '../applyTransition'
import { withItemLock } from '../itemLock'
import { dueAction } from './due'
import { findDueItems, loadScheduleFacts, type DueItem } from './dueItems'

/**
 * Takes one due action in a transaction of its own, through the workflow like a reviewer's click.
 * The item is read again inside the transaction: an edit, a manual action or another runner may
 * have got there first, and then there is nothing left to do.
 */
const actOn = async ({
  payload,
  item: { collection, id, action },
  now,
}: {
  payload: Payload
  item: DueItem
  now: Date
}) => {
  const req = await createLocalReq({}, payload)
  try {
    // Like a reviewer's click, one action at a time on the item (src/workflow/itemLock.ts).
    return await withItemLock(payload, { collection, id }, async () => {
      const isStillDue = await withTransaction(req, async () => {
        const { facts } = await loadScheduleFacts({ req, collection, id })
        const isDue = dueAction({ ...facts, now })?.action === action
        if (isDue)
          await applyTransition({
            req,
            collection: collection as never,
            id,
            action,
            comment: 'scheduled',
            systemActor: 'scheduler',
          })
        return isDue
      })
      if (isStillDue) payload.logger.info({ msg: `Scheduled ${action}`, collection, id })
      return isStillDue
    })
  } catch (err) {
    // The item stays due, so the admins' overdue list shows it until someone fixes it.
    payload.logger.error({ err, msg: `Scheduled ${action} failed`, collection, id })
    return false
  }
}

/**
 * Publishes and unpublishes whatever is due at `now`, one failure not stopping the others, and
 * records in the ledger the consents that have run out.
 */
export const runSchedule = async ({
  payload,
  now = new Date(),
}: {
  payload: Payload
  now?: Date
}) => {
  const due = await findDueItems({ req: await createLocalReq({}, payload), now })
  let acted = 0
  for (const item of due) if (await actOn({ payload, item, now })) acted++
  await recordExpiredConsents({ payload, now })
  return { due: due.length, acted }
}
