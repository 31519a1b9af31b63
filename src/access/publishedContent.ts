import type { Access, Where } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { partnerMayRead } from '@/partners/scope'

import { channelOf } from './channelOf'
import { isStaffUser } from './roles'

/**
 * Staff read everything, drafts included. Anyone else (the public, partners' and screens' keys)
 * reads only what is published in the language asked for and inside its publishing window, and,
 * for victims' stories, only while the consent record allows that channel, language and the text
 * itself (with a guardian's consent for a minor) and has not expired or been withdrawn.
 * A partner's key reads only its own content types and languages.
 * Checked on every read, so nothing depends on a job having run. (A bare `true` would also let
 * anonymous GraphQL queries read never-published drafts.)
 */
export const publishedContent =
  ({ slug, hasConsent }: { slug: string; hasConsent: boolean }): Access =>
  ({ req: { user, locale } }) => {
    if (isStaffUser(user)) return true
    // Every language at once would include languages that are not published.
    if (locale === 'all') return false
    const language = locale || defaultLocale
    if (channelOf(user) === 'partners' && !partnerMayRead(user, slug, language)) return false
    const now = new Date().toISOString()
    const and: Where[] = [
      { _status: { equals: 'published' } },
      { 'workflow.publishedLocales': { in: [language] } },
      // The schedule holds even if the job runner has not acted on it (yet).
      { or: [{ publishAt: { exists: false } }, { publishAt: { less_than_equal: now } }] },
      { or: [{ unpublishAt: { exists: false } }, { unpublishAt: { greater_than: now } }] },
    ]
    if (hasConsent)
      and.push(
        { 'workflow.withdrawnAt': { exists: false } },
        { 'consent.expiresAt': { greater_than: now } },
        { 'consent.channels': { in: [channelOf(user)] } },
        { 'consent.languages': { in: [language] } },
        { 'consent.mediaTypes': { in: ['text'] } },
        // Someone who was a minor needs a guardian's consent too.
        {
          or: [
            { 'consent.isMinor': { not_equals: true } },
            { 'consent.guardianGivenAt': { exists: true } },
          ],
        },
      )
    return { and }
  }
