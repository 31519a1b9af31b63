import { createLocalReq, type Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

import { recordPublication } from './record'

/**
 * A story whose consent runs out leaves every channel at that moment (reads apply the rule), but
 * nothing is written then. Each scheduler tick records, once, every live story whose consent has
 * run out — also those that ran out while the server was down — dated when it ran out.
 */
export const recordExpiredConsents = async ({ payload, now }: { payload: Payload; now: Date }) => {
  const { docs: expired } = await payload.find({
    collection: 'stories',
    where: {
      _status: { equals: 'published' },
      'consent.expiresAt': { less_than_equal: now.toISOString() },
    },
    select: { consent: { expiresAt: true }, workflow: { publishedLocales: true } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  if (expired.length === 0) return 0
  const { docs: recorded } = await payload.db.find({
    collection: 'publication-ledger',
    where: {
      and: [
        { item: { in: expired.map(({ id }) => `stories:${id}`) } },
        { change: { equals: 'consent-expired' } },
      ],
    },
    pagination: false,
  })
  const isRecorded = new Set(
    (recorded as unknown as { item: string; effectiveAt: string }[]).map(
      ({ item, effectiveAt }) => `${item}@${new Date(effectiveAt).getTime()}`,
    ),
  )
  const req = await createLocalReq({}, payload)
  let written = 0
  for (const { id, consent, workflow } of expired) {
    const expiresAt = new Date(consent!.expiresAt!)
    if (isRecorded.has(`stories:${id}@${expiresAt.getTime()}`)) continue
    await recordPublication(req, {
      change: 'consent-expired',
      type: 'stories',
      itemId: id,
      languages: (workflow?.publishedLocales ?? []) as Locale[],
      wasLive: true,
      cause: 'consent expired',
      effectiveAt: expiresAt.toISOString(),
    })
    written++
  }
  return written
}
