import type { FieldAccess } from 'payload'

import type { ConsentMediaType } from '@/workflow/consent'

import { isStaffUser } from './roles'

/** A story's image or video reaches readers only if the consent record allows that medium. */
export const consentAllowsMedia =
  (type: ConsentMediaType): FieldAccess =>
  ({ req: { user }, doc }) =>
    isStaffUser(user) ||
    Boolean((doc?.consent as { mediaTypes?: string[] } | undefined)?.mediaTypes?.includes(type))
