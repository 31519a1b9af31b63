import { APIError, type Endpoint } from 'payload'

import { hasRole } from '@/access/roles'

import { findOverdueItems } from './dueItems'

/** GET /api/schedule/overdue: what the scheduler should have done by now and has not, for admins. */
export const overdueEndpoint: Endpoint = {
  path: '/schedule/overdue',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('Log in to see the schedule.', 401, undefined, true)
    if (!hasRole(req.user, 'admin'))
      throw new APIError('Only admins see overdue scheduled actions.', 403, undefined, true)
    const now = new Date()
    return Response.json({ now: now.toISOString(), items: await findOverdueItems({ req, now }) })
  },
}
