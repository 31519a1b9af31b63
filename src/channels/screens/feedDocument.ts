import { createHmac, timingSafeEqual } from 'crypto'

import type { Locale } from '@/i18n/locales'

import { strongEtag } from '@/http/etag'
import type { PlaylistEntry, ScreenInfo } from './playlist'

/** The hotline every screen shows, per language, and how often screens should ask again. */
export type FeedSettings = {
  hotlines: { number: string; label: Partial<Record<Locale, string>> }[]
  pollAfterSeconds: number
}

/**
 * Renditions are served to screens by signed, unguessable URLs (`/screens/media/<file>?s=…`):
 * a display's browser cannot send its key with an <img>, and no one can list the library.
 */
export const signMediaFile = (secret: string, filename: string) =>
  createHmac('sha256', secret).update(`screen-media:${filename}`).digest('base64url').slice(0, 32)

export const isSignedMediaFile = (secret: string, filename: string, signature: string) => {
  const expected = Buffer.from(signMediaFile(secret, filename))
  const given = Buffer.from(signature)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export type FeedDocument = { body: Buffer; etag: string }

/**
 * The JSON a screen gets, and its strong ETag: a fingerprint of exactly these bytes, so the ETag
 * changes when, and only when, what the screen should show changes.
 */
export const feedDocument = ({
  screen,
  entries,
  settings,
  publicUrl,
  secret,
  contentHash,
  isStale,
}: {
  screen: ScreenInfo
  entries: readonly PlaylistEntry[]
  settings: FeedSettings
  publicUrl: string
  secret: string
  /** sha256 of a rendition file, by filename. */
  contentHash: (filename: string) => string | null
  isStale: boolean
}): FeedDocument => {
  const document = {
    screen: {
      id: screen.id,
      name: screen.name,
      resolution: screen.resolution,
      languages: screen.languages,
    },
    pollAfterSeconds: settings.pollAfterSeconds,
    // The CMS could not reach its database: this is the last playlist it knew to be right.
    stale: isStale,
    hotline: Object.fromEntries(
      screen.languages.map((locale) => [
        locale,
        settings.hotlines.map(
          (line) => `${line.label[locale] ?? line.label.az ?? ''}: ${line.number}`,
        ),
      ]),
    ),
    items: entries.map(({ poster, locale, rendition, endsAt }) => ({
      posterId: poster.id,
      locale,
      title: poster.title[locale] ?? null,
      durationSeconds: poster.displaySeconds,
      endsAt,
      image: {
        url: `${publicUrl}/screens/media/${rendition.filename}?s=${signMediaFile(secret, rendition.filename)}`,
        width: rendition.width,
        height: rendition.height,
        sha256: contentHash(rendition.filename),
        fit: rendition.fit,
        background: rendition.background,
      },
    })),
  }
  const body = Buffer.from(JSON.stringify(document))
  return { body, etag: strongEtag(body) }
}
