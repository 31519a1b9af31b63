import type { PayloadRequest, TypedUser } from 'payload'

import { publicUrl } from '@/env'
import { refuse } from '@/http/refuse'

import { readHotline } from '@/globals/hotline'
import { mediaFileUrl } from './mediaFileUrl'
import { partnerMessages } from './messages'
import type { PartnerReadContext } from './readAsPartner'

/** The partner behind a request's key, or the refusal: staff logins and screens' keys get none. */
export const requirePartner = (req: PayloadRequest): TypedUser => {
  if (!req.user) throw refuse(401, partnerMessages.noKey)
  if (req.user.collection !== 'partners') throw refuse(403, partnerMessages.notAPartner)
  if ((req.user as { isActive?: boolean }).isActive === false)
    throw refuse(403, partnerMessages.switchedOff)
  return req.user
}

/** What reading as this partner needs: its access, the hotline, absolute addresses. */
export const partnerReadContext = async (
  req: PayloadRequest,
  partner: TypedUser,
): Promise<PartnerReadContext> => ({
  payload: req.payload,
  partner,
  now: new Date(),
  hotline: await readHotline(req.payload),
  fileUrl: mediaFileUrl,
  apiUrl: `${publicUrl()}/api`,
})
