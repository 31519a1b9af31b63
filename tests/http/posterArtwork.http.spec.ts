import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient, bootstrapUsers, type ApiClient, type Tokens } from '../helpers/api'
import { asKey, createChannelKeys } from '../helpers/channelKeys'
import { uploadMedia } from '../helpers/media'
import { startServer, type RunningServer } from '../helpers/server'

/**
 * The effective ppi, by hand: the standard sizes' trim and safe margins (2 % of the short side,
 * at least 5 mm), the picture area the top 58 % of the trim plus the bleed above it. Artwork
 * shown whole fits the safe area; artwork made for the format fits the picture area, bleed and all.
 */
const sizes = {
  a4: { trim: [210, 297], margin: 5, minimum: 150 },
  a3: { trim: [297, 420], margin: 6, minimum: 150 },
  a2: { trim: [420, 594], margin: 8, minimum: 150 },
  metro: { trim: [1185, 1750], margin: 24, minimum: 75 },
} as const
type SizeKey = keyof typeof sizes
const bleed = 3
const byHand = (key: SizeKey, [width, height]: number[], { madeForFormat = false } = {}) => {
  const { trim, margin } = sizes[key]
  const [boxWidth, boxHeight] = madeForFormat
    ? [trim[0] + 2 * bleed, bleed + trim[1] * 0.58]
    : [trim[0] - 2 * margin, trim[1] * 0.58 - 2 * margin]
  // Fitted whole: the side that fills its box sets the scale, and has the most pixels per inch.
  return Math.round(Math.max(width / (boxWidth / 25.4), height / (boxHeight / 25.4)))
}

/** Grey artwork with a coloured square in each corner, to find where its corners land. */
const corners = {
  topLeft: [0, 0, 255],
  topRight: [255, 0, 255],
  bottomLeft: [0, 255, 255],
  bottomRight: [255, 255, 0],
} as const
const cornered = async (width: number, height: number) => {
  const side = Math.round(Math.min(width, height) * 0.08)
  const square = async ([r, g, b]: readonly number[]) =>
    sharp({ create: { width: side, height: side, channels: 3, background: { r, g, b } } })
      .png()
      .toBuffer()
  return sharp({ create: { width, height, channels: 3, background: '#c8c8c8' } })
    .composite([
      { input: await square(corners.topLeft), left: 0, top: 0 },
      { input: await square(corners.topRight), left: width - side, top: 0 },
      { input: await square(corners.bottomLeft), left: 0, top: height - side },
      { input: await square(corners.bottomRight), left: width - side, top: height - side },
    ])
    .png()
    .toBuffer()
}

type Raw = { data: Buffer; width: number; height: number; channels: number }
const pixel = (image: Raw, x: number, y: number) => {
  const i = (y * image.width + x) * image.channels
  return [image.data[i], image.data[i + 1], image.data[i + 2]]
}
const near = (a: readonly number[], b: readonly number[], tolerance = 60) =>
  a.every((value, i) => Math.abs(value - b[i]) <= tolerance)
/** How many pixels in the rectangle match. */
const count = (
  image: Raw,
  [x0, y0, x1, y1]: number[],
  matches: (rgb: number[]) => boolean,
): number => {
  let found = 0
  for (let y = y0; y <= y1; y++)
    for (let x = x0; x <= x1; x++) if (matches(pixel(image, x, y))) found++
  return found
}
/** The bounding box of the pixels of a colour, or null. */
const boundsOf = (image: Raw, colour: readonly number[]) => {
  let box: number[] | null = null
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++)
      if (near(pixel(image, x, y), colour))
        box = box
          ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)]
          : [x, y, x, y]
  return box
}

