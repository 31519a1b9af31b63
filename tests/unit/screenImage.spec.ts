import { describe, expect, it } from 'vitest'

import { formatSlotFor, screenImageOf, type ScreenSource } from '@/channels/screens/screenImage'

const size = (name: string, width: number, height: number) => ({
  filename: `${name}-${width}x${height}.webp`,
  width,
  height,
})
/** A 16:9 upload as Payload stores it: its crops and its whole renditions. */
const landscape: ScreenSource = {
  edgeColour: '#f4f1de',
  sizes: {
    screenLandscape: size('a', 1920, 1080),
    screenPortrait: size('a', 1080, 1920),
    screen4k: size('a', 3840, 2160),
    screenWhole: size('a', 1920, 1080),
    screenWhole4k: size('a', 3840, 2160),
  },
}

describe('the image a screen plays', () => {
  it('should show artwork whole on its edge colour, never its crop', () => {
    expect(screenImageOf({ source: landscape, kind: 'screenPortrait' })).toEqual({
      ...size('a', 1920, 1080),
      fit: 'contain',
      background: '#f4f1de',
      madeForScreen: false,
    })
    expect(screenImageOf({ source: landscape, kind: 'screen4k' })).toMatchObject({
      ...size('a', 3840, 2160),
      fit: 'contain',
    })
  })

  it('should take the poster’s background colour first, then the edge, then black', () => {
    const kind = 'screenPortrait'
    expect(screenImageOf({ source: landscape, kind, background: '#1d3557' })?.background).toBe(
      '#1d3557',
    )
    expect(
      screenImageOf({ source: { ...landscape, edgeColour: null }, kind, background: '' })
        ?.background,
    ).toBe('#000000')
  })

  it('should fill the screen with the crop of an image marked safe to crop', () => {
    expect(
      screenImageOf({ source: { ...landscape, safeToCrop: true }, kind: 'screenPortrait' }),
    ).toMatchObject({ ...size('a', 1080, 1920), fit: 'cover' })
  })

  it('should fall back to the crop for an image uploaded before the whole renditions', () => {
    const { screenWhole: _, screenWhole4k: __, ...crops } = landscape.sizes ?? {}
    expect(
      screenImageOf({ source: { ...landscape, sizes: crops }, kind: 'screenLandscape' }),
    ).toMatchObject({ ...size('a', 1920, 1080), fit: 'cover' })
    expect(screenImageOf({ source: { sizes: {} }, kind: 'screenLandscape' })).toBeUndefined()
    expect(screenImageOf({ source: undefined, kind: 'screenLandscape' })).toBeUndefined()
  })

  it('should start a portrait screen from the portrait artwork, the others from the landscape', () => {
    expect(formatSlotFor('screenPortrait')).toBe('screenPortrait')
    expect(formatSlotFor('screenLandscape')).toBe('screenLandscape')
    expect(formatSlotFor('screen4k')).toBe('screenLandscape')
  })
})
