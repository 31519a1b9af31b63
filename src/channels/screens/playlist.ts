import type { Locale } from '@/i18n/locales'

/**
 * What a screen plays now, as a pure function of the published posters, the screen and the time.
 * No Payload here: the cache (./playlistCache.ts) loads the posters and calls this.
 */

type Id = string | number
type When = string | null | undefined

export type Rendition = { filename: string; width: number; height: number }
export type RenditionName = 'screenLandscape' | 'screenPortrait' | 'screen4k'

export type ScreenInfo = {
  id: Id
  name: string
  resolution: string
  languages: Locale[]
  locationId: Id | null
  isActive: boolean
}

export type PosterInfo = {
  id: Id
  title: Partial<Record<Locale, string>>
  orientation: 'landscape' | 'portrait'
  displaySeconds: number
  playOrder: number
  /** Languages whose approved version is live (workflow.publishedLocales). */
  publishedLocales: Locale[]
  /** Per language: the artwork's screen renditions. */
  artwork: Partial<Record<Locale, Partial<Record<RenditionName, Rendition>>>>
  targetLocations: Id[]
  targetScreens: Id[]
  /** The screen schedule window and the publishing window: whichever ends first wins. */
  startsAt?: When
  endsAt?: When
  publishAt?: When
  unpublishAt?: When
  /** Times of day it plays, in Baku time ("07:00"–"10:00"); none means all day. */
  dayparts?: { from: string; to: string }[]
}

export type PlaylistEntry = {
  poster: PosterInfo
  locale: Locale
  rendition: Rendition
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

/** Start and end of a poster's time on screens: the later start, the earlier end. */
const windowOf = (poster: PosterInfo) => {
  const starts = [time(poster.startsAt), time(poster.publishAt)].filter((t) => t !== null)
  const ends = [time(poster.endsAt), time(poster.unpublishAt)].filter((t) => t !== null)
  return {
    start: starts.length ? Math.max(...starts) : null,
    end: ends.length ? Math.min(...ends) : null,
  }
}

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

/** Whether a poster is inside its windows and dayparts at `now`. */
export const isShowing = (poster: PosterInfo, now: Date) => {
  const { start, end } = windowOf(poster)
  const at = now.getTime()
  return (start === null || start <= at) && (end === null || end > at) && isInDaypart(poster, at)
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
  const candidates = screen.isActive
    ? posters.filter((poster) => poster.orientation === orientation && isTargeted(poster, screen))
    : []
  const ordered = [...candidates].sort(
    (a, b) =>
      a.playOrder - b.playOrder ||
      String(a.id).localeCompare(String(b.id), 'en', { numeric: true }),
  )
  for (const poster of ordered) {
    const { start, end } = windowOf(poster)
    if (start !== null && start > at) boundaries.push(start)
    if (end !== null && end > at) boundaries.push(end)
    const daypartBoundary = nextDaypartBoundary(poster, at)
    if (daypartBoundary !== null) boundaries.push(daypartBoundary)
    if (!isShowing(poster, now)) continue
    // Whichever comes first: the end of its windows or of the daypart it is in.
    const ends = [end, daypartBoundary].filter((t) => t !== null)
    const hardEnd = ends.length ? new Date(Math.min(...ends)).toISOString() : null
    for (const locale of screen.languages) {
      const file = poster.artwork[locale]?.[rendition]
      if (!poster.publishedLocales.includes(locale) || !file) continue
      entries.push({ poster, locale, rendition: file, endsAt: hardEnd })
    }
  }
  return {
    entries,
    nextChangeAt: boundaries.length ? new Date(Math.min(...boundaries)) : null,
  }
}
