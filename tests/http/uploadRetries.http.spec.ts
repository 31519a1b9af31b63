import { randomBytes, randomUUID } from 'crypto'
import fs from 'fs'
import path from 'path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient, type ApiClient, type Tokens } from '../helpers/api'
import { smallPng } from '../helpers/media'
import { startServer, testDatabaseUrl, type RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'

/** POST a file as multipart, with an Idempotency-Key when one is given. */
const uploadWithKey = ({
  api,
  token,
  key,
  data,
  collection = 'media',
  filename = 'photo.png',
  type = 'image/png',
  fields = { alt: 'Şəkil' },
}: {
  api: ApiClient
  token: string
  key?: string
  data: Buffer
  collection?: 'media' | 'video-files'
  filename?: string
  type?: string
  fields?: object
}) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), filename)
  form.append('_payload', JSON.stringify(fields))
  return api.post(`/api/${collection}`, {
    token,
    form,
    headers: key === undefined ? {} : { 'idempotency-key': key },
  })
}

/** Another small PNG, unlike smallPng's. */
const otherPng = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#c0392b' } })
    .png()
    .toBuffer()

describe('upload retries with an Idempotency-Key', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  const imagesDir = () => path.join(server.dataDir, 'media', 'images')
  const storedFiles = () => (fs.existsSync(imagesDir()) ? fs.readdirSync(imagesDir()).sort() : [])
  const mediaCount = async () =>
    (await api.get('/api/media?limit=1', { token: tokens.admin })).body.totalDocs as number

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should answer a repeated key with the first record, storing no second file', async () => {
    const key = randomUUID()
    const data = await smallPng()
    const first = await uploadWithKey({ api, token: tokens.editor, key, data })
    expect(first.status).toBe(201)
    expect(first.headers.get('idempotent-replayed')).toBeNull()
    const filesAfterFirst = storedFiles()
    const countAfterFirst = await mediaCount()

    const retry = await uploadWithKey({ api, token: tokens.editor, key, data })
    expect(retry.status).toBe(201)
    expect(retry.headers.get('idempotent-replayed')).toBe('true')
    expect(retry.body.doc).toEqual(first.body.doc)
    expect(retry.body.message).toBe(first.body.message)
    expect(await mediaCount()).toBe(countAfterFirst)
    expect(storedFiles()).toEqual(filesAfterFirst)
    // The draft's quoted form names the same key.
    const quoted = await uploadWithKey({ api, token: tokens.editor, key: `"${key}"`, data })
    expect(quoted.body.doc.id).toBe(first.body.doc.id)
    // Neither the key's hash nor the file's is ever shown.
    const read = await api.get(`/api/media/${first.body.doc.id}`, { token: tokens.admin })
    expect(Object.keys(read.body)).not.toContain('uploadKeyHash')
    expect(Object.keys(read.body)).not.toContain('uploadFileHash')
    expect(Object.keys(first.body.doc)).not.toContain('uploadKeyHash')
  })

  it('should refuse the same key with another file (422) and store nothing', async () => {
    const key = randomUUID()
    const first = await uploadWithKey({ api, token: tokens.editor, key, data: await smallPng() })
    expect(first.status).toBe(201)
    const files = storedFiles()
    const count = await mediaCount()

    const other = await uploadWithKey({ api, token: tokens.editor, key, data: await otherPng() })
    expect(other.status).toBe(422)
    expect(other.body.errors[0].message).toMatch(/already used for another file/)
    expect(await mediaCount()).toBe(count)
    expect(storedFiles()).toEqual(files)
    expect(fs.readdirSync(path.join(server.dataDir, 'media', '.uploading'))).toEqual([])
  })

  it("should keep keys per user: another user's same key makes their own record", async () => {
    const key = randomUUID()
    const data = await smallPng()
    const editors = await uploadWithKey({ api, token: tokens.editor, key, data })
    const admins = await uploadWithKey({ api, token: tokens.admin, key, data })
    expect([editors.status, admins.status]).toEqual([201, 201])
    expect(admins.headers.get('idempotent-replayed')).toBeNull()
    expect(admins.body.doc.id).not.toBe(editors.body.doc.id)
  })

  it('should make one record of identical requests sent at once', async () => {
    const key = randomUUID()
    const data = await smallPng()
    const count = await mediaCount()
    const filesBefore = storedFiles()
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => uploadWithKey({ api, token: tokens.editor, key, data })),
    )
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201])
    expect(new Set(answers.map((answer) => answer.body.doc.id)).size).toBe(1)
    expect(answers.filter((answer) => answer.headers.get('idempotent-replayed'))).toHaveLength(3)
    expect(await mediaCount()).toBe(count + 1)
    // One original and its renditions were added: none from a request that waited or lost.
    const base = answers[0].body.doc.filename.replace(/\.png$/, '')
    const added = storedFiles().filter((name) => !filesBefore.includes(name))
    expect(added.length).toBeGreaterThan(1)
    expect(added.every((name) => name.startsWith(base))).toBe(true)
  })

  it('should upload as before without a key: a second upload is a second record', async () => {
    const data = await smallPng()
    const count = await mediaCount()
    const first = await uploadWithKey({ api, token: tokens.editor, data })
    const second = await uploadWithKey({ api, token: tokens.editor, data })
    expect([first.status, second.status]).toEqual([201, 201])
    expect(second.headers.get('idempotent-replayed')).toBeNull()
    expect(second.body.doc.id).not.toBe(first.body.doc.id)
    expect(await mediaCount()).toBe(count + 2)
  })

  it('should refuse a malformed key (400) and a body that sets the hidden fields (403)', async () => {
    const data = await smallPng()
    const count = await mediaCount()
    for (const key of ['', 'x'.repeat(256), '""', 'a\tb']) {
      const answer = await uploadWithKey({ api, token: tokens.editor, key, data })
      expect(answer.status, JSON.stringify(key)).toBe(400)
      expect(answer.body.errors[0].message).toMatch(/Idempotency-Key must be/)
    }
    const forged = await uploadWithKey({
      api,
      token: tokens.editor,
      data,
      fields: { alt: 'x', uploadKeyHash: 'a'.repeat(64) },
    })
    expect(forged.status).toBe(403)
    expect(forged.body.errors[0].message).toMatch(/You may not change "uploadKeyHash"/)
    expect(await mediaCount()).toBe(count)
  })

  it('should replay a video file upload too', async () => {
    const key = randomUUID()
    const data = Buffer.from('WEBVTT\n\n00:00.000 --> 00:01.000\nSalam\n')
    const upload = () =>
      uploadWithKey({
        api,
        token: tokens.editor,
        key,
        data,
        collection: 'video-files',
        filename: 'subtitles.vtt',
        type: 'text/vtt',
        fields: {},
      })
    const first = await upload()
    expect(first.status).toBe(201)
    const retry = await upload()
    expect(retry.status).toBe(201)
    expect(retry.headers.get('idempotent-replayed')).toBe('true')
    expect(retry.body.doc.id).toBe(first.body.doc.id)
    const videos = await api.get('/api/video-files?limit=1', { token: tokens.admin })
    expect(videos.body.totalDocs).toBe(1)
  })
})

