import type { Endpoint } from 'payload'

import { hasRole } from '@/access/roles'
import { refuse } from '@/http/refuse'

import { findOverdueItems } from './dueItems'

/** GET /api/schedule/overdue: what the scheduler should have done by now and has not, for admins. */
export const overdueEndpoint: Endpoint = {
  path: '/schedule/overdue',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw refuse(401, 'Log in to see the schedule.')
    if (!hasRole(req.user, 'admin')) throw refuse(403, 'Only admins see overdue scheduled actions.')
    const now = new Date()
    return Response.json({ now: now.toISOString(), items: await findOverdueItems({ req, now }) })
  },
}
