import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { ConsentChannel } from '@/workflow/consent'

/**
 * What is live now in one language on one channel: published, in a published language, inside
 * its publishing window and, for a victim's story, while the consent record allows that channel,
 * language and the text itself (with a guardian's consent for a minor) and has not expired or
 * been withdrawn. The one definition every channel reads through, so nothing depends on a job
 * having run.
 */
export const liveContentWhere = ({
  language,
  channel,
  hasConsent,
  now,
}: {
  language: Locale
  channel: ConsentChannel
  hasConsent: boolean
  now: Date
}): Where => {
  const at = now.toISOString()
  const and: Where[] = [
    { _status: { equals: 'published' } },
    { 'workflow.publishedLocales': { in: [language] } },
    // The schedule holds even if the job runner has not acted on it (yet).
    { or: [{ publishAt: { exists: false } }, { publishAt: { less_than_equal: at } }] },
    { or: [{ unpublishAt: { exists: false } }, { unpublishAt: { greater_than: at } }] },
  ]
  if (hasConsent)
    and.push(
      { 'workflow.withdrawnAt': { exists: false } },
      { 'consent.expiresAt': { greater_than: at } },
      { 'consent.channels': { in: [channel] } },
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
