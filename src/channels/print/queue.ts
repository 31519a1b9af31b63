import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

export const printQueue = 'print'
export const printSyncTask = 'syncPrintFiles'

/**
 * Asks for one print sweep, in the caller's transaction (a rolled-back change asks for nothing).
 * One waiting sweep is enough: it reads everything when it runs, so a burst of changes makes one.
 */
export const queuePrintSync = async (req: PayloadRequest) => {
  const { totalDocs } = await req.payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: printSyncTask } },
        // The minute's scheduled sweep waits for its minute: it does not count as waiting now.
        {
          or: [
            { waitUntil: { exists: false } },
            { waitUntil: { less_than_equal: new Date().toISOString() } },
          ],
        },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    overrideAccess: true,
    req,
  })
  if (totalDocs === 0)
    await req.payload.jobs.queue({ task: printSyncTask, queue: printQueue, input: {}, req })
}

/**
 * A write of a live version (a publish, a live consent narrowed) may change a print file: a
 * poster's or brochure's own, or a brochure's that prints this article or story. Take-downs are
 * queued by the workflow (src/workflow/applyTransition.ts), like the partners' change log.
 */
export const queuePrintSyncOnLiveChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc?._status === 'published') await queuePrintSync(req)
  return doc
}

export const queuePrintSyncOnLiveDeletion: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (doc?._status === 'published') await queuePrintSync(req)
}

/** The hotline, the organisations, the sizes and the QR address are printed on every file. */
export const queuePrintSyncOnSettings: GlobalAfterChangeHook = async ({ doc, req }) => {
  await queuePrintSync(req)
  return doc
}
