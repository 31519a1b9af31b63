import { createHash, createHmac } from 'crypto'
import fs from 'fs/promises'
import path from 'path'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { ledgerHead } from '@/ledger/follow'

import { feedDocument, type FeedDocument } from './feedDocument'
import { buildPlaylist, isShowing, type PosterInfo, type ScreenInfo } from './playlist'
import { loadSnapshot, type Snapshot } from './snapshot'

type Built = { document: FeedDocument; validUntil: number }

/** Where the running server's cache is found: Next bundles its own copy of this module. */
const runningCache = Symbol.for('xeberdar.playlistCache')
type WithRunningCache = { [runningCache]?: PlaylistCache }

/**
 * Every screen's playlist, built once and served from memory. Every change a channel may show
 * (through any instance) moves the publication ledger's head; this polls it every `pollMs` and
 * reloads when it moves, so an approval reaches every feed within a second. A playlist also
 * rebuilds itself at its next schedule boundary. When the database cannot be reached, the last
 * snapshot keeps being served, marked stale, until the database answers again.
 */
export const createPlaylistCache = ({
  payload,
  publicUrl,
  imagesDir,
  pollMs = 250,
  now = () => new Date(),
}: {
  payload: Payload
  publicUrl: string
  imagesDir: string
  pollMs?: number
  now?: () => Date
}) => {
  let snapshot: Snapshot | null = null
  let token: number | undefined
  let isStale = false
  let isChecking = false
  let timer: NodeJS.Timeout | undefined
  let screensByKeyIndex = new Map<string, ScreenInfo>()
  let screensById = new Map<string, ScreenInfo>()
  /** Which poster, in which language, each file a screen may play belongs to. */
  let filesOnScreens = new Map<string, { poster: PosterInfo; locale: Locale }>()
  const fileHashes = new Map<string, string | null>()
  const built = new Map<string, Built>()
  /** Keys already looked up since the last reload: no HMAC on every poll. */
  const screensByKey = new Map<string, ScreenInfo | null>()

  const hashFile = async (filename: string) => {
    if (fileHashes.has(filename)) return
    const bytes = await fs.readFile(path.join(imagesDir, filename)).catch(() => null)
    fileHashes.set(filename, bytes && createHash('sha256').update(bytes).digest('hex'))
  }

  const reload = async () => {
    const next = await loadSnapshot(payload)
    const files = new Map<string, { poster: PosterInfo; locale: Locale }>()
    for (const poster of next.posters)
      for (const [locale, images] of Object.entries(poster.screenImages))
        for (const image of Object.values(images ?? {}))
          files.set(image.filename, { poster, locale: locale as Locale })
    await Promise.all([...files.keys()].map(hashFile))
    snapshot = next
    filesOnScreens = files
    screensById = new Map(next.screens.map((screen) => [String(screen.id), screen]))
    screensByKeyIndex = new Map(
      next.screens.flatMap((screen) => (screen.apiKeyIndex ? [[screen.apiKeyIndex, screen]] : [])),
    )
    built.clear()
    screensByKey.clear()
  }

  const check = async () => {
    if (isChecking) return
    isChecking = true
    try {
      // Straight from the adapter: this runs four times a second beside the feed's hot path.
      const current = await ledgerHead(payload)
      if (!snapshot || isStale || current !== token) {
        await reload()
        token = current
      }
      if (isStale)
        payload.logger.info('Screen feed: the database answers again; playlists are fresh')
      isStale = false
    } catch (err) {
      if (!isStale)
        payload.logger.error({
          err,
          msg: 'Screen feed: database unreachable; serving the last playlists, marked stale',
        })
      if (!isStale) built.clear()
      isStale = true
    } finally {
      isChecking = false
    }
  }

  /** The screen's playlist now, built if it is not in memory or has reached its next change. */
  const playlistOf = (screenId: string | number): FeedDocument | null => {
    const screen = screensById.get(String(screenId))
    if (!snapshot || !screen) return null
    const at = now()
    const hit = built.get(screen.id.toString())
    if (hit && at.getTime() < hit.validUntil) return hit.document
    const { entries, nextChangeAt } = buildPlaylist({ screen, posters: snapshot.posters, now: at })
    const document = feedDocument({
      screen,
      entries,
      settings: snapshot.settings,
      publicUrl,
      secret: payload.secret,
      contentHash: (filename) => fileHashes.get(filename) ?? null,
      isStale,
    })
    built.set(screen.id.toString(), {
      document,
      validUntil: nextChangeAt?.getTime() ?? Number.POSITIVE_INFINITY,
    })
    return document
  }

  const cache = {
    start: async () => {
      ;(globalThis as WithRunningCache)[runningCache] = cache
      await check()
      timer = setInterval(() => void check(), pollMs)
      timer.unref()
    },
    stop: () => clearInterval(timer),
    /** Whether the first snapshot has been read (until then the feed answers 503). */
    isReady: () => snapshot !== null,
    isStale: () => isStale,
    /** Signs and checks rendition URLs. */
    secret: payload.secret,
    /** The screen a key belongs to, the way Payload indexes API keys, without the database. */
    screenForKey: (apiKey: string) => {
      let screen = screensByKey.get(apiKey)
      if (screen === undefined) {
        const index = createHmac('sha256', payload.secret).update(apiKey).digest('hex')
        screen = screensByKeyIndex.get(index) ?? null
        // Bounded: a flood of made-up keys must not grow memory without end.
        if (screensByKey.size < 10_000) screensByKey.set(apiKey, screen)
      }
      return screen
    },
    playlistOf,
    /** The ETag of what the screen should be showing now: to tell whether it runs it. */
    currentPlaylistVersion: (screenId: string | number) => playlistOf(screenId)?.etag ?? null,
    /** Whether a rendition is in some screen's playlist now: only those are served. */
    isOnScreens: (filename: string) => {
      const file = filesOnScreens.get(filename)
      return Boolean(file && isShowing(file.poster, file.locale, now()))
    },
  }
  return cache
}

export type PlaylistCache = ReturnType<typeof createPlaylistCache>

/**
 * The ETag a screen should hold now, from the running server's cache (null outside a server):
 * the admin compares it with the version the screen last fetched.
 */
export const currentPlaylistVersion = (screenId: string | number): string | null =>
  (globalThis as WithRunningCache)[runningCache]?.currentPlaylistVersion(screenId) ?? null
