import type { Locale } from '@/i18n/locales'
import { nextPublicChange, publicNow, type PublicItem } from '@/ledger/publicNow'

/**
 * What a screen plays now, as a pure function of the published posters, the screen and the time.
 * No Payload here: the cache (./playlistCache.ts) loads the posters and calls this.
 */

type Id = string | number
type When = string | null | undefined

export type Rendition = { filename: string; width: number; height: number }
/** The kinds of screen: each plays the image chosen for it (./screenImage.ts). */
export type RenditionName = 'screenLandscape' | 'screenPortrait' | 'screen4k'
/**
 * A file a screen plays and how: `contain` shows it whole on `background`, `cover` fills the
 * screen (a crop made for it, or an image the editor marked safe to crop).
 */
export type ScreenImage = Rendition & {
  fit: 'contain' | 'cover'
  background: string
  /** The poster's own artwork for this shape of screen, not its general artwork. */
  madeForScreen: boolean
}

export type ScreenInfo = {
  id: Id
  name: string
  resolution: string
  languages: Locale[]
  locationId: Id | null
  isActive: boolean
}

/** Published, languages live and publishing window: what the "public now" rule reads. */
export type PosterInfo = Pick<PublicItem, '_status' | 'workflow' | 'publishAt' | 'unpublishAt'> & {
  id: Id
  title: Partial<Record<Locale, string>>
  orientation: 'landscape' | 'portrait'
  displaySeconds: number
  playOrder: number
  /** Per language and kind of screen: the image it plays, chosen when the snapshot is read. */
  screenImages: Partial<Record<Locale, Partial<Record<RenditionName, ScreenImage>>>>
  targetLocations: Id[]
  targetScreens: Id[]
  /** The screen schedule window, within the publishing window: whichever ends first wins. */
  startsAt?: When
  endsAt?: When
  /** Times of day it plays, in Baku time ("07:00"–"10:00"); none means all day. */
  dayparts?: { from: string; to: string }[]
}

export type PlaylistEntry = {
  poster: PosterInfo
  locale: Locale
  rendition: ScreenImage
  /** Its hard end, so a player stops it on time even while it cannot reach the CMS. */
  endsAt: string | null
}

/** The rendition made for each screen resolution (src/media/renditions.ts). */
export const renditionFor = (resolution: string): RenditionName =>
  resolution === '3840x2160'
    ? 'screen4k'
    : orientationOf(resolution) === 'portrait'
      ? 'screenPortrait'
      : 'screenLandscape'

/** Portrait when taller than wide. */
export const orientationOf = (resolution: string): 'landscape' | 'portrait' => {
  const [width, height] = resolution.split('x').map(Number)
  return height > width ? 'portrait' : 'landscape'
}

const time = (value: When) => (value ? new Date(value).getTime() : null)
const same = (a: Id, b: Id | null) => b !== null && String(a) === String(b)

/** Targeted at this screen or its station; no target at all means every screen. */
const isTargeted = (poster: PosterInfo, screen: ScreenInfo) =>
  (!poster.targetScreens.length && !poster.targetLocations.length) ||
  poster.targetScreens.some((id) => same(id, screen.id)) ||
  poster.targetLocations.some((id) => same(id, screen.locationId))

/** Baku keeps UTC+4 all year (no daylight saving since 2016). */
const bakuOffsetMinutes = 4 * 60
const minuteMs = 60_000
const dayMinutes = 24 * 60
const minutesOf = (hhmm: string) => {
  const [hours, minutes] = hhmm.split(':').map(Number)
  return hours * 60 + minutes
}
const bakuMinuteOfDay = (at: number) => (Math.floor(at / minuteMs) + bakuOffsetMinutes) % dayMinutes

/** Inside one of its dayparts (a part may run past midnight, e.g. 22:00–02:00). */
const isInDaypart = (poster: PosterInfo, at: number) => {
  if (!poster.dayparts?.length) return true
  const minute = bakuMinuteOfDay(at)
  return poster.dayparts.some(({ from, to }) => {
    const [start, end] = [minutesOf(from), minutesOf(to)]
    return start <= end ? minute >= start && minute < end : minute >= start || minute < end
  })
}

/** The next time after `at` that one of the poster's dayparts starts or ends. */
const nextDaypartBoundary = (poster: PosterInfo, at: number): number | null => {
  if (!poster.dayparts?.length) return null
  const minute = bakuMinuteOfDay(at)
  const startOfMinute = Math.floor(at / minuteMs) * minuteMs
  const ahead = poster.dayparts
    .flatMap(({ from, to }) => [minutesOf(from), minutesOf(to)])
    .map((boundary) => (boundary - minute + dayMinutes) % dayMinutes || dayMinutes)
  return startOfMinute + Math.min(...ahead) * minuteMs
}

/**
 * Whether a poster plays in this language at `now`: public on screens by the rule every channel
 * asks, inside its screen window and in one of its dayparts.
 */
export const isShowing = (poster: PosterInfo, locale: Locale, now: Date) => {
  const at = now.getTime()
  const [start, end] = [time(poster.startsAt), time(poster.endsAt)]
  return (
    publicNow({ item: poster, hasConsent: false, language: locale, channel: 'screens', now })
      .isPublic &&
    (start === null || start <= at) &&
    (end === null || end > at) &&
    isInDaypart(poster, at)
  )
}

/**
 * The screen's playlist at `now`, in play order (then oldest first), each poster once per
 * language the screen rotates and the poster has published, and when it next changes by itself.
 */
export const buildPlaylist = ({
  screen,
  posters,
  now,
}: {
  screen: ScreenInfo
  posters: readonly PosterInfo[]
  now: Date
}): { entries: PlaylistEntry[]; nextChangeAt: Date | null } => {
  const at = now.getTime()
  const rendition = renditionFor(screen.resolution)
  const orientation = orientationOf(screen.resolution)
  const boundaries: number[] = []
  const entries: PlaylistEntry[] = []
  // A poster plays on screens of its own orientation, and on the others in the languages it has
  // artwork drawn for their shape.
  const imagesFor = (poster: PosterInfo) =>
    screen.languages.flatMap((locale) => {
      const file = poster.screenImages[locale]?.[rendition]
      return file && (poster.orientation === orientation || file.madeForScreen)
        ? [{ locale, file }]
        : []
    })
  const candidates = screen.isActive
    ? posters.filter((poster) => isTargeted(poster, screen) && imagesFor(poster).length)
    : []
  const ordered = [...candidates].sort(
    (a, b) =>
      a.playOrder - b.playOrder ||
      String(a.id).localeCompare(String(b.id), 'en', { numeric: true }),
  )
  for (const poster of ordered) {
    const [start, end] = [time(poster.startsAt), time(poster.endsAt)]
    const ruleChange = nextPublicChange(poster, now)?.getTime() ?? null
    const daypartBoundary = nextDaypartBoundary(poster, at)
    const ahead = [start, end, ruleChange, daypartBoundary].filter(
      (t): t is number => t !== null && t > at,
    )
    boundaries.push(...ahead)
    // While it plays every start has passed, so whatever comes next ends it.
    const hardEnd = ahead.length ? new Date(Math.min(...ahead)).toISOString() : null
    for (const { locale, file } of imagesFor(poster)) {
      if (!isShowing(poster, locale, now)) continue
      entries.push({ poster, locale, rendition: file, endsAt: hardEnd })
    }
  }
  return {
    entries,
    nextChangeAt: boundaries.length ? new Date(Math.min(...boundaries)) : null,
  }
}
