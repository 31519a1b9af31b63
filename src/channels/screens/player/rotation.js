// @ts-check
/**
 * What the player shows next, as pure functions of the playlist and the time: no DOM, no network,
 * so tests/unit/playerRotation.spec.ts runs them in Node.
 */

/**
 * One entry of the feed (src/channels/screens/feedDocument.ts).
 * @typedef {{
 *   posterId: string | number,
 *   locale: string,
 *   title: string | null,
 *   durationSeconds: number,
 *   endsAt: string | null,
 *   image: {
 *     url: string,
 *     width: number,
 *     height: number,
 *     sha256: string | null,
 *     fit?: 'contain' | 'cover',
 *     background?: string,
 *   },
 * }} Item
 * @typedef {{
 *   screen: { resolution: string, languages: string[] },
 *   hotline: Record<string, string[]>,
 *   pollAfterSeconds: number,
 *   stale: boolean,
 *   items: Item[],
 * }} Feed
 * A feed and its ETag, which is also its version.
 * @typedef {{ version: string, feed: Feed }} Playlist
 */

/** How long `item` stays from `now`, in ms: its duration, cut short at its hard end. */
export const showingMs = (/** @type {Item} */ item, /** @type {number} */ now) =>
  Math.min(
    item.durationSeconds * 1000,
    item.endsAt === null ? Number.POSITIVE_INFINITY : Date.parse(item.endsAt) - now,
  )

/**
 * The index of the item to show after `previous` (-1: from the start), going round at most once:
 * an item past its hard end, or whose image is not in memory, is skipped. -1 when none is left.
 * @param {{ items: Item[], previous: number, now: number, isReady: (item: Item) => boolean }} at
 */
export const nextIndex = ({ items, previous, now, isReady }) => {
  for (let step = 1; step <= items.length; step++) {
    const index = (previous + step) % items.length
    if (showingMs(items[index], now) > 0 && isReady(items[index])) return index
  }
  return -1
}

/** The hotline in each of the screen's languages, each line once. */
export const hotlineLines = (/** @type {Feed} */ feed) => [
  ...new Set(feed.screen.languages.flatMap((locale) => feed.hotline[locale] ?? [])),
]

/** Whether the screen's picture is turned from the browser's (a panel mounted the other way). */
export const isTurned = (
  /** @type {string} */ resolution,
  /** @type {{ width: number, height: number }} */ viewport,
) => {
  const [width, height] = resolution.split('x').map(Number)
  return height > width !== viewport.height > viewport.width
}

/** How the image fills the screen: whole (`contain`) unless the feed says it may be cut. */
export const imageFit = (/** @type {Item} */ item) =>
  item.image.fit === 'cover' ? 'cover' : 'contain'

/**
 * The colour around an image shown whole, or null: only `#rgb`/`#rrggbb` reaches a style, so a
 * feed cannot slip anything else into the page.
 */
export const imageBackground = (/** @type {Item} */ item) =>
  typeof item.image.background === 'string' &&
  /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(item.image.background)
    ? item.image.background
    : null
