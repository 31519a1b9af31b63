import type { Endpoint } from 'payload'

import { refuse } from '@/http/refuse'

import { findOverdueItems, mayWatchSchedule } from './dueItems'

/**
 * GET /api/schedule/overdue: what the scheduler should have done by now and has not, for those
 * who answer for the schedule (admins, editors, reviewers).
 */
export const overdueEndpoint: Endpoint = {
  path: '/schedule/overdue',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw refuse(401, 'Log in to see the schedule.')
    if (!mayWatchSchedule(req.user))
      throw refuse(403, 'Only admins, editors and reviewers see overdue scheduled actions.')
    const now = new Date()
    return Response.json({ now: now.toISOString(), items: await findOverdueItems({ req, now }) })
  },
}
