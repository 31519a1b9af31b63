import { createLocalReq, type Payload } from 'payload'

import { recordChange } from './changeLog'

/**
 * A story whose consent expires leaves every channel at once (reads check the date), but nothing
 * is written, so partners' sync would not hear of it. Each scheduler tick logs the live stories
 * whose consent has expired since they last entered the log.
 */
export const logExpiredConsents = async ({ payload, now }: { payload: Payload; now: Date }) => {
  const { docs: expired } = await payload.find({
    collection: 'stories',
    where: {
      _status: { equals: 'published' },
      'consent.expiresAt': { less_than_equal: now.toISOString() },
    },
    select: { consent: { expiresAt: true } },
    depth: 0,
    pagination: false,
  })
  if (expired.length === 0) return 0
  const { docs: entries } = await payload.db.find({
    collection: 'content-changes',
    where: { item: { in: expired.map(({ id }) => `stories:${id}`) } },
    pagination: false,
  })
  const loggedAt = new Map(
    (entries as unknown as { item: string; position: string }[]).map(({ item, position }) => [
      item,
      position,
    ]),
  )
  const req = await createLocalReq({}, payload)
  let logged = 0
  for (const { id, consent } of expired) {
    const position = loggedAt.get(`stories:${id}`)
    if (position !== undefined && position > consent.expiresAt) continue
    await recordChange(req, 'stories', id)
    logged++
  }
  return logged
}
