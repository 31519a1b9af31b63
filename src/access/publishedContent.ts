import type { Access } from 'payload'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { partnerMayRead } from '@/access/partnerScope'
import { publicNowWhere } from '@/ledger/publicNow'

import { channelOf } from './channelOf'
import { isStaffUser } from './roles'

/**
 * Staff read everything, drafts included. Anyone else (the public, partners' and screens' keys)
 * reads only what is live now in the language asked for on their channel (the "public now" rule).
 * A partner's key reads only its own content types and languages.
 * (A bare `true` would also let anonymous GraphQL queries read never-published drafts.)
 */
export const publishedContent =
  ({ slug, hasConsent }: { slug: string; hasConsent: boolean }): Access =>
  ({ req: { user, locale } }) => {
    if (isStaffUser(user)) return true
    // Every language at once would include languages that are not published.
    if (locale === 'all') return false
    const language = isLocale(locale) ? locale : defaultLocale
    if (channelOf(user) === 'partners' && !partnerMayRead(user, slug, language)) return false
    return publicNowWhere({ language, channel: channelOf(user), hasConsent, now: new Date() })
  }
