import type { Payload } from 'payload'

import { relationId, type Id } from '@/db/relationId'
import { locales, type Locale } from '@/i18n/locales'
import type { Media, Poster, Screen, Setting } from '@/payload-types'

import type { FeedSettings } from './feedDocument'
import type { PosterInfo, RenditionName, ScreenInfo } from './playlist'
import { formatSlotFor, screenImageOf } from './screenImage'

/** Everything the screen channel serves, read from the database in one go. */
export type Snapshot = {
  posters: PosterInfo[]
  screens: (ScreenInfo & { apiKeyIndex: string | null })[]
  settings: FeedSettings
}

const screenRenditions: RenditionName[] = ['screenLandscape', 'screenPortrait', 'screen4k']

type ByLocale = Partial<Record<Locale, Id>>
type PosterRow = Omit<Poster, 'title' | 'artwork' | 'formatArtwork'> & {
  title?: Partial<Record<Locale, string>>
  artwork?: ByLocale
  formatArtwork?: { screenLandscape?: ByLocale; screenPortrait?: ByLocale }
}

/** Every image a poster may play on a screen, in any language. */
const imageIdsOf = (poster: PosterRow) =>
  [poster.artwork, poster.formatArtwork?.screenLandscape, poster.formatArtwork?.screenPortrait]
    .flatMap((byLocale) => Object.values(byLocale ?? {}))
    .map(relationId)

/**
 * Per language and kind of screen, the image it plays: the poster's own artwork for that shape
 * in that language, else its general artwork; chosen here so the feed does no work per request.
 */
const screenImagesOf = (poster: PosterRow, mediaById: Map<string, Media>) =>
  Object.fromEntries(
    locales.map((locale) => {
      const media = (id: unknown) => mediaById.get(String(relationId(id)))
      const general = media(poster.artwork?.[locale])
      return [
        locale,
        Object.fromEntries(
          screenRenditions.flatMap((kind) => {
            const own = media(poster.formatArtwork?.[formatSlotFor(kind)]?.[locale])
            const image = screenImageOf({
              source: own ?? general,
              kind,
              background: poster.artworkBackground,
              madeForScreen: !!own,
            })
            return image ? [[kind, image]] : []
          }),
        ),
      ]
    }),
  ) as PosterInfo['screenImages']

/**
 * Published posters with the image each kind of screen plays in every language, every screen (with
 * its API-key index, to know a key without asking the database) and the settings.
 */
export const loadSnapshot = async (payload: Payload): Promise<Snapshot> => {
  const base = { overrideAccess: true, depth: 0, pagination: false } as const
  const posters = (
    await payload.find({
      ...base,
      collection: 'posters',
      locale: 'all',
      where: { _status: { equals: 'published' } },
    })
  ).docs as unknown as PosterRow[]
  const mediaIds = [...new Set(posters.flatMap(imageIdsOf))].filter((id): id is Id => id !== null)
  const media = mediaIds.length
    ? (await payload.find({ ...base, collection: 'media', where: { id: { in: mediaIds } } })).docs
    : []
  const mediaById = new Map(media.map((doc) => [String(doc.id), doc]))
  // Straight from the database: Payload's reads always leave out the API-key index.
  const screens = (await payload.db.find({ collection: 'screens', pagination: false, limit: 0 }))
    .docs as unknown as Screen[]
  const settings = (await payload.findGlobal({
    slug: 'settings',
    locale: 'all',
    depth: 0,
    overrideAccess: true,
  })) as unknown as Omit<Setting, 'hotlines'> & {
    hotlines?: { number: string; label?: Partial<Record<Locale, string>> }[]
  }

  return {
    posters: posters.map((poster) => ({
      id: poster.id,
      title: poster.title ?? {},
      orientation: poster.orientation,
      displaySeconds: poster.displaySeconds,
      playOrder: poster.playOrder ?? 100,
      _status: poster._status,
      workflow: {
        publishedLocales: poster.workflow?.publishedLocales,
        withdrawnAt: poster.workflow?.withdrawnAt,
      },
      screenImages: screenImagesOf(poster, mediaById),
      targetLocations: (poster.targetLocations ?? []).map(relationId).filter((id) => id !== null),
      targetScreens: (poster.targetScreens ?? []).map(relationId).filter((id) => id !== null),
      startsAt: poster.schedule?.startsAt,
      endsAt: poster.schedule?.endsAt,
      publishAt: poster.publishAt,
      unpublishAt: poster.unpublishAt,
      dayparts: (poster.dayparts ?? []).map(({ from, to }) => ({ from, to })),
    })),
    screens: screens.map((screen) => ({
      id: screen.id,
      name: screen.name,
      resolution: screen.resolution,
      languages: (screen.languages ?? []) as Locale[],
      locationId: relationId(screen.location),
      isActive: screen.isActive !== false,
      apiKeyIndex: screen.enableAPIKey ? (screen.apiKeyIndex ?? null) : null,
    })),
    settings: {
      hotlines: (settings.hotlines ?? []).map((line) => ({
        number: line.number,
        label: line.label ?? {},
      })),
      pollAfterSeconds: settings.screenPollSeconds ?? 30,
    },
  }
}
