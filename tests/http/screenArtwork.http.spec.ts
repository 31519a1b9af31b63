import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import { channelKeys, createChannelKeys } from '../helpers/channelKeys'
import { uploadMedia } from '../helpers/media'
import { publishPoster as publishPosterThroughWorkflow } from '../helpers/posters'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'

type FeedImage = { url: string; width: number; height: number; fit: string; background: string }

/** A 16:9 poster, sand-coloured, with a red square in each corner: what must never be cut. */
const markedLandscape = async () => {
  const [width, height, mark] = [1600, 900, 80]
  const red = await sharp({
    create: { width: mark, height: mark, channels: 3, background: '#ff0000' },
  })
    .png()
    .toBuffer()
  return sharp({ create: { width, height, channels: 3, background: '#e9c46a' } })
    .composite(
      [
        [0, 0],
        [width - mark, 0],
        [0, height - mark],
        [width - mark, height - mark],
      ].map(([left, top]) => ({ input: red, left, top })),
    )
    .png()
    .toBuffer()
}

const plain = (width: number, height: number, background: string) =>
  sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer()

/** The colour of the pixel at (x, y), as [r, g, b]. */
const pixelsOf = async (bytes: Buffer) => {
  const { data, info } = await sharp(bytes)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return {
    info,
    at: (x: number, y: number) => {
      const offset = (Math.round(y) * info.width + Math.round(x)) * info.channels
      return [data[offset], data[offset + 1], data[offset + 2]]
    },
  }
}
const isNear = (colour: number[], hex: string) =>
  colour.every((value, i) => Math.abs(value - parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16)) < 16)
const isRed = (colour: number[]) => isNear(colour, '#ff0000')

describe('poster artwork on metro screens over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  const portraitKey = 'portrait-screen-key-0123456789abcdef'
  let portraitId: string | number
  let landscapeId: string | number

  const upload = async (data: Buffer, fields: object = {}) => {
    const response = await uploadMedia(api, tokens.editor, data, 'a.png', 'image/png', {
      alt: 'Plakat',
      ...fields,
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    return response.body.doc as { id: string | number; edgeColour: string }
  }
  const publishPoster = (title: string, fields: object) =>
    publishPosterThroughWorkflow({ api, tokens, title, fields })
  /** The image a screen plays for the poster, once its feed has it (within a second). */
  const playedImage = async (
    screenId: string | number,
    key: string,
    posterId: string | number,
  ): Promise<FeedImage> => {
    let image: FeedImage | undefined
    await expect
      .poll(
        async () => {
          const response = await fetch(`${server.url}/screens/${screenId}/playlist`, {
            headers: { authorization: `screens API-Key ${key}` },
          })
          const items: { posterId: unknown; image: FeedImage }[] = (await response.json()).items
          image = items.find((item) => item.posterId === posterId)?.image
          return image !== undefined
        },
        { timeout: 1000, interval: 25 },
      )
      .toBe(true)
    return image as FeedImage
  }
  const fileOf = async (image: FeedImage) => {
    const response = await fetch(image.url)
    expect(response.status).toBe(200)
    return Buffer.from(await response.arrayBuffer())
  }

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
    await createChannelKeys(api, tokens.admin)
    const screens = await api.get('/api/screens', { token: tokens.admin })
    landscapeId = screens.body.docs[0].id
    const portrait = await api.post('/api/screens', {
      token: tokens.admin,
      json: {
        name: 'Nizami 3',
        location: screens.body.docs[0].location,
        resolution: '1080x1920',
        enableAPIKey: true,
        apiKey: portraitKey,
      },
    })
    expect(portrait.status).toBe(201)
    portraitId = portrait.body.doc.id
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should play landscape artwork whole on a portrait screen, on the colour of its edge', async () => {
    const artwork = await upload(await markedLandscape())
    expect(artwork.edgeColour).toBe('#e9c46a')
    const id = await publishPoster('Bütöv plakat', { artwork: artwork.id, orientation: 'portrait' })
    const image = await playedImage(portraitId, portraitKey, id)
    expect(image).toMatchObject({ fit: 'contain', background: artwork.edgeColour })
    expect(image.width / image.height).toBeCloseTo(1600 / 900, 2)

    const { info, at } = await pixelsOf(await fileOf(image))
    expect([info.width, info.height]).toEqual([image.width, image.height])
    expect(info.width / info.height).toBeCloseTo(1600 / 900, 2)
    // Each corner mark is in the file, and the middle is the artwork, not a mark.
    const inset = 10
    for (const [x, y] of [
      [inset, inset],
      [info.width - inset, inset],
      [inset, info.height - inset],
      [info.width - inset, info.height - inset],
    ])
      expect(isRed(at(x, y)), `${x},${y}`).toBe(true)
    expect(isRed(at(info.width / 2, info.height / 2))).toBe(false)
  })

  it('should use the poster’s own background colour when it has one', async () => {
    const artwork = await upload(await markedLandscape())
    const id = await publishPoster('Fonlu plakat', {
      artwork: artwork.id,
      orientation: 'portrait',
      artworkBackground: '#1d3557',
    })
    expect(await playedImage(portraitId, portraitKey, id)).toMatchObject({
      fit: 'contain',
      background: '#1d3557',
    })
  })

  it('should fill the screen with the crop of an image marked safe to crop', async () => {
    const artwork = await upload(await markedLandscape(), { safeToCrop: true })
    const id = await publishPoster('Kəsilən plakat', {
      artwork: artwork.id,
      orientation: 'portrait',
    })
    const image = await playedImage(portraitId, portraitKey, id)
    expect(image).toMatchObject({ width: 1080, height: 1920, fit: 'cover' })
    const { info } = await pixelsOf(await fileOf(image))
    expect([info.width, info.height]).toEqual([1080, 1920])
  })

  it('should play a poster’s own portrait artwork on portrait screens, the general one on landscape screens', async () => {
    const general = await upload(await markedLandscape())
    const own = await upload(await plain(1080, 1920, '#2a9d8f'))
    // A poster plays on screens of its orientation: the same artwork, once of each.
    const fields = { artwork: general.id, formatArtwork: { screenPortrait: own.id } }
    const portraitPoster = await publishPoster('Şaquli', { ...fields, orientation: 'portrait' })
    const landscapePoster = await publishPoster('Üfüqi', { ...fields, orientation: 'landscape' })

    const onPortrait = await playedImage(portraitId, portraitKey, portraitPoster)
    expect(onPortrait).toMatchObject({ width: 1080, height: 1920, fit: 'contain' })
    const { at } = await pixelsOf(await fileOf(onPortrait))
    expect(isNear(at(540, 960), '#2a9d8f')).toBe(true)

    const onLandscape = await playedImage(landscapeId, channelKeys.screens, landscapePoster)
    expect(onLandscape).toMatchObject({ width: 1920, height: 1080, fit: 'contain' })
    expect(isRed((await pixelsOf(await fileOf(onLandscape))).at(10, 10))).toBe(true)
  })
})
