import type { PayloadRequest, TypedUser } from 'payload'

import { publicUrl } from '@/env'
import type { Locale } from '@/i18n/locales'
import { refuse } from '@/http/refuse'

import { readHotline } from '@/globals/hotline'
import { pageAddressesIn } from '@/links/pageAddress'
import { mediaFileUrl } from './mediaFileUrl'
import { partnerMessagesFor } from './messages'
import type { PartnerReadContext } from './readAsPartner'

/** The partner API's messages in the language the request asked for (English by default). */
export const wordsFor = (req: PayloadRequest) =>
  partnerMessagesFor(req.headers.get('accept-language'))

/** The partner behind a request's key, or the refusal: staff logins and screens' keys get none. */
export const requirePartner = (req: PayloadRequest): TypedUser => {
  const words = wordsFor(req)
  if (!req.user) throw refuse(401, words.noKey)
  if (req.user.collection !== 'partners') throw refuse(403, words.notAPartner)
  if ((req.user as { isActive?: boolean }).isActive === false) throw refuse(403, words.switchedOff)
  return req.user
}

/** Settings → Website, the page address templates, in each language. */
const readPageAddresses = async (payload: PayloadRequest['payload']) => {
  const settings = (await payload.findGlobal({ slug: 'settings', locale: 'all', depth: 0 })) as {
    website?: Parameters<typeof pageAddressesIn>[0]
  }
  return (locale: Locale) => pageAddressesIn(settings.website, locale)
}

/** What reading as this partner needs: its access, the hotline, page and absolute addresses. */
export const partnerReadContext = async (
  req: PayloadRequest,
  partner: TypedUser,
): Promise<PartnerReadContext> => {
  const [hotline, pages] = await Promise.all([
    readHotline(req.payload),
    readPageAddresses(req.payload),
  ])
  return {
    payload: req.payload,
    partner,
    now: new Date(),
    hotline,
    pages,
    fileUrl: mediaFileUrl,
    apiUrl: `${publicUrl()}/api`,
  }
}
