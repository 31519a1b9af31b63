import type { Locale } from '@/i18n/locales'

/** The channels an entry can concern: the consent record's channels, in the same words. */
export const ledgerChannels = ['website', 'partners', 'screens', 'print'] as const
export type LedgerChannel = (typeof ledgerChannels)[number]

/**
 * Every kind of change to what some channel may show. Item changes name the item; settings,
 * screens and media changes name what changed, for the channels that draw it.
 */
export const ledgerChanges = [
  // The workflow, by a person or by the scheduler at a publishing window's edge.
  'published',
  'unpublished',
  'consent-withdrawn',
  // The consent record, live: narrowed by an editor, or run out (written when it falls due).
  'consent-narrowed',
  'consent-expired',
  'erased',
  'deleted',
  // What every channel draws around the content (hotline, organisations, sizes, page address).
  'settings-changed',
  // Screens and their stations: which posters a screen plays, and when.
  'screens-changed',
  // An image or video file that items show.
  'media-changed',
] as const
export type LedgerChange = (typeof ledgerChanges)[number]

export type LedgerEntryInput = {
  change: LedgerChange
  /** The collection of what changed ('settings' for the settings). */
  type: string
  itemId?: string | number | null
  /** Languages whose public face changed; empty means all. */
  languages?: readonly Locale[]
  /** Channels whose view changed; empty means all. */
  channels?: readonly LedgerChannel[]
  /** The item was public in some language just before (a republication, a takedown). */
  wasLive?: boolean
  /** Why, in a few words: the workflow action, "scheduled", "consent expired". */
  cause?: string | null
  /** When the change took effect, if not now (a consent that ran out while nobody looked). */
  effectiveAt?: string | null
}

export type LedgerEntry = Required<Omit<LedgerEntryInput, 'itemId' | 'effectiveAt'>> & {
  position: number
  effectiveAt: string
  itemId: string | null
  /** "<type>:<id>", or the type alone for settings. */
  item: string
  recordedAt: string
}

export const itemKey = (type: string, id?: string | number | null) =>
  id === undefined || id === null ? type : `${type}:${id}`

/** Whether an entry concerns a channel (no channels named means all of them). */
export const concernsChannel = (entry: Pick<LedgerEntry, 'channels'>, channel: LedgerChannel) =>
  entry.channels.length === 0 || entry.channels.includes(channel)

/** The entry as stored: one row, the languages and channels as short lists. */
export const ledgerRow = (
  input: LedgerEntryInput,
  { position, now }: { position: number; now: Date },
): LedgerEntry => ({
  position,
  change: input.change,
  type: input.type,
  itemId: input.itemId === undefined || input.itemId === null ? null : String(input.itemId),
  item: itemKey(input.type, input.itemId),
  languages: [...new Set(input.languages ?? [])],
  channels: [...new Set(input.channels ?? [])],
  wasLive: Boolean(input.wasLive),
  cause: input.cause ?? null,
  effectiveAt: input.effectiveAt ?? now.toISOString(),
  recordedAt: now.toISOString(),
})
