import fs from 'fs'
import path from 'path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import { asKey, channelKeys, createChannelKeys, createPartner } from '../helpers/channelKeys'
import { setHotline, setWebsiteAddresses } from '../helpers/fixtures'
import { uploadMedia } from '../helpers/media'
import { pdfxVerdict } from '../helpers/pdfx'
import { publishPoster } from '../helpers/posters'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { makeTempDir, removeTempDir } from '../helpers/tempDir'
import { takeAction } from '../helpers/workflow'

/**
 * An attacker's review of per-format artwork: the staff-only check and preview, the image flags
 * only an admin may change, the background colour, and what the screens, print and public APIs
 * let through of a draft or a withdrawn poster.
 */

type Id = string | number
type FeedItem = { posterId: Id; image: { url: string; fit: string; background: string } }
type PrintFile = { id: Id; locale: string; format: string; status: string; sha256?: string }

const plain = (width: number, height: number, background: string) =>
  sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer()

describe('per-format artwork under attack over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  let work: string
  const portraitKey = 'attack-portrait-screen-key-0123456789'
  let portraitId: Id
  let landscapeId: Id
  let partner: Record<string, string>

  const upload = async (data: Buffer, fields: object = {}, token = tokens.editor) => {
    const response = await uploadMedia(api, token, data, 'a.png', 'image/png', {
      alt: 'Plakat',
      ...fields,
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    return response.body.doc as {
      id: Id
      filename: string
      edgeColour: string | null
      safeToCrop: boolean
      sizes: Record<string, { filename?: string | null }>
    }
  }
  const newPoster = async (json: object) => {
    const created = await api.post('/api/posters', { token: tokens.editor, json })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.doc.id as Id
  }
  const feedOf = async (screenId: Id, key: string): Promise<FeedItem[]> => {
    const response = await fetch(`${server.url}/screens/${screenId}/playlist`, {
      headers: { authorization: `screens API-Key ${key}` },
    })
    expect(response.status).toBe(200)
    return (await response.json()).items
  }
  /** Waits until the screen plays the poster (the feed rereads the database within a second). */
  const playedOn = async (screenId: Id, key: string, posterId: Id) => {
    let item: FeedItem | undefined
    await expect
      .poll(
        async () => {
          item = (await feedOf(screenId, key)).find((entry) => entry.posterId === posterId)
          return item !== undefined
        },
        { timeout: 2000, interval: 25 },
      )
      .toBe(true)
    return item as FeedItem
  }
  const runPrintQueue = async () => {
    const run = await api.get('/api/payload-jobs/run?queue=print', { token: tokens.admin })
    expect(run.status, JSON.stringify(run.body)).toBe(200)
  }
  const printFilesOf = async (id: Id): Promise<PrintFile[]> => {
    const query = `where[itemCollection][equals]=posters&where[itemId][equals]=${id}&limit=100&sort=format`
    const answer = await api.get(`/api/print-files?${query}`, { token: tokens.editor })
    expect(answer.status).toBe(200)
    return answer.body.docs
  }
  const staffGet = (url: string, token = tokens.editor) =>
    fetch(`${server.url}${url}`, {
      headers: { 'accept-language': 'en', authorization: `JWT ${token}` },
    })

  beforeAll(async () => {
    work = makeTempDir('print-artwork-attack')
    ;({ server, api, tokens } = await startStaffServer())
    await createChannelKeys(api, tokens.admin)
    await setHotline(api, tokens.admin, { az: 'Qaynar xətt', en: 'Hotline' })
    await setWebsiteAddresses(api, tokens.admin, {
      az: { posters: 'https://xeberdar.example/az/plakatlar/{id}' },
    })
    const screens = await api.get('/api/screens', { token: tokens.admin })
    landscapeId = screens.body.docs[0].id
    const portrait = await api.post('/api/screens', {
      token: tokens.admin,
      json: {
        name: 'Nizami 4',
        location: screens.body.docs[0].location,
        resolution: '1080x1920',
        enableAPIKey: true,
        apiKey: portraitKey,
      },
    })
    expect(portrait.status, JSON.stringify(portrait.body)).toBe(201)
    portraitId = portrait.body.doc.id
    partner = (
      await createPartner(api, tokens.admin, {
        name: 'Plakat portalı',
        contentTypes: ['posters'],
        languages: ['az', 'en'],
        apiKey: 'attack-poster-partner-key-0123456789',
      })
    ).headers
  })
  afterAll(async () => {
    await server?.stop()
    removeTempDir(work)
  })

  describe('the check and the preview', () => {
    let poster: Id
    beforeAll(async () => {
      const image = await upload(await plain(800, 600, '#336699'))
      poster = await newPoster({ title: 'Yoxlama', artwork: image.id })
    })

    it('should answer only staff', async () => {
      for (const endpoint of ['artwork-check?locale=az', 'artwork-preview?locale=az&format=a4']) {
        const url = `${server.url}/api/posters/${poster}/${endpoint}`
        expect((await fetch(url)).status, endpoint).toBe(401)
        for (const key of ['partners', 'screens'] as const)
          expect((await fetch(url, { headers: asKey(key) })).status, `${endpoint} ${key}`).toBe(403)
        expect((await fetch(url, { headers: partner })).status, endpoint).toBe(403)
        expect((await fetch(url, { headers: { authorization: 'JWT not-a-token' } })).status).toBe(
          401,
        )
      }
    })

    it('should answer malformed ids, locales and formats with a 4xx, never a 500', async () => {
      const asked = [
        `/api/posters/abc/artwork-check`,
        `/api/posters/1e3/artwork-check`,
        `/api/posters/-1/artwork-check`,
        `/api/posters/99999999999999999999/artwork-check`,
        `/api/posters/${'9'.repeat(5000)}/artwork-check`,
        `/api/posters/%00/artwork-check`,
        `/api/posters/${poster}/artwork-check?locale=xx`,
        `/api/posters/${poster}/artwork-check?locale[]=az`,
        `/api/posters/${poster}/artwork-check?locale[0]=az&locale[1]=en`,
        `/api/posters/${poster}/artwork-check?locale=az&locale=en`,
        `/api/posters/${poster}/artwork-check?locale[$ne]=xx`,
        `/api/posters/${poster}/artwork-check?locale=${'a'.repeat(10_000)}`,
        `/api/posters/${poster}/artwork-check?locale=%E0%A4%A`,
        `/api/posters/${poster}/artwork-check?locale=all`,
        `/api/posters/${poster}/artwork-check?locale=*`,
        `/api/posters/${poster}/artwork-preview?locale=az`,
        `/api/posters/${poster}/artwork-preview?locale=az&format[]=a4`,
        `/api/posters/${poster}/artwork-preview?locale=az&format=__proto__`,
        `/api/posters/${poster}/artwork-preview?locale=az&format=constructor`,
        `/api/posters/${poster}/artwork-preview?locale=az&format=hasOwnProperty`,
        `/api/posters/${poster}/artwork-preview?locale=az&format=${'x'.repeat(10_000)}`,
        `/api/posters/${poster}/artwork-preview?locale[]=az&format=a4`,
        `/api/posters/${poster}/artwork-preview?locale=az&format=a4&format=metro`,
        `/api/posters/${poster}/artwork-preview?locale=en&format=a4`,
      ]
      const answers: string[] = []
      for (const url of asked) {
        const response = await staffGet(url)
        const body = await response.text()
        if (response.status < 400 || response.status >= 500)
          answers.push(`${response.status} ${url.slice(0, 120)}: ${body.slice(0, 200)}`)
      }
      expect(answers).toEqual([])
    })

    it('should answer a 4xx, not a 500, when the artwork’s file is missing or corrupt on disk', async () => {
      const image = await upload(await plain(900, 700, '#aa3355'))
      const id = await newPoster({ title: 'Faylsız', artwork: image.id })
      const files = [image.filename, ...Object.values(image.sizes).map((size) => size?.filename)]
        .filter((name): name is string => !!name)
        .map((name) => path.join(server.dataDir, 'media', 'images', name))
      expect(files.every((file) => fs.existsSync(file))).toBe(true)

      for (const file of files) fs.writeFileSync(file, 'not an image at all')
      const corrupt = await staffGet(`/api/posters/${id}/artwork-preview?locale=az&format=a4`)
      expect(corrupt.status, await corrupt.text()).toBe(409)
      const checked = await staffGet(`/api/posters/${id}/artwork-check?locale=az`)
      expect(checked.status).toBe(200)

      for (const file of files) fs.rmSync(file)
      for (const format of ['a4', 'metro', 'screenPortrait']) {
        const missing = await staffGet(
          `/api/posters/${id}/artwork-preview?locale=az&format=${format}`,
        )
        expect(missing.status, await missing.text()).toBe(409)
      }
      expect((await staffGet(`/api/posters/${id}/artwork-check?locale=az`)).status).toBe(200)
    })
  })

  describe('the image’s flags', () => {
    it('should compute the edge colour from the file, whatever an upload’s _payload says', async () => {
      const image = await upload(await plain(400, 300, '#123456'), {
        edgeColour: '#fff" onload="alert(1)',
        safeToCrop: false,
      })
      expect(image.edgeColour).toBe('#123456')
    })

    it('should keep the edge colour whatever REST or GraphQL sends, admin or not', async () => {
      const image = await upload(await plain(400, 300, '#654321'))
      for (const token of [tokens.editor, tokens.admin]) {
        const patched = await api.patch(`/api/media/${image.id}`, {
          token,
          json: { edgeColour: 'red;background:url(https://evil.example/)' },
        })
        expect(patched.status, JSON.stringify(patched.body)).toBe(200)
        expect(patched.body.doc.edgeColour).toBe('#654321')
      }
      const graphql = await api.graphql(
        `mutation { updateMedia(id: ${JSON.stringify(image.id)}, data: { edgeColour: "#ff0000" }) { edgeColour } }`,
        tokens.editor,
      )
      expect(graphql.status).toBeLessThan(500)
      const stored = await api.get(`/api/media/${image.id}`, { token: tokens.admin })
      expect(stored.body.edgeColour).toBe('#654321')
    })

    it('should let only an admin clear the identifiable-person flag, null included', async () => {
      const image = await upload(await plain(400, 300, '#777777'), { isIdentifiablePerson: true })
      for (const value of [false, null, '']) {
        const patched = await api.patch(`/api/media/${image.id}`, {
          token: tokens.editor,
          json: { isIdentifiablePerson: value },
        })
        // '' is refused as a checkbox value (400), the others as the flag's change (403).
        expect([400, 403], JSON.stringify(value)).toContain(patched.status)
        const stored = await api.get(`/api/media/${image.id}`, { token: tokens.admin })
        expect(stored.body.isIdentifiablePerson, JSON.stringify(value)).toBe(true)
      }
    })

    it('should let only an admin change whether an image may be cropped', async () => {
      const image = await upload(await plain(400, 300, '#777777'), { safeToCrop: true })
      expect(image.safeToCrop).toBe(true)
      for (const value of [false, null, 0, '', 'false']) {
        const patched = await api.patch(`/api/media/${image.id}`, {
          token: tokens.editor,
          json: { safeToCrop: value },
        })
        expect(patched.status, `${JSON.stringify(value)}: ${JSON.stringify(patched.body)}`).toBe(
          patched.status === 400 ? 400 : 403,
        )
        const stored = await api.get(`/api/media/${image.id}`, { token: tokens.admin })
        expect(stored.body.safeToCrop, JSON.stringify(value)).toBe(true)
      }
      // Many at once: the same rule for each.
      const bulk = await api.patch(`/api/media?where[id][equals]=${image.id}`, {
        token: tokens.editor,
        json: { safeToCrop: false },
      })
      expect(bulk.status).toBeLessThan(500)
      const graphql = await api.graphql(
        `mutation { updateMedia(id: ${JSON.stringify(image.id)}, data: { safeToCrop: false }) { safeToCrop } }`,
        tokens.editor,
      )
      expect(graphql.status).toBeLessThan(500)
      const reviewer = await api.patch(`/api/media/${image.id}`, {
        token: tokens.reviewer,
        json: { safeToCrop: false },
      })
      expect(reviewer.status).toBe(403)
      expect(
        (await api.get(`/api/media/${image.id}`, { token: tokens.admin })).body.safeToCrop,
      ).toBe(true)
      // Unchanged is not a change; an admin may change it.
      expect(
        (
          await api.patch(`/api/media/${image.id}`, {
            token: tokens.editor,
            json: { safeToCrop: true },
          })
        ).status,
      ).toBe(200)
      const admin = await api.patch(`/api/media/${image.id}`, {
        token: tokens.admin,
        json: { safeToCrop: false },
      })
      expect(admin.status).toBe(200)
      expect(admin.body.doc.safeToCrop).toBe(false)
    })
  })

  describe('the poster’s fields', () => {
    it('should refuse a background colour that is not #rgb or #rrggbb, draft or not', async () => {
      const image = await upload(await plain(400, 300, '#2a9d8f'))
      const id = await newPoster({ title: 'Fon', artwork: image.id })
      const hostile = [
        '#fff" onload="alert(1)',
        'red;background:url(https://evil.example/x)',
        '#fff;background:url(x)',
        '#ffffff\n<script>',
        'url(javascript:alert(1))',
        '#12345g',
      ]
      for (const value of hostile) {
        for (const [query, token] of [
          ['locale=az&draft=true', tokens.editor],
          ['locale=az', tokens.admin],
        ]) {
          const saved = await api.patch(`/api/posters/${id}?${query}`, {
            token,
            json: { artworkBackground: value },
          })
          // The live version is never written directly (403); a draft is validated (400).
          expect(saved.status, `${query} ${JSON.stringify(value)}`).toBe(
            query.includes('draft') ? 400 : 403,
          )
        }
        const created = await api.post('/api/posters', {
          token: tokens.editor,
          json: { title: 'Fon 2', artwork: image.id, artworkBackground: value },
        })
        expect(created.status, JSON.stringify(value)).toBe(400)
      }
      const check = await staffGet(`/api/posters/${id}/artwork-check?locale=az`)
      const body = await check.json()
      for (const entry of [...body.print, ...body.screens])
        expect(entry.background).toMatch(/^#[0-9a-f]{6}$/i)
    })

    it('should send screens the background colour as #rrggbb even when saved with spaces', async () => {
      const image = await upload(await plain(1600, 900, '#2a9d8f'))
      const id = await publishPoster({
        api,
        tokens,
        title: 'Boşluqlu fon',
        fields: { artwork: image.id, orientation: 'landscape', artworkBackground: ' #1d3557 ' },
      })
      const item = await playedOn(landscapeId, channelKeys.screens, id)
      expect(item.image).toMatchObject({ fit: 'contain', background: '#1d3557' })
    })

    it('should refuse per-format artwork that is not an image in the library', async () => {
      const image = await upload(await plain(400, 300, '#e76f51'))
      const id = await newPoster({ title: 'Slot', artwork: image.id })
      for (const value of [999999, 'abc', { id: 1 }, [image.id], -1])
        for (const query of ['locale=az', 'locale=az&draft=true']) {
          const saved = await api.patch(`/api/posters/${id}?${query}`, {
            token: tokens.editor,
            json: { formatArtwork: { screenPortrait: value } },
          })
          expect(saved.status, `${query} ${JSON.stringify(value)}`).toBeGreaterThanOrEqual(400)
          expect(saved.status, `${query} ${JSON.stringify(value)}`).toBeLessThan(500)
        }
      expect((await staffGet(`/api/posters/${id}/artwork-check?locale=az`)).status).toBe(200)
    })
  })

  describe('the channels', () => {
    it('should not play or print a draft change of per-format artwork before it is approved', async () => {
      const general = await upload(await plain(1600, 900, '#264653'))
      const live = await publishPoster({
        api,
        tokens,
        title: 'Canlı',
        fields: { artwork: general.id, orientation: 'landscape' },
      })
      await playedOn(landscapeId, channelKeys.screens, live)
      await runPrintQueue()
      const printedBefore = await printFilesOf(live)
      expect(printedBefore.map((file) => `${file.format}:${file.status}`).sort()).toEqual([
        'a2:ready',
        'a3:ready',
        'a4:ready',
        'metro:ready',
      ])

      const drawn = await upload(await plain(1080, 1920, '#f4a261'))
      const ownA = await upload(await plain(2500, 2000, '#e9c46a'))
      const draft = await api.patch(`/api/posters/${live}?draft=true&locale=az`, {
        token: tokens.editor,
        json: {
          formatArtwork: { screenPortrait: drawn.id, screenLandscape: drawn.id, aSeries: ownA.id },
          artworkBackground: '#ff00ff',
        },
      })
      expect(draft.status, JSON.stringify(draft.body)).toBe(200)

      // A poster published after the draft: once the screens play it, they have read the draft.
      const later = await publishPoster({
        api,
        tokens,
        title: 'Sonra',
        fields: { orientation: 'portrait' },
      })
      await playedOn(portraitId, portraitKey, later)
      expect((await feedOf(portraitId, portraitKey)).map((item) => item.posterId)).not.toContain(
        live,
      )
      const onLandscape = (await feedOf(landscapeId, channelKeys.screens)).find(
        (item) => item.posterId === live,
      )
      expect(onLandscape?.image.background).not.toBe('#ff00ff')
      expect(onLandscape?.image.url).not.toContain(drawn.filename.replace(/\.[a-z]+$/, ''))

      await runPrintQueue()
      const printedAfter = await printFilesOf(live)
      expect(printedAfter.map((file) => [file.id, file.sha256])).toEqual(
        printedBefore.map((file) => [file.id, file.sha256]),
      )
    })

    it('should stop serving a withdrawn poster’s own artwork to screens, and never show it to the public', async () => {
      const general = await upload(await plain(1600, 900, '#1d3557'))
      const own = await upload(await plain(1080, 1920, '#e63946'))
      const id = await publishPoster({
        api,
        tokens,
        title: 'Geri çəkilən',
        fields: {
          artwork: general.id,
          orientation: 'landscape',
          formatArtwork: { screenPortrait: own.id },
        },
      })
      const item = await playedOn(portraitId, portraitKey, id)
      expect((await fetch(item.image.url)).status).toBe(200)

      // Live: the website and partners see the poster, not the per-format images' records.
      for (const headers of [{}, partner]) {
        const media = await fetch(`${server.url}/api/media/${own.id}`, { headers })
        expect(media.status, JSON.stringify(headers)).toBeGreaterThanOrEqual(400)
        const original = await fetch(`${server.url}/api/media/file/${own.filename}`, { headers })
        expect(original.status).toBeGreaterThanOrEqual(400)
      }

      const unpublished = await takeAction(api, tokens.reviewer, 'posters', id, 'unpublish', {
        comment: 'Geri çəkildi',
      })
      expect(unpublished.status, JSON.stringify(unpublished.body)).toBe(200)
      await expect
        .poll(async () => (await fetch(item.image.url)).status, { timeout: 2000, interval: 25 })
        .toBe(404)
      expect((await feedOf(portraitId, portraitKey)).map((entry) => entry.posterId)).not.toContain(
        id,
      )
      for (const headers of [{}, partner]) {
        const poster = await fetch(`${server.url}/api/posters/${id}?depth=1`, { headers })
        expect(poster.status, JSON.stringify(headers)).toBeGreaterThanOrEqual(400)
        for (const mediaId of [general.id, own.id])
          expect(
            (await fetch(`${server.url}/api/media/${mediaId}`, { headers })).status,
          ).toBeGreaterThanOrEqual(400)
        const list = await (
          await fetch(`${server.url}/api/posters?depth=1&limit=100`, { headers })
        ).json()
        expect(JSON.stringify(list)).not.toContain(own.filename)
      }
    })

    it('should print a poster whose title is PostScript and PDF syntax, or very long, as PDF/X', async () => {
      const titles = [
        ') /Title (x) ] [ pdfmark \\ ( %%EOF\n/DOCINFO pdfmark } { quit',
        `${'Ərizə İşə düzəltmə vədi 🚫 ) ( '.repeat(65)}`.slice(0, 2000),
      ]
      for (const title of titles) {
        const image = await upload(await plain(1200, 900, '#8ab17d'))
        const id = await publishPoster({ api, tokens, title, fields: { artwork: image.id } })
        await runPrintQueue()
        const files = await printFilesOf(id)
        expect(
          files.map((file) => `${file.format}:${file.status}`).sort(),
          JSON.stringify(files),
        ).toEqual(['a2:ready', 'a3:ready', 'a4:ready', 'metro:ready'])
        const a4 = files.find((file) => file.format === 'a4')!
        const response = await staffGet(`/api/print-files/${a4.id}/download`)
        expect(response.status).toBe(200)
        const pdf = path.join(work, `${a4.id}.pdf`)
        fs.writeFileSync(pdf, Buffer.from(await response.arrayBuffer()))
        expect((await pdfxVerdict(pdf)).violations, title.slice(0, 40)).toEqual([])
      }
    })
  })
})
