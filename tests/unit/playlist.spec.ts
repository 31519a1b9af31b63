import { describe, expect, it } from 'vitest'

import { buildPlaylist, type PosterInfo, type ScreenInfo } from '@/channels/screens/playlist'

const screen: ScreenInfo = {
  id: 7,
  name: '28 May',
  resolution: '1920x1080',
  languages: ['az', 'en'],
  locationId: 3,
  isActive: true,
}
const shownAs = { fit: 'cover', background: '#000000', madeForScreen: false } as const
const art = (name: string) => ({
  screenLandscape: { filename: `${name}-l.webp`, width: 1920, height: 1080, ...shownAs },
  screenPortrait: { filename: `${name}-p.webp`, width: 1080, height: 1920, ...shownAs },
  screen4k: { filename: `${name}-4k.webp`, width: 3840, height: 2160, ...shownAs },
})
const poster = (id: number, extra: Partial<PosterInfo> = {}): PosterInfo => ({
  id,
  title: { az: `P${id}`, en: `P${id}` },
  orientation: 'landscape',
  displaySeconds: 10,
  playOrder: 100,
  _status: 'published',
  workflow: { publishedLocales: ['az', 'en'] },
  screenImages: { az: art(`${id}az`), en: art(`${id}en`) },
  targetLocations: [],
  targetScreens: [],
  ...extra,
})
/** Baku is UTC+4: 08:00 in Baku is 04:00 UTC. */
const baku = (date: string, time: string) => new Date(`${date}T${time}:00+04:00`)
const play = (posters: PosterInfo[], now = baku('2026-12-01', '12:00'), on = screen) =>
  buildPlaylist({ screen: on, posters, now })
const shown = (posters: PosterInfo[], now?: Date, on?: ScreenInfo) =>
  play(posters, now, on).entries.map((entry) => `${entry.poster.id}${entry.locale}`)

describe('a screen’s playlist', () => {
  it('should play each poster in each language it has published and the screen rotates, in play order', () => {
    expect(
      shown([
        poster(1, { playOrder: 200 }),
        poster(2, { workflow: { publishedLocales: ['az'] } }),
        poster(3, { workflow: { publishedLocales: ['ru'] } }),
      ]),
    ).toEqual(['2az', '1az', '1en'])
  })

  it('should pick the rendition for the screen’s resolution, and only posters of its orientation', () => {
    const portrait = { ...screen, resolution: '1080x1920' }
    const uhd = { ...screen, resolution: '3840x2160' }
    const posters = [poster(1), poster(2, { orientation: 'portrait' })]
    expect(play(posters).entries[0].rendition.filename).toBe('1az-l.webp')
    expect(shown(posters, undefined, portrait)).toEqual(['2az', '2en'])
    expect(play(posters, undefined, portrait).entries[0].rendition.filename).toBe('2az-p.webp')
    expect(play(posters, undefined, uhd).entries[0].rendition).toMatchObject({ width: 3840 })
    expect(shown(posters, undefined, { ...screen, isActive: false })).toEqual([])
  })

  it('should play a poster on screens of the other orientation in the languages it has artwork drawn for them', () => {
    const portrait = { ...screen, resolution: '1080x1920' }
    const drawnForPortrait = art('3az')
    const posters = [
      poster(3, {
        screenImages: {
          az: {
            ...drawnForPortrait,
            screenPortrait: { ...drawnForPortrait.screenPortrait, madeForScreen: true },
          },
          en: art('3en'),
        },
      }),
    ]
    expect(shown(posters)).toEqual(['3az', '3en'])
    expect(shown(posters, undefined, portrait)).toEqual(['3az'])
  })

  it('should follow targeting: this screen, its station, or everyone when there is no target', () => {
    expect(
      shown([
        poster(1, { targetScreens: [7] }),
        poster(2, { targetLocations: [3] }),
        poster(3, { targetLocations: [4] }),
        poster(4, { targetScreens: [8], targetLocations: [4] }),
        poster(5),
      ]).filter((entry) => entry.endsWith('az')),
    ).toEqual(['1az', '2az', '5az'])
  })

  it('should flip at a schedule boundary, and say when the next one comes', () => {
    const morning = poster(1, { startsAt: baku('2026-12-01', '08:00').toISOString() })
    const ending = poster(2, { endsAt: baku('2026-12-01', '18:00').toISOString() })
    const before = play([morning, ending], baku('2026-12-01', '07:59'))
    expect(before.entries.map((e) => e.poster.id)).toEqual([2, 2])
    expect(before.nextChangeAt).toEqual(baku('2026-12-01', '08:00'))
    expect(shown([morning, ending], baku('2026-12-01', '08:00'))).toEqual([
      '1az',
      '1en',
      '2az',
      '2en',
    ])
    const evening = play([morning, ending], baku('2026-12-01', '18:00'))
    expect(evening.entries.map((e) => e.poster.id)).toEqual([1, 1])
    expect(evening.nextChangeAt).toBeNull()
    // Each item carries its hard end, for a player that cannot reach the CMS.
    expect(before.entries[0].endsAt).toBe(baku('2026-12-01', '18:00').toISOString())
  })

  it('should honour the publishing window as well as the screen window, whichever is narrower', () => {
    const posterWithBoth = poster(1, {
      startsAt: baku('2026-12-01', '08:00').toISOString(),
      publishAt: baku('2026-12-01', '09:00').toISOString(),
      endsAt: baku('2026-12-01', '20:00').toISOString(),
      unpublishAt: baku('2026-12-01', '19:00').toISOString(),
    })
    expect(shown([posterWithBoth], baku('2026-12-01', '08:30'))).toEqual([])
    expect(play([posterWithBoth], baku('2026-12-01', '09:00')).entries[0].endsAt).toBe(
      baku('2026-12-01', '19:00').toISOString(),
    )
    expect(shown([posterWithBoth], baku('2026-12-01', '19:00'))).toEqual([])
  })

  it('should ask the "public now" rule: nothing unpublished or withdrawn plays', () => {
    expect(
      shown([
        poster(1, { _status: 'draft' }),
        poster(2, { workflow: { publishedLocales: ['az'], withdrawnAt: '2026-11-01T00:00:00Z' } }),
        poster(3, { workflow: { publishedLocales: ['en'] } }),
      ]),
    ).toEqual(['3en'])
  })

  it('should play a poster only in its dayparts, Baku time, including one past midnight', () => {
    const rushHours = poster(1, {
      dayparts: [
        { from: '07:00', to: '10:00' },
        { from: '22:00', to: '02:00' },
      ],
    })
    expect(shown([rushHours], baku('2026-12-01', '06:59'))).toEqual([])
    const morning = play([rushHours], baku('2026-12-01', '07:00'))
    expect(morning.entries).toHaveLength(2)
    expect(morning.entries[0].endsAt).toBe(baku('2026-12-01', '10:00').toISOString())
    expect(play([rushHours], baku('2026-12-01', '06:59')).nextChangeAt).toEqual(
      baku('2026-12-01', '07:00'),
    )
    expect(shown([rushHours], baku('2026-12-01', '12:00'))).toEqual([])
    expect(shown([rushHours], baku('2026-12-02', '01:30'))).toHaveLength(2)
    expect(play([rushHours], baku('2026-12-02', '01:30')).nextChangeAt).toEqual(
      baku('2026-12-02', '02:00'),
    )
  })
})
