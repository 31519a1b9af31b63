import type { Access } from 'payload'

import { hasRole } from './roles'

/** Reviewers and admins answer for what happened; the log is theirs to read. */
export const canReadAudit: Access = ({ req: { user } }) => hasRole(user, 'admin', 'reviewer')
