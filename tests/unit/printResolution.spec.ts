import { describe, expect, it } from 'vitest'

import { defaultPrintFormats, type PrintFormat } from '@/channels/print/formats'
import {
  artworkResolution,
  minimumPpi,
  printResolution,
  screenResolution,
  type ImageInfo,
} from '@/channels/print/resolution'

const format = (key: string) => defaultPrintFormats.find((candidate) => candidate.key === key)!
const image = (width: number, height: number, extra: Partial<ImageInfo> = {}): ImageInfo => ({
  id: `${width}x${height}`,
  width,
  height,
  ...extra,
})
/** The sample: a 1920 × 1080 artwork, not marked safe to crop. */
const sample = image(1920, 1080)

describe('minimumPpi', () => {
  it('should ask 150 ppi up to A2 and 75 of the metro 4-sheet', () => {
    expect(defaultPrintFormats.map((f) => [f.key, minimumPpi(f)])).toEqual([
      ['a4', 150],
      ['a3', 150],
      ['a2', 150],
      ['metro', 75],
    ])
  })
})

describe('printResolution', () => {
  // Figures by hand: the safe area is the trim less the safe margin, and the picture area is the
  // top 58 % of the trim. A 16:9 image is wider than any of them, so its width fills the safe
  // width: ppi = 1920 / (safe width in inches).
  it('should fit the sample whole in the safe area and give its ppi at each size', () => {
    const byKey = Object.fromEntries(
      defaultPrintFormats.map((f) => [f.key, printResolution({ artwork: sample }, f)]),
    )
    // A4: 210 − 2 × 5 = 200 mm = 7.874 in → 243.8 ppi.
    expect(byKey.a4).toMatchObject({ mode: 'fitted', ppi: 244, isLow: false, madeForFormat: false })
    // A3: 297 − 2 × 6 = 285 mm = 11.220 in → 171.1.
    expect(byKey.a3).toMatchObject({ ppi: 171, isLow: false })
    // A2: 420 − 2 × 8 = 404 mm = 15.906 in → 120.7: below 150.
    expect(byKey.a2).toMatchObject({ ppi: 121, minimumPpi: 150, isLow: true })
    // Metro: 1185 − 2 × 24 = 1137 mm = 44.764 in → 42.9: below 75.
    expect(byKey.metro).toMatchObject({ ppi: 43, minimumPpi: 75, isLow: true })
  })

  it('should fill the picture area when the image may be cropped', () => {
    // The A4 picture area with its bleed is 216 × (3 + 0.58 × 297) = 216 × 175.26 mm, wider
    // than tall by less than 16:9: the full 1080 px height spans 6.9 in → 156.5 ppi.
    const result = printResolution(
      { artwork: image(1920, 1080, { safeToCrop: true }) },
      format('a4'),
    )
    expect(result).toMatchObject({ mode: 'cropped', ppi: 157, isLow: false })
  })

  // A made-up size whose safe area is exactly 10 in wide: 264 mm less 5 mm each side.
  const tenInches: PrintFormat = {
    key: 'test',
    label: 'Test',
    trimWidthMm: 264,
    trimHeightMm: 400,
    bleedMm: 3,
    safeMm: 5,
  }

  it('should not flag exactly the threshold, and flag just below it', () => {
    // 1500 px over 10 in is 150 ppi; 1494 px is 149.4, shown as 149.
    expect(printResolution({ artwork: image(1500, 600) }, tenInches)).toMatchObject({
      ppi: 150,
      isLow: false,
    })
    expect(printResolution({ artwork: image(1494, 600) }, tenInches)).toMatchObject({
      ppi: 149,
      isLow: true,
    })
    // The metro's safe width is 1137 mm = 44.764 in: 3358 px is 75.0 ppi, 3334 px 74.5 → 74.
    expect(printResolution({ artwork: image(3358, 1000) }, format('metro'))).toMatchObject({
      ppi: 75,
      isLow: false,
    })
    expect(printResolution({ artwork: image(3334, 1000) }, format('metro'))).toMatchObject({
      ppi: 74,
      isLow: true,
    })
  })

  it('should use the format’s own artwork where it is set, fitted to the whole picture area', () => {
    const own = image(3000, 2428, { id: 'own' })
    const { print } = artworkResolution(
      { artwork: sample, formatArtwork: { aSeries: own } },
      defaultPrintFormats,
    )
    const byKey = Object.fromEntries(print.map((entry) => [entry.key, entry]))
    // Own artwork fills the picture area's width with its bleed: 216 mm = 8.504 in at A4 →
    // 352.8 ppi; 426 mm = 16.772 in at A2 → 178.9.
    expect(byKey.a4).toMatchObject({ imageId: 'own', madeForFormat: true, ppi: 353 })
    expect(byKey.a2).toMatchObject({ imageId: 'own', madeForFormat: true, ppi: 179, isLow: false })
    // The metro has no artwork of its own: the general one, as before.
    expect(byKey.metro).toMatchObject({ imageId: sample.id, madeForFormat: false, ppi: 43 })
  })

  it('should say there is nothing to measure without artwork', () => {
    expect(printResolution({}, format('a4'))).toMatchObject({
      imageId: null,
      ppi: null,
      isLow: false,
    })
  })
})

describe('screenResolution', () => {
  it('should show the image whole and flag more than 1.5× enlargement', () => {
    expect(screenResolution({ artwork: sample }, 'screenLandscape')).toMatchObject({
      mode: 'fitted',
      scale: 1,
      isLow: false,
    })
    // Whole on a portrait screen: 1080 / 1920 = 0.5625.
    expect(screenResolution({ artwork: sample }, 'screenPortrait')).toMatchObject({
      scale: 0.56,
      isLow: false,
    })
    // 3840 / 1920 = 2.
    expect(screenResolution({ artwork: sample }, 'screen4k')).toMatchObject({
      scale: 2,
      isLow: true,
    })
    // 2880 / 1920 = 1.5 exactly: allowed.
    expect(screenResolution({ artwork: image(2560, 1440) }, 'screen4k')).toMatchObject({
      scale: 1.5,
      isLow: false,
    })
  })

  it('should fill the screen when the image may be cropped, and use the screen’s own artwork', () => {
    // Cover on 1080 × 1920: a 608 × 1080 cut (1080 × 9/16 = 607.5) is enlarged 1080 / 608 = 1.78×.
    expect(
      screenResolution({ artwork: image(1920, 1080, { safeToCrop: true }) }, 'screenPortrait'),
    ).toMatchObject({ mode: 'cropped', scale: 1.78, isLow: true })
    const own = image(1080, 1920, { id: 'portrait' })
    expect(
      screenResolution(
        { artwork: sample, formatArtwork: { screenPortrait: own } },
        'screenPortrait',
      ),
    ).toMatchObject({ imageId: 'portrait', madeForFormat: true, scale: 1, isLow: false })
  })
})
