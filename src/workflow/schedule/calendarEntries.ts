import type { PayloadRequest } from 'payload'

import { defaultLocale } from '@/i18n/locales'

import { workflowedCollections } from '../state'
import { monthRange, type CalendarEntry, type Month } from './calendar'

/**
 * Every publication and takedown planned in the month (Baku time), in the latest version of
 * each item the user may read: the calendar's entries.
 */
export const findCalendarEntries = async ({
  req,
  month,
}: {
  req: PayloadRequest
  month: Month
}): Promise<CalendarEntry[]> => {
  const { from, to } = monthRange(month)
  const inMonth = { greater_than_equal: from.toISOString(), less_than: to.toISOString() }
  const isInMonth = (at: unknown) =>
    typeof at === 'string' && at >= inMonth.greater_than_equal && at < inMonth.less_than
  const perCollection = await Promise.all(
    workflowedCollections.map(async (collection) => {
      const { docs } = await req.payload.find({
        collection,
        where: { or: [{ publishAt: inMonth }, { unpublishAt: inMonth }] },
        draft: true,
        locale: defaultLocale,
        depth: 0,
        pagination: false,
        overrideAccess: false,
        select: { title: true, publishAt: true, unpublishAt: true, workflow: true },
        req,
      })
      return docs.flatMap((doc) => {
        const base = {
          collection,
          id: doc.id,
          title: doc.title ?? `#${doc.id}`,
          stage: doc.workflow?.stage,
        }
        return [
          ...(isInMonth(doc.publishAt)
            ? [{ ...base, kind: 'publish' as const, at: doc.publishAt! }]
            : []),
          ...(isInMonth(doc.unpublishAt)
            ? [{ ...base, kind: 'unpublish' as const, at: doc.unpublishAt! }]
            : []),
        ]
      })
    }),
  )
  return perCollection.flat()
}
