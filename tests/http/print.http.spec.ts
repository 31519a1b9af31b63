import { pdfxVerdict } from '../helpers/pdfx'
import { createHash, createHmac, randomBytes } from 'crypto'
import fs from 'fs'
import path from 'path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient, bootstrapUsers, type ApiClient, type Tokens } from '../helpers/api'
import { asKey, createChannelKeys } from '../helpers/channelKeys'
import { fullConsent, setHotline, setWebsiteAddresses } from '../helpers/fixtures'
import { uploadMedia } from '../helpers/media'
import { decodeQr, isBlank, pdfFonts, pdfPageSizesPt, pdfText, renderPagePng } from '../helpers/pdf'
import { paragraphs } from '../helpers/richText'
import { startServer, testDatabaseUrl, type RunningServer } from '../helpers/server'
import { reuseDeletedIds } from '../helpers/sqliteIds'
import { makeTempDir, removeTempDir } from '../helpers/tempDir'
import { publishThroughWorkflow, reviewerTakes, takeAction } from '../helpers/workflow'

/** Where the QR codes lead: each language's own page address (Settings → Website addresses). */
const websiteAddresses = {
  az: {
    posters: 'https://xeberdar.example/az/plakatlar/{id}',
    brochures: 'https://xeberdar.example/az/brosuralar/{id}',
  },
  en: {
    posters: 'https://campaign.example/{locale}/{type}/{slug}',
    brochures: 'https://campaign.example/{locale}/{type}/{slug}',
  },
}
const posterTitle = 'Ərizə: İşə düzəltmə vədi — Şəki, Ağcabədi, Güzgü, Ölçü, Çıraq'
/** The campaign's own list of sizes, set part-way through the poster tests. */
const ownSizes = [
  { key: 'a4', label: 'A4', trimWidthMm: 210, trimHeightMm: 297, bleedMm: 3 },
  { key: 'a5', label: 'A5', trimWidthMm: 148, trimHeightMm: 210, bleedMm: 5 },
]
const editedTitle = 'Düzəliş: İş təklifini yoxlayın — Gəncə, Lənkəran'
const mm = (value: number) => (value * 72) / 25.4
const standardSizes = { a4: [210, 297], a3: [297, 420], a2: [420, 594], metro: [1185, 1750] }

type PrintFile = {
  id: string | number
  locale: string
  format: string
  status: 'ready' | 'failed'
  error?: string
  pages?: number
  includes?: { collection: string; id: string }[]
}

