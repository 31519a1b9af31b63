import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins run the screens; reviewers answer to the campaign's partners for what was shown. */
export const canReadScreenReports: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'reviewer')