describe('an upload retried after the server was killed', () => {
  it('should answer the retry with the record stored before the crash, and serve its image', async () => {
    // The same secret keeps the first server's tokens valid on the second.
    const secret = randomBytes(24).toString('hex')
    const first = await startStaffServer({ PAYLOAD_SECRET: secret })
    const mediaDir = path.join(first.server.dataDir, 'media')
    let second: RunningServer | undefined
    try {
      const key = randomUUID()
      const data = await smallPng()
      const stored = await uploadWithKey({ api: first.api, token: first.tokens.editor, key, data })
      expect(stored.status).toBe(201)
      const files = fs.readdirSync(path.join(mediaDir, 'images')).sort()
      // As if the answer had been lost: the client never saw it and retries after a restart.
      first.server.child.kill('SIGKILL')

      second = await startServer({
        PAYLOAD_SECRET: secret,
        DATABASE_URL: testDatabaseUrl(first.server.dataDir),
        MEDIA_DIR: mediaDir,
      })
      const api = apiClient(second.url)
      const retry = await uploadWithKey({ api, token: first.tokens.editor, key, data })
      expect(retry.status).toBe(201)
      expect(retry.headers.get('idempotent-replayed')).toBe('true')
      expect(retry.body.doc.id).toBe(stored.body.doc.id)
      expect(fs.readdirSync(path.join(mediaDir, 'images')).sort()).toEqual(files)
      const media = await api.get('/api/media', { token: first.tokens.admin })
      expect(media.body.totalDocs).toBe(1)
      const image = await fetch(retry.body.doc.url.replace(first.server.url, second.url), {
        headers: { authorization: `JWT ${first.tokens.editor}` },
      })
      expect(image.status).toBe(200)
      expect(image.headers.get('content-type')).toBe('image/png')
    } finally {
      await second?.stop()
      await first.server.stop()
    }
  })
})