describe('print channel', () => {
  const secret = randomBytes(24).toString('hex')
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  let work: string

  const fetchRaw = async (url: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url.startsWith('http') ? url : `${server.url}${url}`, {
      headers: { 'accept-language': 'en', ...headers },
    })
    return { response, bytes: Buffer.from(await response.arrayBuffer()) }
  }
  const staff = (token: string) => ({ authorization: `JWT ${token}` })
  /** A staff download, written to disk for poppler to read. */
  const downloadPdf = async (file: PrintFile, token = tokens.editor) => {
    const { response, bytes } = await fetchRaw(`/api/print-files/${file.id}/download`, staff(token))
    expect(response.status, bytes.toString()).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const target = path.join(work, `${file.id}.pdf`)
    fs.writeFileSync(target, bytes)
    return target
  }
  const filesOf = async (collection: string, id: string | number): Promise<PrintFile[]> => {
    const query = `where[itemCollection][equals]=${collection}&where[itemId][equals]=${id}&limit=100&sort=format`
    const answer = await api.get(`/api/print-files?${query}`, { token: tokens.editor })
    expect(answer.status).toBe(200)
    return answer.body.docs
  }
  const slots = (files: PrintFile[]) =>
    files.map((file) => `${file.locale}:${file.format}:${file.status}`).sort()
  /** Runs the print queue once, as a running server does every few seconds on its own. */
  const runPrintQueue = async () => {
    const run = await api.get('/api/payload-jobs/run?queue=print', { token: tokens.admin })
    expect(run.status, JSON.stringify(run.body)).toBe(200)
  }
  const sweptSlots = async (collection: string, id: string | number, wanted: string[]) => {
    await runPrintQueue()
    expect(slots(await filesOf(collection, id))).toEqual([...wanted].sort())
  }

  const artwork = async (focal = { focalX: 30, focalY: 40 }) => {
    // A real photo-sized image with a marker at its focal point.
    const image = await sharp({
      create: { width: 1600, height: 1000, channels: 3, background: '#1d3557' },
    })
      .composite([
        {
          input: await sharp({
            create: { width: 120, height: 120, channels: 3, background: '#e63946' },
          })
            .png()
            .toBuffer(),
          left: 480 - 60,
          top: 400 - 60,
        },
      ])
      .jpeg()
      .toBuffer()
    const uploaded = await uploadMedia(api, tokens.editor, image, 'plakat.jpg', 'image/jpeg', {
      alt: 'Plakat',
      ...focal,
    })
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201)
    return uploaded.body.doc.id as string | number
  }
  const created = async (collection: string, json: object) => {
    const answer = await api.post(`/api/${collection}`, { token: tokens.editor, json })
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    return answer.body.doc.id as string | number
  }
  const saveSettings = async (json: object) => {
    const saved = await api.post('/api/globals/settings', { token: tokens.admin, json })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
  }

  beforeAll(async () => {
    work = makeTempDir('print')
    server = await startServer({ PAYLOAD_SECRET: secret })
    api = apiClient(server.url)
    tokens = await bootstrapUsers(api)
    await setHotline(api, tokens.admin, { az: 'Qaynar xətt', en: 'Hotline' })
    await setWebsiteAddresses(api, tokens.admin, websiteAddresses)
    await createChannelKeys(api, tokens.admin)
  })
  afterAll(async () => {
    await server?.stop()
    removeTempDir(work)
  })

  describe('posters', () => {
    let poster: string | number
    let files: PrintFile[]

    beforeAll(async () => {
      const az = await artwork()
      const en = await artwork()
      poster = await created('posters', { title: posterTitle, artwork: az })
      // English is written but never marked ready: it is not approved, so it is not printed.
      await api.patch(`/api/posters/${poster}?draft=true&locale=en`, {
        token: tokens.translator,
        json: { title: 'Job offer', artwork: en },
      })
      await publishThroughWorkflow(api, tokens, 'posters', poster)
      await sweptSlots('posters', poster, [
        'az:a2:ready',
        'az:a3:ready',
        'az:a4:ready',
        'az:metro:ready',
      ])
      files = await filesOf('posters', poster)
    })

    it('should make one PDF per approved language at every print size, trim plus bleed, fonts embedded', async () => {
      expect(files.map((file) => file.locale)).not.toContain('en')
      for (const file of files) {
        const pdf = await downloadPdf(file)
        const [width, height] = standardSizes[file.format as keyof typeof standardSizes]
        const [page] = await pdfPageSizesPt(pdf)
        expect(page.bleed.width).toBeCloseTo(mm(width + 6), 1)
        expect(page.bleed.height).toBeCloseTo(mm(height + 6), 1)
        expect(page.trim.width).toBeCloseTo(mm(width), 1)
        expect(page.trim.height).toBeCloseTo(mm(height), 1)
        // The 12 mm slug beyond the bleed that holds the marks.
        expect(page.media.width).toBeCloseTo(mm(width + 6 + 24), 1)
        expect((await pdfxVerdict(pdf)).violations).toEqual([])
        const fonts = await pdfFonts(pdf)
        expect(fonts.length).toBeGreaterThan(0)
        expect(
          fonts.every((font) => font.embedded),
          JSON.stringify(fonts),
        ).toBe(true)
        const text = (await pdfText(pdf)).replace(/\s+/g, ' ')
        expect(text).toContain(posterTitle)
        expect(text).toContain('Qaynar xətt')
        expect(text).toContain('152')
      }
    })

    it('should print a QR code that opens the campaign page for the poster, on a page that is not blank', async () => {
      for (const format of ['a4', 'metro']) {
        const pdf = await downloadPdf(files.find((file) => file.format === format)!)
        const png = await renderPagePng(pdf, 1, 2400)
        expect(await isBlank(png)).toBe(false)
        expect(await decodeQr(png)).toContain(`https://xeberdar.example/az/plakatlar/${poster}`)
      }
    })

    it('should show staff a preview image of each file', async () => {
      const { response, bytes } = await fetchRaw(
        `/api/print-files/${files[0].id}/preview`,
        staff(tokens.translator),
      )
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/png')
      const meta = await sharp(bytes).metadata()
      expect(meta.width).toBeLessThanOrEqual(800)
      expect(await isBlank(bytes)).toBe(false)
    })

    it('should give print files to staff only, whoever else asks', async () => {
      const file = files[0]
      const attempts: [string, Record<string, string>, number][] = [
        ['anonymous', {}, 401],
        ['partner key', asKey('partners'), 403],
        ['screen key', asKey('screens'), 403],
        ['forged JWT', { authorization: 'JWT eyJhbGciOiJIUzI1NiJ9.e30.x' }, 401],
      ]
      for (const [who, headers, status] of attempts)
        for (const url of [
          `/api/print-files/${file.id}/download`,
          `/api/print-files/${file.id}/preview`,
          `/api/print-files`,
          `/api/print-files/${file.id}`,
        ]) {
          const { response, bytes } = await fetchRaw(url, headers)
          expect([status, 403], `${who} ${url}`).toContain(response.status)
          expect(bytes.subarray(0, 4).toString()).not.toBe('%PDF')
        }
      // GraphQL: the same query that lists the files for staff is refused to anyone else.
      const query = '{ PrintFiles { docs { id fileName } } }'
      const forStaff = await api.graphql(query, tokens.editor)
      expect(forStaff.body.data.PrintFiles.docs.length).toBeGreaterThan(0)
      const anonymous = await api.graphql(query)
      expect(anonymous.body.data?.PrintFiles ?? null).toBeNull()
      expect(anonymous.body.errors[0].message).toMatch(/not allowed/i)
      expect(JSON.stringify(anonymous.body)).not.toContain('.pdf')
      // Nobody writes print files through the API, not even an admin.
      expect(
        (await api.post('/api/print-files', { token: tokens.admin, json: { name: 'x' } })).status,
      ).toBe(403)
      expect((await api.del(`/api/print-files/${file.id}`, { token: tokens.admin })).status).toBe(
        403,
      )
    })

    it('should answer bad requests with 4xx and a message', async () => {
      for (const id of ['abc', '0', '999999', "1' OR 1=1", '../../etc/passwd']) {
        const { response, bytes } = await fetchRaw(
          `/api/print-files/${encodeURIComponent(id)}/download`,
          staff(tokens.editor),
        )
        expect(response.status, id).toBe(404)
        expect(JSON.parse(bytes.toString()).errors[0].message).toBeTruthy()
      }
      // Broken percent-escapes in the path are bad input too, never a server error.
      for (const url of ['/api/print-files/%E0%A4%A/download', '/api/print/shared/%E0%A4%A']) {
        const { response } = await fetchRaw(url, staff(tokens.editor))
        expect(response.status, url).toBeGreaterThanOrEqual(400)
        expect(response.status, url).toBeLessThan(500)
      }
      const share = (body: string) =>
        fetch(`${server.url}/api/print-files/${files[0].id}/share-link`, {
          method: 'POST',
          headers: {
            ...staff(tokens.editor),
            'content-type': 'application/json',
            'accept-language': 'en',
          },
          body,
        })
      for (const body of [
        '{"expiresInSeconds": 5}',
        '{"expiresInSeconds": "soon"}',
        '{"expiresInSeconds": 99999999}',
        '[1]',
        '{not json',
      ]) {
        const response = await share(body)
        expect(response.status, body).toBe(400)
        expect((await response.json()).errors[0].message, body).toMatch(
          /expiresInSeconds|JSON object/,
        )
      }
      // A translator reads print files but does not hand them out.
      const translator = await fetch(`${server.url}/api/print-files/${files[0].id}/share-link`, {
        method: 'POST',
        headers: staff(tokens.translator),
      })
      expect(translator.status).toBe(403)
    })

    it('should give a print shop a signed link that expires, and refuse tampered ones', async () => {
      const a3 = files.find((file) => file.format === 'a3')!
      const link = await api.post(`/api/print-files/${a3.id}/share-link`, {
        token: tokens.editor,
        json: { expiresInSeconds: 3600 },
      })
      expect(link.status).toBe(200)
      expect(Date.parse(link.body.expiresAt) - Date.now()).toBeGreaterThan(3500_000)
      const shop = await fetchRaw(link.body.url)
      expect(shop.response.status).toBe(200)
      expect(shop.response.headers.get('content-type')).toBe('application/pdf')
      const staffCopy = fs.readFileSync(await downloadPdf(a3))
      expect(shop.bytes.equals(staffCopy)).toBe(true)

      const token = link.body.url.split('/').pop() as string
      const [body, signature] = token.split('.')
      const grant = JSON.parse(Buffer.from(body, 'base64url').toString())
      const forge = (fields: unknown[]) => {
        const forged = Buffer.from(JSON.stringify(fields)).toString('base64url')
        return `${forged}.${signature}`
      }
      for (const bad of [
        forge([...grant.slice(0, 3), 'metro', ...grant.slice(4)]),
        forge([...grant.slice(0, -1), grant.at(-1) + 86400]),
        `${body}.${signature.slice(0, -2)}xx`,
        'nonsense',
      ]) {
        const { response, bytes } = await fetchRaw(`/api/print/shared/${bad}`)
        expect(response.status, bad).toBe(404)
        expect(JSON.parse(bytes.toString()).errors[0].message).toBe('This print link is not valid.')
      }
      // Links signed as the server would (Payload keys HMACs with a hash of the secret).
      const key = createHash('sha256').update(secret).digest('hex').slice(0, 32)
      const signed = (fields: unknown[]) => {
        const signedBody = Buffer.from(JSON.stringify(fields)).toString('base64url')
        const signedWith = createHmac('sha256', key)
          .update(`print-shop:${signedBody}`)
          .digest('base64url')
        return fetchRaw(`/api/print/shared/${signedBody}.${signedWith}`)
      }
      const expired = await signed([...grant.slice(0, -1), Math.floor(Date.now() / 1000) - 1])
      expect(expired.response.status).toBe(410)
      expect(JSON.parse(expired.bytes.toString()).errors[0].message).toMatch(/expired/)
      // A link made before links named the item's creation time: 410, ask for a new one.
      const old = await signed([...grant.slice(0, 4), grant.at(-1)])
      expect(old.response.status).toBe(410)
      expect(JSON.parse(old.bytes.toString()).errors[0].message).toMatch(/out of date/)
    })

    it('should make the files again when the hotline or the list of sizes changes, and links follow', async () => {
      const a4 = files.find((file) => file.format === 'a4')!
      const a3 = files.find((file) => file.format === 'a3')!
      const a3Link = (
        await api.post(`/api/print-files/${a3.id}/share-link`, { token: tokens.editor })
      ).body.url
      const link = (
        await api.post(`/api/print-files/${a4.id}/share-link`, { token: tokens.editor })
      ).body.url
      const settings = (await api.get('/api/globals/settings?locale=az', { token: tokens.admin }))
        .body
      await saveSettings({
        hotlines: settings.hotlines.map((row: object) => ({ ...row, number: '0 800 152 152' })),
      })
      // Until the sweep has made the new file, the old one is refused: it prints the old number.
      expect(
        (await fetchRaw(`/api/print-files/${a4.id}/download`, staff(tokens.editor))).response
          .status,
      ).toBe(410)
      expect((await fetchRaw(link)).response.status).toBe(410)
      await runPrintQueue()
      const a4s = (await filesOf('posters', poster)).filter((file) => file.format === 'a4')
      expect(a4s).toHaveLength(1)
      expect(a4s[0].id).not.toBe(a4.id)
      const renewed = (await filesOf('posters', poster)).find((file) => file.format === 'a4')!
      expect(await pdfText(await downloadPdf(renewed))).toContain('0 800 152 152')
      // The old file is gone; the print shop's link gives the corrected one.
      expect(
        (await fetchRaw(`/api/print-files/${a4.id}/download`, staff(tokens.editor))).response
          .status,
      ).toBe(404)
      const shop = await fetchRaw(link)
      expect(shop.response.status).toBe(200)
      fs.writeFileSync(path.join(work, 'shop.pdf'), shop.bytes)
      expect(await pdfText(path.join(work, 'shop.pdf'))).toContain('0 800 152 152')

      await saveSettings({
        print: { formats: ownSizes },
      })
      await sweptSlots('posters', poster, ['az:a4:ready', 'az:a5:ready'])
      const a5 = (await filesOf('posters', poster)).find((file) => file.format === 'a5')!
      const [page] = await pdfPageSizesPt(await downloadPdf(a5))
      expect(page.bleed.width).toBeCloseTo(mm(158), 1)
      expect(page.bleed.height).toBeCloseTo(mm(220), 1)
      // A size no longer listed is no longer served, even by a link made for it.
      expect((await fetchRaw(a3Link)).response.status).toBe(410)
    })

    it('should print a language once it is approved, and print an edited poster again', async () => {
      const before = (await filesOf('posters', poster)).map((file) => file.id)
      const ready = await takeAction(api, tokens.translator, 'posters', poster, 'mark-ready', {
        locale: 'en',
      })
      expect(ready.status, JSON.stringify(ready.body)).toBe(200)
      const edited = await api.patch(`/api/posters/${poster}?draft=true&locale=az`, {
        token: tokens.editor,
        json: { title: editedTitle },
      })
      expect(edited.status, JSON.stringify(edited.body)).toBe(200)
      // A draft is not printed: a sweep (re-saving the settings asks for one) keeps the files of
      // the live version until the edit is published.
      await saveSettings({})
      await runPrintQueue()
      expect((await filesOf('posters', poster)).map((file) => file.id)).toEqual(before)

      await publishThroughWorkflow(api, tokens, 'posters', poster)
      // The published edit stops the old files at once.
      const old = await fetchRaw(`/api/print-files/${before[0]}/download`, staff(tokens.editor))
      expect(old.response.status).toBe(410)
      await sweptSlots('posters', poster, [
        'az:a4:ready',
        'az:a5:ready',
        'en:a4:ready',
        'en:a5:ready',
      ])
      expect((await filesOf('posters', poster)).filter((file) => before.includes(file.id))).toEqual(
        [],
      )
      const now = await filesOf('posters', poster)
      const az = now.find((file) => file.locale === 'az' && file.format === 'a4')!
      expect((await pdfText(await downloadPdf(az))).replace(/\s+/g, ' ')).toContain(editedTitle)
      const en = await downloadPdf(
        now.find((file) => file.locale === 'en' && file.format === 'a4')!,
      )
      const text = (await pdfText(en)).replace(/\s+/g, ' ')
      expect(text).toContain('Job offer')
      expect(text).toContain('Hotline')
      // The English poster's QR code opens the English page (its template, not Azerbaijani's).
      expect(await decodeQr(await renderPagePng(en, 1, 2400))).toContain(
        `https://campaign.example/en/posters/${poster}`,
      )
    })

    it('should say so once, on the file, when the artwork is gone from the media folder', async () => {
      const media = (
        await api.get(`/api/posters/${poster}?locale=az&depth=1`, { token: tokens.editor })
      ).body.artwork
      fs.rmSync(path.join(server.dataDir, 'media', 'images', media.filename))
      // A new size must be drawn from the missing file; the files already made stay served.
      await saveSettings({
        print: {
          formats: [
            ...ownSizes,
            { key: 'a6', label: 'A6', trimWidthMm: 105, trimHeightMm: 148, bleedMm: 3 },
          ],
        },
      })
      await sweptSlots('posters', poster, [
        'az:a4:ready',
        'az:a5:ready',
        'az:a6:failed',
        'en:a4:ready',
        'en:a5:ready',
        'en:a6:ready',
      ])
      const failed = (await filesOf('posters', poster)).find(
        (file) => file.format === 'a6' && file.locale === 'az',
      )!
      expect(failed.error).toMatch(/image file is missing/)
      // Said once: the next sweep does not try again until the image changes.
      await saveSettings({})
      await runPrintQueue()
      expect((await filesOf('posters', poster)).find((file) => file.id === failed.id)).toBeDefined()
      const a4 = (await filesOf('posters', poster)).find((file) => file.format === 'a4')!
      expect(
        (await fetchRaw(`/api/print-files/${a4.id}/download`, staff(tokens.editor))).response
          .status,
      ).toBe(200)
    })

    it('should open nothing for a deleted poster with its links, not the poster made next', async () => {
      const deleted = await created('posters', { title: 'Silinəcək', artwork: await artwork() })
      await publishThroughWorkflow(api, tokens, 'posters', deleted)
      await runPrintQueue()
      const [file] = await filesOf('posters', deleted)
      const links = {
        print: (await api.post(`/api/print-files/${file.id}/share-link`, { token: tokens.editor }))
          .body.url,
        preview: (await api.post(`/api/posters/${deleted}/preview-link`, { token: tokens.editor }))
          .body.url,
      }
      expect((await fetchRaw(links.print)).response.status).toBe(200)
      expect((await fetchRaw(links.preview)).response.status).toBe(200)
      expect((await api.del(`/api/posters/${deleted}`, { token: tokens.admin })).status).toBe(200)

      // SQLite is made to give the deleted id again, as it did before AUTOINCREMENT: the links
      // must hold even then. MongoDB never gives an id twice.
      const isSqlite = !process.env.TEST_DATABASE_URL
      if (isSqlite) await reuseDeletedIds(testDatabaseUrl(server.dataDir), 'posters')
      const next = await created('posters', { title: 'Növbəti', artwork: await artwork() })
      expect(String(next) === String(deleted)).toBe(isSqlite)
      await publishThroughWorkflow(api, tokens, 'posters', next)
      await runPrintQueue()
      expect(slots(await filesOf('posters', next))).toContain(`${file.locale}:${file.format}:ready`)
      expect((await fetchRaw(links.print)).response.status).toBe(410)
      expect((await fetchRaw(links.preview)).response.status).toBe(404)
    })

    it('should stop serving a poster’s files the moment it is unpublished, and remove them', async () => {
      const [file] = await filesOf('posters', poster)
      const link = (
        await api.post(`/api/print-files/${file.id}/share-link`, { token: tokens.editor })
      ).body.url
      await reviewerTakes(api, tokens, 'posters', poster, 'unpublish', 'Kampaniya bitdi')
      for (const url of [
        `/api/print-files/${file.id}/download`,
        `/api/print-files/${file.id}/preview`,
      ]) {
        const { response } = await fetchRaw(url, staff(tokens.editor))
        expect(response.status, url).toBe(410)
      }
      expect((await fetchRaw(link)).response.status).toBe(410)
      await sweptSlots('posters', poster, [])
      // Once swept, the record is gone too.
      expect(
        (await fetchRaw(`/api/print-files/${file.id}/download`, staff(tokens.editor))).response
          .status,
      ).toBe(404)
    })
  })

  describe('brochures', () => {
    const story = async (title: string, consent: object) => {
      const id = await created('stories', {
        title,
        pseudonym: 'Aygün',
        summary: `${title}: qısa məzmun`,
        body: paragraphs(`${title} — hekayənin mətni.`),
        consent,
      })
      await publishThroughWorkflow(api, tokens, 'stories', id)
      return id
    }
    let printable: string | number
    let notForPrint: string | number
    let article: string | number
    let brochure: string | number

    beforeAll(async () => {
      printable = await story('Bakıdan Dubaya: Leylanın yolu', fullConsent!)
      notForPrint = await story('Yalnız saytda danışılan hekayə', {
        ...fullConsent,
        channels: ['website', 'partners'],
      })
      article = await created('articles', {
        title: 'Dəyirmi masa: insan alverinə qarşı əməkdaşlıq',
        excerpt: 'Qısa xülasə',
        body: paragraphs('Birinci abzas.', 'İkinci abzas — ğ ı İ ş ç ö ü ə.'),
      })
      await publishThroughWorkflow(api, tokens, 'articles', article)
      brochure = await created('brochures', {
        title: 'Xəbərdar olun: işə düzəltmə vədləri',
        intro: 'Sərhəd keçidləri və hava limanları üçün broşura.',
        fold: 'booklet-a5',
        items: [
          { relationTo: 'stories', value: printable },
          { relationTo: 'stories', value: notForPrint },
          { relationTo: 'articles', value: article },
        ],
      })
      await publishThroughWorkflow(api, tokens, 'brochures', brochure)
      await sweptSlots('brochures', brochure, ['az:booklet-a5:ready'])
    })

    it('should compose an A5 booklet of the items print may use, never a story whose consent does not allow print', async () => {
      const [file] = await filesOf('brochures', brochure)
      expect(file.includes).toEqual([
        { collection: 'stories', id: String(printable) },
        { collection: 'articles', id: String(article) },
      ])
      const pdf = await downloadPdf(file)
      const pages = await pdfPageSizesPt(pdf)
      expect(pages.length % 4).toBe(0)
      for (const page of pages) {
        expect(page.bleed.width).toBeCloseTo(mm(154), 1)
        expect(page.bleed.height).toBeCloseTo(mm(216), 1)
      }
      const text = (await pdfText(pdf)).replace(/\s+/g, ' ')
      for (const expected of [
        'Xəbərdar olun: işə düzəltmə vədləri',
        'Bakıdan Dubaya: Leylanın yolu',
        'Dəyirmi masa: insan alverinə qarşı əməkdaşlıq',
        'İkinci abzas — ğ ı İ ş ç ö ü ə.',
        'Qaynar xətt',
        '0 800 152 152',
      ])
        expect(text).toContain(expected)
      expect(text).not.toContain('Yalnız saytda')
      expect((await pdfFonts(pdf)).every((font) => font.embedded)).toBe(true)
      expect(await isBlank(await renderPagePng(pdf, 2, 800))).toBe(false)
    })

    it('should fold a tri-fold on two landscape A4 sides', async () => {
      const trifold = await created('brochures', {
        title: 'Qısa broşura',
        intro: 'Məktəblər üçün.',
        fold: 'trifold-a4',
        items: [{ relationTo: 'articles', value: article }],
      })
      await publishThroughWorkflow(api, tokens, 'brochures', trifold)
      await sweptSlots('brochures', trifold, ['az:trifold-a4:ready'])
      const pdf = await downloadPdf((await filesOf('brochures', trifold))[0])
      const pages = await pdfPageSizesPt(pdf)
      expect(pages).toHaveLength(2)
      expect(pages[0].bleed.width).toBeCloseTo(mm(303), 1)
      expect(pages[0].bleed.height).toBeCloseTo(mm(216), 1)
      expect(await pdfText(pdf)).toContain('Qısa broşura')
    })

    it('should say why, instead of a file, when nothing in a brochure may be printed', async () => {
      const empty = await created('brochures', {
        title: 'Boş broşura',
        intro: 'Heç nə çap oluna bilməz.',
        items: [{ relationTo: 'stories', value: notForPrint }],
      })
      await publishThroughWorkflow(api, tokens, 'brochures', empty)
      await sweptSlots('brochures', empty, ['az:booklet-a5:failed'])
      const [file] = await filesOf('brochures', empty)
      expect(file.error).toMatch(/consent does not allow print/)
      const download = await fetchRaw(`/api/print-files/${file.id}/download`, staff(tokens.editor))
      expect(download.response.status).toBe(409)
    })

    it('should refuse a brochure’s file at once when an article in it is published again with changes, and print the new text', async () => {
      const [before] = await filesOf('brochures', brochure)
      const download = async () =>
        (await fetchRaw(`/api/print-files/${before.id}/download`, staff(tokens.editor))).response
          .status
      const edited = await api.patch(`/api/articles/${article}?draft=true&locale=az`, {
        token: tokens.editor,
        json: {
          body: paragraphs(
            'Birinci abzas.',
            'İkinci abzas — ğ ı İ ş ç ö ü ə.',
            'Yeni abzas: Gəncədə seminar.',
          ),
        },
      })
      expect(edited.status, JSON.stringify(edited.body)).toBe(200)
      // A draft changes nothing printed.
      expect(await download()).toBe(200)
      await publishThroughWorkflow(api, tokens, 'articles', article)
      expect(await download()).toBe(410)
      await runPrintQueue()
      const [after] = await filesOf('brochures', brochure)
      expect(after.id).not.toBe(before.id)
      expect((await pdfText(await downloadPdf(after))).replace(/\s+/g, ' ')).toContain(
        'Yeni abzas: Gəncədə seminar.',
      )
    })

    it('should refuse a brochure’s file at once when a story’s consent is narrowed to leave print out', async () => {
      const narrowed = await story('Sumqayıtdan Moskvaya: Elçinin yolu', fullConsent!)
      const schools = await created('brochures', {
        title: 'Məktəblər üçün',
        intro: 'Yuxarı siniflər üçün.',
        items: [
          { relationTo: 'stories', value: narrowed },
          { relationTo: 'articles', value: article },
        ],
      })
      await publishThroughWorkflow(api, tokens, 'brochures', schools)
      await sweptSlots('brochures', schools, ['az:booklet-a5:ready'])
      const [before] = await filesOf('brochures', schools)
      expect(before.includes).toHaveLength(2)
      // Narrowed in a draft, the consent applies to the live story at once, without review.
      const patched = await api.patch(`/api/stories/${narrowed}?draft=true`, {
        token: tokens.editor,
        json: { consent: { ...fullConsent, channels: ['website', 'partners', 'screens'] } },
      })
      expect(patched.status, JSON.stringify(patched.body)).toBe(200)
      const old = await fetchRaw(`/api/print-files/${before.id}/download`, staff(tokens.editor))
      expect(old.response.status).toBe(410)
      await runPrintQueue()
      const [after] = await filesOf('brochures', schools)
      expect(after.includes).toEqual([{ collection: 'articles', id: String(article) }])
      expect(await pdfText(await downloadPdf(after))).not.toContain('Elçinin')
    })

    it('should pull a brochure at once when a story in it is withdrawn, and print it again without the story', async () => {
      const [before] = await filesOf('brochures', brochure)
      await reviewerTakes(api, tokens, 'stories', printable, 'withdraw-consent', 'She asked us to')
      // Before any sweep has run, the old file is refused: it holds the withdrawn story.
      const old = await fetchRaw(`/api/print-files/${before.id}/download`, staff(tokens.editor))
      expect(old.response.status).toBe(410)
      await runPrintQueue()
      expect((await filesOf('brochures', brochure)).map((file) => file.includes)).toEqual([
        [{ collection: 'articles', id: String(article) }],
      ])
      const [after] = await filesOf('brochures', brochure)
      const text = await pdfText(await downloadPdf(after))
      expect(text).not.toContain('Leylanın')
      expect(text).toContain('Dəyirmi masa')
    })
  })
})
