import type { Access } from 'payload'

import { isStaffUser } from './roles'

/**
 * Staff read everything, drafts included; anyone else reads published versions only. A bare
 * `true` would let anonymous GraphQL queries read never-published drafts.
 */
export const staffOrPublished: Access = ({ req: { user } }) =>
  isStaffUser(user) ? true : { _status: { equals: 'published' } }
