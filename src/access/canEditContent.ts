import type { Access } from 'payload'

import { hasRole } from './roles'

/** Translators edit existing content too (filling the other languages); reviewers only read. */
export const canEditContent: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'translator')
