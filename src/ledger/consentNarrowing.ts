import type { Locale } from '@/i18n/locales'
import type { ConsentRecord } from '@/workflow/consent'

import type { LedgerChannel } from './changes'

const removed = <T>(before?: readonly T[] | null, after?: readonly T[] | null) =>
  (before ?? []).filter((value) => !(after ?? []).includes(value))

/** Whether more than the channels and languages narrowed. */
const changedBeyond = (before: ConsentRecord, after: ConsentRecord) =>
  removed(before.mediaTypes, after.mediaTypes).length > 0 ||
  (before.expiresAt ?? null) !== (after.expiresAt ?? null) ||
  Boolean(before.isMinor) !== Boolean(after.isMinor)

/**
 * Which channels and languages a narrowed consent takes a live story out of. Fewer channels
 * alone: those channels, every language. Fewer languages alone: those languages, every channel.
 * Anything else (an earlier end, fewer media, a minor without a guardian's consent) changes the
 * story everywhere it is live. Empty lists mean "all", as in a ledger entry.
 */
export const narrowingReach = (
  before: ConsentRecord,
  after: ConsentRecord,
  liveLocales: readonly Locale[],
): { channels: LedgerChannel[]; languages: Locale[] } => {
  const channels = removed(before.channels, after.channels)
  const languages = removed(before.languages, after.languages).filter((locale) =>
    liveLocales.includes(locale),
  )
  const isOnlyChannels =
    channels.length > 0 && languages.length === 0 && !changedBeyond(before, after)
  const isOnlyLanguages =
    languages.length > 0 && channels.length === 0 && !changedBeyond(before, after)
  if (isOnlyChannels) return { channels, languages: [...liveLocales] }
  if (isOnlyLanguages) return { channels: [], languages }
  return { channels: [], languages: [...liveLocales] }
}
