import type { JobsConfig, RunJobAccess, TaskConfig } from 'payload'

import { hasRole } from '@/access/roles'

import { everyMinute } from './everyMinute'
import { runSchedule } from './runSchedule'

export const scheduleQueue = 'schedule'

/**
 * One sweep a minute rather than a job per item: what is due is read from the content itself, so
 * an edit, a new approval or a manual action needs no job to be found and cancelled, and a
 * runner that was stopped catches up on its first sweep.
 */
const applySchedule: TaskConfig<{ input: object; output: { due: number; acted: number } }> = {
  slug: 'applySchedule',
  label: 'Publish and unpublish on schedule',
  // Payload queues the next sweep on each tick (its payload-jobs-stats global remembers when).
  schedule: [everyMinute(scheduleQueue)],
  outputSchema: [
    { name: 'due', type: 'number', required: true },
    { name: 'acted', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({ output: await runSchedule({ payload: req.payload }) }),
}

// GET /api/payload-jobs/run would otherwise let any logged-in user start the runner.
const isAdminRequest: RunJobAccess = ({ req }) => hasRole(req.user, 'admin')

/**
 * The job runner inside the server. `isAutoRun` starts its every-minute tick, which only happens
 * in a server that starts Payload with `cron: true` (src/server.ts); tests switch it off.
 */
export const scheduleJobs = ({ isAutoRun }: { isAutoRun: boolean }): JobsConfig => ({
  tasks: [applySchedule],
  autoRun: isAutoRun
    ? [{ cron: '* * * * *', queue: scheduleQueue, limit: 1, silent: { info: true } }]
    : undefined,
  access: { run: isAdminRequest, queue: isAdminRequest, cancel: isAdminRequest },
})