describe('poster artwork check and preview', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  let small: string | number
  let large: string | number
  let poster: string | number

  const upload = async (image: Buffer, name: string) => {
    const uploaded = await uploadMedia(api, tokens.editor, image, name, 'image/png', { alt: name })
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201)
    return uploaded.body.doc.id as string | number
  }
  const check = async (id = poster, token = tokens.editor) => {
    const answer = await api.get(`/api/posters/${id}/artwork-check?locale=az`, { token })
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    return answer.body as {
      print: { key: string; ppi: number; minimumPpi: number; isLow: boolean; imageId: unknown }[]
      screens: { key: string; scale: number; isLow: boolean }[]
      low: string[]
    }
  }
  const ppiOf = (body: Awaited<ReturnType<typeof check>>) =>
    Object.fromEntries(body.print.map((entry) => [entry.key, entry.ppi]))
  const preview = async (format: string, headers: Record<string, string> = {}) => {
    const response = await fetch(
      `${server.url}/api/posters/${poster}/artwork-preview?locale=az&format=${format}`,
      { headers: { 'accept-language': 'en', authorization: `JWT ${tokens.editor}`, ...headers } },
    )
    return { response, bytes: Buffer.from(await response.arrayBuffer()) }
  }
  const raw = async (png: Buffer): Promise<Raw> => {
    const { data, info } = await sharp(png)
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
    return { data, width: info.width, height: info.height, channels: info.channels }
  }

  beforeAll(async () => {
    server = await startServer()
    api = apiClient(server.url)
    tokens = await bootstrapUsers(api)
    await createChannelKeys(api, tokens.admin)
    small = await upload(await cornered(1200, 900), 'small.png')
    large = await upload(await cornered(4800, 3600), 'large.png')
    const created = await api.post('/api/posters', {
      token: tokens.editor,
      json: { title: 'İş təklifi', artwork: small },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    poster = created.body.doc.id
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should give each format the ppi of the artwork as printed, flagged below the minimum', async () => {
    const body = await check()
    const expected = Object.fromEntries(
      (Object.keys(sizes) as SizeKey[]).map((key) => [key, byHand(key, [1200, 900])]),
    )
    // 1200 px over A4's 200 mm safe width is 152 ppi; over A2's 404 mm, 75.
    expect(expected).toEqual({ a4: 152, a3: 107, a2: 75, metro: 27 })
    expect(ppiOf(body)).toEqual(expected)
    for (const entry of body.print) {
      expect(entry.minimumPpi).toBe(sizes[entry.key as SizeKey].minimum)
      expect(entry.isLow).toBe(entry.ppi < entry.minimumPpi)
    }
    expect(body.low).toEqual(['a3', 'a2', 'metro', 'screen4k'])
    // Whole on a 4K screen: min(3840 / 1200, 2160 / 900) = 2.4×, more than 1.5×.
    expect(body.screens.map((entry) => [entry.key, entry.scale, entry.isLow])).toEqual([
      ['screenLandscape', 1.2, false],
      ['screenPortrait', 0.9, false],
      ['screen4k', 2.4, true],
    ])
  })

  it('should measure the draft: a larger image clears every format, artwork per format only its own', async () => {
    const save = async (json: object) => {
      const saved = await api.patch(`/api/posters/${poster}?draft=true&locale=az`, {
        token: tokens.editor,
        json,
      })
      expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    }
    await save({ artwork: large })
    const larger = await check()
    expect(ppiOf(larger)).toEqual({
      a4: byHand('a4', [4800, 3600]),
      a3: byHand('a3', [4800, 3600]),
      a2: byHand('a2', [4800, 3600]),
      metro: byHand('metro', [4800, 3600]),
    })
    expect(larger.low).toEqual([])

    await save({ artwork: small, formatArtwork: { metro: large } })
    const own = await check()
    expect(ppiOf(own)).toEqual({
      a4: 152,
      a3: 107,
      a2: 75,
      // Made for the metro: fitted to its 1191 mm picture area, bleed included → 102 ppi.
      metro: byHand('metro', [4800, 3600], { madeForFormat: true }),
    })
    expect(byHand('metro', [4800, 3600], { madeForFormat: true })).toBe(102)
    expect(own.print.find((entry) => entry.key === 'metro')).toMatchObject({
      imageId: large,
      isLow: false,
    })
    expect(own.low).toEqual(['a3', 'a2', 'screen4k'])
    await save({ formatArtwork: { metro: null } })
  })

  it('should draw the bleed box with the trim, the safe area and the artwork whole inside it', async () => {
    const { response, bytes } = await preview('a4')
    expect(response.status, bytes.toString()).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const image = await raw(bytes)
    // The bleed box, 216 × 303 mm, at 640 px tall.
    const scale = 640 / 303
    expect([image.width, image.height]).toEqual([Math.round(216 * scale), 640])
    const at = (mm: number) => Math.round(mm * scale)
    // The bleed edge, red, at the picture's edge.
    expect(near(pixel(image, at(108), 0), [208, 0, 0])).toBe(true)
    // The trim, black and dashed, 3 mm in; the safe area, green and dashed, 8 mm in.
    const isBlack = (rgb: number[]) => Math.max(...rgb) < 60
    const isGreen = ([r, g, b]: number[]) => g > 150 && r < 100 && b < 150
    const row = (mm: number) => [at(40), at(mm) - 2, at(176), at(mm) + 2]
    expect(count(image, row(bleed), isBlack)).toBeGreaterThan(at(136) * 0.4)
    expect(count(image, row(bleed + 5), isGreen)).toBeGreaterThan(at(136) * 0.4)
    // Neither line anywhere in the middle of the picture area.
    expect(count(image, [at(60), at(60), at(150), at(120)], isBlack)).toBe(0)
    // The panel below the picture area: navy.
    expect(near(pixel(image, at(108), at(250)), [11, 37, 69], 10)).toBe(true)
    // Each corner of the artwork is drawn, inside the safe area: 8 mm from the bleed box's left,
    // right and top edges, and 5 mm above the picture area's bottom (3 + 0.58 × 297 mm).
    const safe = [at(8), at(8), at(216 - 8), at(bleed + 297 * 0.58 - 5)]
    for (const [name, colour] of Object.entries(corners)) {
      const box = boundsOf(image, colour)
      expect(box, name).not.toBeNull()
      expect(box![0], name).toBeGreaterThanOrEqual(safe[0] - 1)
      expect(box![1], name).toBeGreaterThanOrEqual(safe[1] - 1)
      expect(box![2], name).toBeLessThanOrEqual(safe[2] + 1)
      expect(box![3], name).toBeLessThanOrEqual(safe[3] + 1)
    }
  })

  it('should draw the metro sheet and the screens at their own shapes', async () => {
    const metro = await preview('metro')
    expect(metro.response.status).toBe(200)
    const sheet = await sharp(metro.bytes).metadata()
    expect([sheet.width, sheet.height]).toEqual([Math.round((1191 / 1756) * 640), 640])
    const portrait = await sharp((await preview('screenPortrait')).bytes).metadata()
    expect([portrait.width, portrait.height]).toEqual([360, 640])
    const landscape = await sharp((await preview('screenLandscape')).bytes).metadata()
    expect([landscape.width, landscape.height]).toEqual([640, 360])
  })

  it('should answer staff only, and refuse what is not there or not asked right', async () => {
    const path = `/api/posters/${poster}/artwork-check?locale=az`
    expect((await api.get(path)).status).toBe(401)
    expect((await api.get(path, { headers: asKey('partners') })).status).toBe(403)
    expect((await api.get(path, { headers: asKey('screens') })).status).toBe(403)
    expect((await preview('a4', { authorization: '' })).response.status).toBe(401)
    expect((await preview('a4', asKey('partners'))).response.status).toBe(403)
    expect((await api.get(path, { token: tokens.editor })).status).toBe(200)
    expect((await api.get(path, { token: tokens.reviewer })).status).toBe(200)
    expect(
      (await api.get(`/api/posters/${poster}/artwork-check?locale=xx`, { token: tokens.editor }))
        .status,
    ).toBe(400)
    expect((await preview('a9')).response.status).toBe(400)
    expect(
      (await api.get('/api/posters/999999/artwork-check?locale=az', { token: tokens.editor }))
        .status,
    ).toBe(404)
  })
})
