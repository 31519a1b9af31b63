import type { JobsConfig, TaskConfig } from 'payload'

import { everyMinute } from '@/workflow/schedule/everyMinute'

import { printQueue, printSyncTask, syncPrintFollowingLedger } from './queue'

const syncTask: TaskConfig<'syncPrintFiles'> = {
  slug: printSyncTask,
  label: 'Make and remove print files',
  // Also once a minute: publishing windows and consent run out without any write.
  schedule: [everyMinute(printQueue)],
  outputSchema: [
    { name: 'made', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
    { name: 'removed', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({ output: await syncPrintFollowingLedger(req.payload) }),
}

/**
 * Print files are made on a queue of their own, checked every few seconds in a running server,
 * so a file is ready soon after publishing and a long render never holds up the scheduler or
 * partners' webhooks. `isAutoRun` is the scheduler's switch (SCHEDULER=off): tests run the queue
 * themselves (`GET /api/payload-jobs/run?queue=print` as an admin).
 */
export const withPrintJobs = (
  jobs: JobsConfig,
  { isAutoRun }: { isAutoRun: boolean },
): JobsConfig => ({
  ...jobs,
  tasks: [...(jobs.tasks ?? []), syncTask],
  autoRun: [
    ...((jobs.autoRun as Exclude<JobsConfig['autoRun'], Function>) ?? []),
    ...(isAutoRun
      ? [{ cron: '*/3 * * * * *', queue: printQueue, limit: 1, silent: { info: true } }]
      : []),
  ],
})
