import type { LedgerChange } from './changes'

/**
 * What a workflow action changes for the channels: a publication (first or again), or a live
 * item taken down (by hand, on schedule, or because consent was withdrawn). Anything else moves
 * only drafts, which no channel shows.
 */
export const ledgerChangeOf = ({
  action,
  wasLive,
}: {
  action: string
  wasLive: boolean
}): LedgerChange | null => {
  if (action === 'publish') return 'published'
  if (!wasLive) return null
  if (action === 'unpublish') return 'unpublished'
  if (action === 'withdraw-consent') return 'consent-withdrawn'
  return null
}
