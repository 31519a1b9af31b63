import type { TaskConfig } from 'payload'

type ScheduleConfig = NonNullable<TaskConfig['schedule']>[number]
type BeforeSchedule = NonNullable<NonNullable<ScheduleConfig['hooks']>['beforeSchedule']>

/** A sweep "processing" for this long was cut off (its server was killed mid-sweep). */
export const abandonedAfterMs = 15 * 60_000

/**
 * Payload queues a scheduled task only when none of its scheduled jobs is waiting or running, and
 * never looks at a job a killed server left "processing" again: that one job would stop the
 * schedule for good. Here a job processing for longer than any sweep takes no longer counts.
 */
const unlessRunning: BeforeSchedule = async ({ queueable, req }) => {
  const { totalDocs } = await req.payload.db.count({
    collection: 'payload-jobs',
    req,
    where: {
      and: [
        { queue: { equals: queueable.scheduleConfig.queue } },
        { taskSlug: { equals: queueable.taskConfig?.slug } },
        { completedAt: { exists: false } },
        { error: { exists: false } },
        { 'meta.scheduled': { equals: true } },
        {
          or: [
            { processing: { equals: false } },
            { updatedAt: { greater_than: new Date(Date.now() - abandonedAfterMs).toISOString() } },
          ],
        },
      ],
    },
  })
  return { input: {}, shouldSchedule: totalDocs === 0, waitUntil: queueable.waitUntil }
}

/** A sweep queued once a minute on the given queue. */
export const everyMinute = (queue: string): ScheduleConfig => ({
  cron: '* * * * *',
  queue,
  hooks: { beforeSchedule: unlessRunning },
})
