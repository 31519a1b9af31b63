import type { FieldAccess } from 'payload'

import { hasRole, isStaffUser } from './roles'

/** A person's own record, or an admin: for what staff must not learn about each other. */
export const isAdminOrSelfField: FieldAccess = ({ req: { user }, id, doc }) =>
  hasRole(user, 'admin') ||
  (isStaffUser(user) && [id, (doc as { id?: unknown } | undefined)?.id].includes(user!.id))
