import type { CollectionBeforeOperationHook } from 'payload'

import { isStaffUser } from '@/access/roles'

/**
 * Readers outside the staff get an item only in a language that is published (and, for a story,
 * consented): an empty field must stay empty rather than be filled from another language, which
 * may be unapproved, withdrawn from consent or taken off. Fallback parameters are ignored too.
 */
export const noFallbackOutsideStaff: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  // Reads that override access are the server's own (scripts, the workflow), not a reader's.
  if (operation === 'read' && !args.overrideAccess && !isStaffUser(req.user))
    req.fallbackLocale = false
  return args
}
