import { describe, expect, it } from 'vitest'

import {
  hotlineLines,
  imageBackground,
  imageFit,
  isTurned,
  nextIndex,
  showingMs,
  type Item,
} from '@/channels/screens/player/rotation.js'

const at = Date.parse('2026-12-01T08:00:00Z')
const item = (posterId: number, extra: Partial<Item> = {}): Item => ({
  posterId,
  locale: 'az',
  title: `P${posterId}`,
  durationSeconds: 10,
  endsAt: null,
  image: { url: `/screens/media/${posterId}.webp`, width: 1920, height: 1080, sha256: null },
  ...extra,
})
const inMemory = () => true

describe('the player’s rotation', () => {
  it('should go round the items in order, and start again after the last', () => {
    const items = [item(1), item(2), item(3)]
    const order = [-1, 0, 1, 2].map((previous) =>
      nextIndex({ items, previous, now: at, isReady: inMemory }),
    )
    expect(order).toEqual([0, 1, 2, 0])
  })

  it('should skip an item past its hard end, or whose image is not in memory', () => {
    const items = [
      item(1, { endsAt: new Date(at).toISOString() }),
      item(2),
      item(3, { endsAt: new Date(at + 1).toISOString() }),
    ]
    const isReady = (candidate: Item) => candidate.posterId !== 2
    expect(nextIndex({ items, previous: -1, now: at, isReady })).toBe(2)
    expect(nextIndex({ items, previous: 2, now: at + 1, isReady })).toBe(-1)
    expect(nextIndex({ items: [], previous: -1, now: at, isReady })).toBe(-1)
  })

  it('should show an item for its duration, cut short at its hard end', () => {
    expect(showingMs(item(1), at)).toBe(10_000)
    expect(showingMs(item(1, { endsAt: new Date(at + 4000).toISOString() }), at)).toBe(4000)
  })

  it('should print the hotline in each of the screen’s languages, each line once', () => {
    const feed = {
      screen: { resolution: '1920x1080', languages: ['az', 'en'] },
      hotline: { az: ['Qaynar xətt: 152', 'Eyni: 1'], en: ['Hotline: 152', 'Eyni: 1'] },
      pollAfterSeconds: 30,
      stale: false,
      items: [],
    }
    expect(hotlineLines(feed)).toEqual(['Qaynar xətt: 152', 'Eyni: 1', 'Hotline: 152'])
  })

  it('should turn the picture only when the panel and the browser disagree on orientation', () => {
    expect(isTurned('1080x1920', { width: 1920, height: 1080 })).toBe(true)
    expect(isTurned('1080x1920', { width: 1080, height: 1920 })).toBe(false)
    expect(isTurned('3840x2160', { width: 1920, height: 1080 })).toBe(false)
  })

  it('should show the image whole unless the feed says it may fill the screen', () => {
    const image = item(1).image
    expect(imageFit(item(1))).toBe('contain')
    expect(imageFit(item(1, { image: { ...image, fit: 'cover' } }))).toBe('cover')
    expect(imageFit(item(1, { image: { ...image, fit: 'fill' as 'cover' } }))).toBe('contain')
  })

  it('should take only #rgb or #rrggbb as the background colour', () => {
    const on = (background: unknown) =>
      imageBackground(item(1, { image: { ...item(1).image, background: background as string } }))
    expect(on('#1d3557')).toBe('#1d3557')
    expect(on('#FFF')).toBe('#FFF')
    expect(on(undefined)).toBeNull()
    for (const bad of ['red', '#12345', '#1d3557; background-image: url(x)', 'url(#fff)', 7])
      expect(on(bad)).toBeNull()
  })
})
