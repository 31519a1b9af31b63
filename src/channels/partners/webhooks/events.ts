import type { Locale } from '@/i18n/locales'
import type { LedgerChange } from '@/ledger/changes'
import type { ConsentRecord } from '@/workflow/consent'

import { partnerScope, type PartnerContentType } from '@/access/partnerScope'

export const webhookEvents = ['publish', 'update', 'unpublish', 'withdraw'] as const
export type WebhookEvent = (typeof webhookEvents)[number]

/**
 * What partners hear of a ledger entry: a first publication, a re-publication of a live item, a
 * live item taken down, or one its consent no longer lets them keep (withdrawn, narrowed, run
 * out). Settings, screens and media entries are not news to partners: their sync re-reads items.
 */
export const webhookEventOf = ({
  change,
  wasLive,
}: {
  change: LedgerChange
  wasLive: boolean
}): WebhookEvent | null => {
  if (change === 'published') return wasLive ? 'update' : 'publish'
  // An erased story was taken down before: partners heard then.
  if (change === 'unpublished' || change === 'deleted' || change === 'erased')
    return wasLive ? 'unpublish' : null
  if (
    change === 'consent-withdrawn' ||
    change === 'consent-narrowed' ||
    change === 'consent-expired'
  )
    return 'withdraw'
  return null
}

export type WebhookCandidate = {
  contentTypes?: readonly string[] | null
  languages?: readonly string[] | null
  isActive?: boolean | null
  webhookUrl?: string | null
  webhookPausedAt?: string | null
}

/**
 * The partners told of an event, each with the languages it takes. A publication reaches only
 * partners that may read the item (their type and languages, and for a story the consent's
 * channel and languages). A takedown reaches every partner whose type and languages cover what
 * was live, whatever the consent says now: any of them may hold a copy it must remove.
 * Paused partners are listed too, so the log shows what they missed.
 */
export const webhookRecipients = <Partner extends WebhookCandidate>({
  partners,
  event,
  type,
  locales,
  consent,
}: {
  partners: Partner[]
  event: WebhookEvent
  type: PartnerContentType
  locales: readonly Locale[]
  /** A story's consent record; none for other types. */
  consent?: ConsentRecord | null
}): { partner: Partner; locales: Locale[]; isPaused: boolean }[] => {
  const isTakedown = event === 'unpublish' || event === 'withdraw'
  const isConsentOk = (locale: Locale) =>
    isTakedown ||
    type !== 'stories' ||
    Boolean(consent?.channels?.includes('partners') && consent.languages?.includes(locale))
  return partners.flatMap((partner) => {
    if (!partner.webhookUrl) return []
    const scope = partnerScope({ ...partner, collection: 'partners' })
    if (!scope.types.includes(type)) return []
    const theirs = locales.filter((locale) => scope.locales.includes(locale) && isConsentOk(locale))
    return theirs.length
      ? [{ partner, locales: theirs, isPaused: Boolean(partner.webhookPausedAt) }]
      : []
  })
}
