import type { PayloadRequest, TypedUser } from 'payload'

import { refuse } from '@/workflow/refuse'

import { partnerMessages } from './messages'

/** The partner behind a request's key, or the refusal: staff logins and screens' keys get none. */
export const requirePartner = (req: PayloadRequest): TypedUser => {
  if (!req.user) throw refuse(401, partnerMessages.noKey)
  if (req.user.collection !== 'partners') throw refuse(403, partnerMessages.notAPartner)
  if ((req.user as { isActive?: boolean }).isActive === false)
    throw refuse(403, partnerMessages.switchedOff)
  return req.user
}
