import fs from 'fs'
import path from 'path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import type { RunningServer } from '../helpers/server'
import { uploadMedia } from '../helpers/media'
import { startStaffServer } from '../helpers/staffServer'

const cameraSerial = 'SN-XEB-000042'
const placeName = 'Secret shelter address'

/**
 * A 4000×3000 camera JPEG stored sideways (EXIF orientation 6), carrying the kind of metadata
 * that could locate or identify someone: GPS, camera make and serial, and an XMP packet.
 */
const cameraJpeg = () =>
  sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#3366cc' } })
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: {
        Make: 'XebCam',
        Model: 'X1',
        Artist: 'Photographer Name',
        ImageDescription: placeName,
      },
      IFD2: { BodySerialNumber: cameraSerial },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '40/1 22/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '49/1 50/1 0/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .withXmp(
      `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${placeName}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`,
    )
    .toBuffer()

const expectedSizes = {
  thumbnail: [400, 300],
  card: [800, 600],
  web: [1600, 2133],
  screenLandscape: [1920, 1080],
  screenPortrait: [1080, 1920],
  screen4k: [3840, 2160],
  screenWhole: [1440, 1920],
  screenWhole4k: [2880, 3840],
}

describe('image uploads', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  const imagesDir = () => path.join(server.dataDir, 'media', 'images')
  const storedFiles = () => (fs.existsSync(imagesDir()) ? fs.readdirSync(imagesDir()).sort() : [])
  const mediaCount = async () =>
    (await api.get('/api/media?limit=1', { token: tokens.admin })).body.totalDocs

  const upload = (data: Buffer, filename: string, type: string, fields?: object) =>
    uploadMedia(api, tokens.editor, data, filename, type, fields)

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should make every rendition in WebP at its size, upright, with no identifying metadata', async () => {
    const original = await cameraJpeg()
    expect((await sharp(original).metadata()).exif).toBeDefined()

    const response = await upload(original, 'Şəkil İçərişəhər.jpg', 'image/jpeg', {
      alt: 'Metro stansiyası',
    })
    expect(response.status).toBe(201)
    const doc = response.body.doc
    // Orientation 6 means the camera was turned: the stored original stands upright.
    expect([doc.width, doc.height]).toEqual([3000, 4000])
    expect(doc.mimeType).toBe('image/jpeg')
    // The uploader's filename ("Şəkil İçərişəhər.jpg") could name or place someone: not kept.
    expect(doc.filename).toMatch(/^[0-9a-f-]{36}\.jpg$/)
    for (const size of Object.values(doc.sizes) as { filename: string }[])
      expect(size.filename.startsWith(doc.filename.replace('.jpg', ''))).toBe(true)

    for (const [name, [width, height]] of Object.entries(expectedSizes)) {
      const size = doc.sizes[name]
      expect(size, name).toMatchObject({ width, height, mimeType: 'image/webp' })
      expect(size.filename).toMatch(/\.webp$/)
    }

    const files = [doc.url, ...Object.values(doc.sizes).map((size: any) => size.url)]
    expect(files).toHaveLength(9)
    // Absolute addresses on PUBLIC_URL.
    for (const url of files) expect(url.startsWith(`${server.url}/api/media/file/`), url).toBe(true)
    for (const url of files) {
      const file = await fetch(url, { headers: { authorization: `JWT ${tokens.editor}` } })
      expect(file.status, url).toBe(200)
      const bytes = Buffer.from(await file.arrayBuffer())
      const meta = await sharp(bytes).metadata()
      expect(meta.exif, url).toBeUndefined()
      expect(meta.xmp, url).toBeUndefined()
      expect(meta.orientation ?? 1, url).toBe(1)
      expect(bytes.includes(cameraSerial), url).toBe(false)
      expect(bytes.includes(placeName), url).toBe(false)
    }
    // The files at rest, not just what the server sends, are clean.
    for (const name of storedFiles()) {
      const meta = await sharp(path.join(imagesDir(), name)).metadata()
      expect(meta.exif, name).toBeUndefined()
      expect(meta.xmp, name).toBeUndefined()
    }
  })

  it('should not serve uploaded files to anonymous visitors', async () => {
    const { body } = await api.get('/api/media', { token: tokens.editor })
    const response = await fetch(body.docs[0].url)
    expect(response.status).toBe(403)
  })

  const refusals: [string, () => Promise<Buffer> | Buffer, string, string, number, RegExp][] = [
    [
      'a text file posing as a JPEG',
      () => Buffer.from('not an image at all\n'.repeat(50)),
      'notes.jpg',
      'image/jpeg',
      400,
      /file type|invalid|not allowed/i,
    ],
    [
      'an SVG, which may carry script',
      () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'x.svg',
      'image/svg+xml',
      400,
      /file type|invalid|not allowed/i,
    ],
    [
      'a corrupt JPEG',
      async () => (await cameraJpeg()).subarray(0, 2000),
      'broken.jpg',
      'image/jpeg',
      400,
      /./,
    ],
    [
      'an image over the 40 MB limit',
      () =>
        Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(41 * 1024 * 1024, 7)]),
      'huge.jpg',
      'image/jpeg',
      413,
      /limit is 40 MB/,
    ],
  ]

  it.each(refusals)(
    'should refuse %s with a clear 4xx and leave nothing behind',
    async (_, make, filename, type, status, message) => {
      const countBefore = await mediaCount()
      const filesBefore = storedFiles()
      const response = await upload(await make(), filename, type)
      expect(response.status).toBe(status)
      expect(response.body.errors[0].message).toMatch(message)
      expect(await mediaCount()).toBe(countBefore)
      expect(storedFiles()).toEqual(filesBefore)
    },
  )

  it('should refuse an upload without alt text', async () => {
    const image = await sharp({
      create: { width: 800, height: 600, channels: 3, background: '#000' },
    })
      .png()
      .toBuffer()
    const filesBefore = storedFiles()
    const response = await upload(image, 'no-alt.png', 'image/png', {})
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body.errors)).toMatch(/alt/)
    expect(storedFiles()).toEqual(filesBefore)
  })
})
