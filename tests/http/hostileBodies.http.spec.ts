import { randomBytes } from 'crypto'
import fs from 'fs'
import path from 'path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient, type ApiClient, type Tokens } from '../helpers/api'
import { asKey } from '../helpers/channelKeys'
import { fullConsent } from '../helpers/fixtures'
import {
  bytesIn,
  memoryOf,
  mp4Head,
  multipartFrame,
  pngHeader,
  streamBody,
  type StreamedAnswer,
  waitUntil,
} from '../helpers/hostileBodies'
import { smallPng, uploadMedia } from '../helpers/media'
import { paragraphs } from '../helpers/richText'
import { startServer, testDatabaseUrl, type RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'

const megabyte = 1024 * 1024

/** A body to stream: its size, how it is sent, and who sends it. */
type Body = {
  totalBytes: number
  isChunked: boolean
  headers?: Record<string, string>
  isAsking?: boolean
}

describe('hostile request bodies', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  const mediaCount = async () =>
    (await api.get('/api/media?limit=1', { token: tokens.admin })).body.totalDocs as number
  const storyCount = async () =>
    (await api.get('/api/stories?limit=1&draft=true', { token: tokens.admin })).body
      .totalDocs as number

  /** A multipart upload of `totalBytes` streamed to `path`, as whoever `headers` make us. */
  const upload = ({
    path: uploadPath = '/api/media',
    headers = {},
    totalBytes,
    isChunked,
    isAsking,
    file = { name: 'big.jpg', type: 'image/jpeg' },
  }: Body & {
    path?: string
    /** `head` starts the file, given its size; `fields` are the document. */
    file?: { name: string; type: string; head?: (fileBytes: number) => Buffer; fields?: object }
  }) => {
    const frame = multipartFrame(file.name, file.type, file.fields)
    const fileBytes = totalBytes - frame.head.length - frame.tail.length
    return streamBody({
      url: server.url,
      path: uploadPath,
      headers: { 'content-type': frame.contentType, ...headers },
      head: Buffer.concat([frame.head, file.head?.(fileBytes) ?? Buffer.alloc(0)]),
      tail: frame.tail,
      totalBytes,
      isChunked,
      isAsking,
    })
  }
  const json = ({ totalBytes, isChunked, headers = {} }: Body) =>
    streamBody({
      url: server.url,
      path: '/api/stories?draft=true',
      headers: { 'content-type': 'application/json', ...headers },
      head: Buffer.from('{"title":"'),
      tail: Buffer.from('"}'),
      totalBytes,
      isChunked,
    })
  const asStaff = () => ({ authorization: `JWT ${tokens.editor}` })

  /**
   * Refused with `status` and a JSON message before the client had sent a quarter of the body,
   * and the connection closed rather than kept to read the rest.
   */
  const expectRefusedEarly = async (
    answer: StreamedAnswer,
    totalBytes: number,
    status: number,
    message: RegExp,
  ) => {
    expect(answer.status).toBe(status)
    expect(answer.body.errors[0].message).toMatch(message)
    expect(answer.sentBytes).toBeLessThan(totalBytes / 4)
    expect(await answer.serverCloses).toBe(true)
  }

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should refuse an attack of large anonymous bodies before reading them, memory flat', async () => {
    const pid = server.child.pid!
    // The routes the attack goes to, once each, so their first compile is not counted.
    await Promise.all([
      json({ totalBytes: 1000, isChunked: false }),
      upload({ totalBytes: 1000, isChunked: false }),
    ])
    const before = memoryOf(pid)
    const video = { name: 'clip.mp4', type: 'video/mp4', head: mp4Head, fields: {} }
    const toUpload = { status: 401, message: /Log in to upload/ }
    const tooLarge = { status: 413, message: /limit is 1 MB for a document/ }
    const attack = [
      { totalBytes: 150 * megabyte, isChunked: false, send: upload, ...toUpload },
      { totalBytes: 150 * megabyte, isChunked: false, send: upload, ...toUpload },
      { totalBytes: 150 * megabyte, isChunked: true, send: upload, ...toUpload },
      {
        totalBytes: 200 * megabyte,
        isChunked: true,
        send: (body: Body) => upload({ ...body, path: '/api/video-files', file: video }),
        ...toUpload,
      },
      { totalBytes: 100 * megabyte, isChunked: false, send: json, ...tooLarge },
      { totalBytes: 100 * megabyte, isChunked: true, send: json, ...tooLarge },
    ]
    const answers = await Promise.all(attack.map(({ send, ...body }) => send(body)))
    for (const [index, { totalBytes, status, message }] of attack.entries())
      await expectRefusedEarly(answers[index], totalBytes, status, message)
    const after = memoryOf(pid)
    // 850 MB were offered; the original code held most of them (223 MB → 1482 MB peak).
    expect(after.peak - before.peak).toBeLessThan(60 * megabyte)
    expect(await storyCount()).toBe(0)
    expect(await mediaCount()).toBe(0)
  })

  it('should refuse uploads from API keys and forged tokens before reading them', async () => {
    const totalBytes = 100 * megabyte
    await expectRefusedEarly(
      await upload({ totalBytes, isChunked: true, headers: asKey('partners') }),
      totalBytes,
      403,
      /API key may not upload/,
    )
    // A token signed with another secret, and one that is no token: anonymous.
    const [header, claims] = tokens.editor.split('.')
    for (const token of [`${header}.${claims}.forgedsignature`, 'not-a-token'])
      await expectRefusedEarly(
        await upload({ totalBytes, isChunked: false, headers: { authorization: `JWT ${token}` } }),
        totalBytes,
        401,
        /Log in to upload/,
      )
    // A session cookie sent from another site counts for nothing (Payload's CSRF check).
    await expectRefusedEarly(
      await upload({
        totalBytes,
        isChunked: false,
        headers: { cookie: `payload-token=${tokens.editor}`, origin: 'https://evil.example' },
      }),
      totalBytes,
      401,
      /Log in to upload/,
    )
    // A client that asks first sends nothing at all.
    const asking = await upload({ totalBytes, isChunked: false, isAsking: true })
    expect(asking.status).toBe(401)
    expect(asking.sentBytes).toBe(0)
    // The same cookie from the admin's own origin is staff, and is told to go on.
    const frame = multipartFrame('a.png', 'image/png', { alt: 'Şəkil' })
    const head = Buffer.concat([frame.head, await smallPng()])
    const fromAdmin = await streamBody({
      url: server.url,
      path: '/api/media',
      headers: {
        'content-type': frame.contentType,
        cookie: `payload-token=${tokens.editor}`,
        origin: server.url,
      },
      head,
      tail: frame.tail,
      totalBytes: head.length + frame.tail.length,
      isChunked: false,
      isAsking: true,
    })
    expect(fromAdmin.status).toBe(201)
    await api.del(`/api/media/${fromAdmin.body.doc.id}`, { token: tokens.admin })
  })

  it("should stop reading staff's bodies over their limits", async () => {
    await expectRefusedEarly(
      await upload({ totalBytes: 200 * megabyte, isChunked: false, headers: asStaff() }),
      200 * megabyte,
      413,
      /limit is 40 MB for an image/,
    )
    await expectRefusedEarly(
      await upload({ totalBytes: 200 * megabyte, isChunked: true, headers: asStaff() }),
      200 * megabyte,
      413,
      /limit is 40 MB for an image/,
    )
    await expectRefusedEarly(
      await json({ totalBytes: 50 * megabyte, isChunked: true, headers: asStaff() }),
      50 * megabyte,
      413,
      /limit is 1 MB for a document/,
    )
    expect(await mediaCount()).toBe(0)
    expect(await storyCount()).toBe(0)
  })

  it('should still take staff uploads up to the limit, a video streamed to disk, and JSON writes', async () => {
    const pid = server.child.pid!
    // Noise does not compress: a 12-megapixel PNG of 36 MB, just under the 40 MB limit.
    const image = await sharp(randomBytes(4000 * 3000 * 3), {
      raw: { width: 4000, height: 3000, channels: 3 },
    })
      .png({ compressionLevel: 0 })
      .toBuffer()
    expect(image.length).toBeGreaterThan(34 * megabyte)
    const created = await uploadMedia(api, tokens.editor, image, 'noise.png', 'image/png')
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect([created.body.doc.width, created.body.doc.height]).toEqual([4000, 3000])

    const before = memoryOf(pid)
    const videoBytes = 300 * megabyte
    const video = await upload({
      path: '/api/video-files',
      headers: asStaff(),
      totalBytes: videoBytes,
      isChunked: true,
      file: { name: 'clip.mp4', type: 'video/mp4', head: mp4Head, fields: {} },
    })
    expect(video.status, JSON.stringify(video.body)).toBe(201)
    expect(video.body.doc.mimeType).toBe('video/mp4')
    const stored = path.join(server.dataDir, 'media', 'video', video.body.doc.filename)
    expect(fs.statSync(stored).size).toBe(video.body.doc.filesize)
    expect(memoryOf(pid).peak - before.peak).toBeLessThan(60 * megabyte)

    const story = await api.post('/api/stories?draft=true', {
      token: tokens.editor,
      // About 700 KB: a long story is well inside the 1 MB a document may have.
      json: {
        title: 'Uzun hekayə',
        pseudonym: 'Ləman',
        consent: fullConsent,
        body: paragraphs(...Array.from({ length: 200 }, () => 'Ə'.repeat(1700))),
      },
    })
    expect(story.status, JSON.stringify(story.body).slice(0, 300)).toBe(201)
    await api.del(`/api/stories/${story.body.doc.id}`, { token: tokens.admin })
  })

  it('should refuse an image of more than 50 megapixels from its header, quickly', async () => {
    const countBefore = await mediaCount()
    // 16000×16000: a few hundred bytes that would decode to 768 MB.
    const started = Date.now()
    const response = await uploadMedia(
      api,
      tokens.editor,
      pngHeader(16000, 16000),
      'huge.png',
      'image/png',
    )
    expect(response.status).toBe(413)
    expect(response.body.errors[0].message).toMatch(/256\.0 megapixels; the limit is 50 megapixels/)
    expect(Date.now() - started).toBeLessThan(5000)
    expect(await mediaCount()).toBe(countBefore)
    // Just under the cap is a real image and is taken.
    const small = await uploadMedia(api, tokens.editor, await smallPng(), 'ok.png', 'image/png')
    expect(small.status).toBe(201)
  })

  it.each([
    [
      'a multipart body without its boundary',
      () =>
        fetch(`${server.url}/api/media`, {
          method: 'POST',
          headers: { 'content-type': 'multipart/form-data', ...asStaff() },
          body: 'abc',
        }),
      400,
      /boundary/,
    ],
    [
      'a GraphQL fragment spreading into itself',
      () =>
        fetch(`${server.url}/api/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json',
          },
          body: JSON.stringify({
            query:
              'query { Stories { docs { ...A } } } fragment A on Story { id ...B } fragment B on Story { id ...A }',
          }),
        }),
      400,
      /spread into themselves: A → B → A/,
    ],
    [
      'a GraphQL request sent as a form with a file',
      () => {
        const form = new FormData()
        form.append('file', '{"filename": "x.png"}')
        form.append('_payload', '{"query": "{ Stories { totalDocs } }"}')
        return fetch(`${server.url}/api/graphql`, { method: 'POST', body: form })
      },
      415,
      /application\/json/,
    ],
  ])('should answer %s with a clear 4xx, not a 500', async (_, send, status, message) => {
    const response = await send()
    expect(response.status).toBe(status)
    expect((await response.json()).errors[0].message).toMatch(message)
  })

  it('should answer the method TRACE with 405 and the methods allowed', async () => {
    // fetch() refuses to send TRACE at all.
    const answer = await streamBody({
      url: server.url,
      path: '/api/stories',
      method: 'TRACE',
      totalBytes: 0,
      isChunked: false,
    })
    expect(answer.status).toBe(405)
    expect(answer.body.errors[0].message).toMatch(/TRACE is not allowed/)
    expect(answer.headers.allow).toMatch(/^GET, HEAD, POST/)
  })
})

describe('an upload cut off by a killed server', () => {
  it('should leave no file without its record once the server is back', async () => {
    // The same secret keeps the first server's tokens valid on the second.
    const secret = randomBytes(24).toString('hex')
    const first = await startStaffServer({ PAYLOAD_SECRET: secret })
    const mediaDir = path.join(first.server.dataDir, 'media')
    const imagesDir = path.join(mediaDir, 'images')
    let second: RunningServer | undefined
    try {
      const kept = await uploadMedia(
        first.api,
        first.tokens.editor,
        await smallPng(),
        'kept.png',
        'image/png',
      )
      expect(kept.status).toBe(201)
      const keptFiles = fs.readdirSync(imagesDir).sort()

      // A video the server is receiving when it is killed.
      const frame = multipartFrame('clip.mp4', 'video/mp4', {})
      const totalBytes = 300 * megabyte
      const cutOff = streamBody({
        url: first.server.url,
        path: '/api/video-files',
        headers: { 'content-type': frame.contentType, authorization: `JWT ${first.tokens.editor}` },
        head: Buffer.concat([
          frame.head,
          mp4Head(totalBytes - frame.head.length - frame.tail.length),
        ]),
        tail: frame.tail,
        totalBytes,
        isChunked: true,
      }).catch(() => 'cut off')
      await waitUntil(() => bytesIn(path.join(mediaDir, '.uploading')) > 10 * megabyte)
      first.server.child.kill('SIGKILL')
      expect(await cutOff).toBe('cut off')
      // An image's files whose record was never written: killed between the two.
      const unrecorded = [
        '5f0c4e7e-0000-4000-8000-000000000000.png',
        '5f0c4e7e-0000-4000-8000-000000000000-400x300.webp',
      ]
      for (const name of unrecorded) fs.writeFileSync(path.join(imagesDir, name), 'half')

      second = await startServer({
        PAYLOAD_SECRET: secret,
        DATABASE_URL: testDatabaseUrl(first.server.dataDir),
        MEDIA_DIR: mediaDir,
      })
      expect(bytesIn(path.join(mediaDir, '.uploading'))).toBe(0)
      expect(fs.readdirSync(imagesDir).sort()).toEqual(keptFiles)
      expect(second.output()).toMatch(/Removed upload files no record names/)
      const api = apiClient(second.url)
      const media = await api.get('/api/media', { token: first.tokens.admin })
      expect(media.body.docs.map((doc: { id: unknown }) => doc.id)).toEqual([kept.body.doc.id])
      const videos = await api.get('/api/video-files', { token: first.tokens.admin })
      expect(videos.body.totalDocs).toBe(0)
      const file = await fetch(media.body.docs[0].url.replace(first.server.url, second.url), {
        headers: { authorization: `JWT ${first.tokens.admin}` },
      })
      expect(file.status).toBe(200)
    } finally {
      await second?.stop()
      await first.server.stop()
    }
  })
})
