import path from 'path'
import type { BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient, bootstrapUsers, testPassword, type ApiClient } from '../helpers/api'
import { launchBrowser, saveScreenshot, type LaunchedBrowser } from '../helpers/browser'
import { confirmedChecklist, setHotline, setWebsiteAddresses } from '../helpers/fixtures'
import { firstAdminEmail, startServer, type RunningServer } from '../helpers/server'
import { makeTempDir, removeTempDir } from '../helpers/tempDir'
import { submittedStory, takeAction } from '../helpers/workflow'

/**
 * The admin in a real browser against the production build: an editor logs in and creates a
 * poster, uploading its artwork from the poster form, as campaign staff will.
 */

// The first render of each admin route in a fresh production server compiles nothing but still
// takes a few seconds on a small machine; UI waits get room to spare.
const uiTimeout = 30_000

let server: RunningServer
let api: ApiClient
let tokens: Awaited<ReturnType<typeof bootstrapUsers>>
let launched: LaunchedBrowser
let context: BrowserContext
let page: Page
let imageDir: string
/** The poster the workflow test publishes; the print test looks at its files. */
let publishedPoster: string | number
/** What the page reported that points at a broken admin: uncaught errors and CSP violations. */
const pageProblems: string[] = []

beforeAll(async () => {
  imageDir = makeTempDir('e2e-images')
  server = await startServer()
  api = apiClient(server.url)
  tokens = await bootstrapUsers(api)
  launched = await launchBrowser()
  // English labels (the admin defaults to Azerbaijani); content locale stays az, the default.
  context = await launched.browser.newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
  })
  context.setDefaultTimeout(uiTimeout)
  context.setDefaultNavigationTimeout(60_000)
  page = await context.newPage()
  page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      pageProblems.push(`CSP: ${message.text()}`)
  })
})

afterAll(async () => {
  await context?.close().catch(() => undefined)
  await launched?.close()
  const code = await server?.stop()
  if (imageDir) removeTempDir(imageDir)
  // A server that cannot stop cleanly is worth knowing about, but the test has already spoken.
  if (code !== 0 && code !== null) console.warn(`server exited with ${code}`)
})

/** Runs one step of the journey; on failure keeps a screenshot and the server's last words. */
const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
  try {
    return await run()
  } catch (error) {
    const shot = await saveScreenshot(page, `admin-e2e-${name}`)
    // Request log lines drown out the rest; keep what the server said besides them.
    const tail = server
      .output()
      .split('\n')
      .filter((line) => !line.includes('"msg":"request"'))
      .slice(-40)
      .join('\n')
    const detail = `step "${name}" failed at ${page.url()}${shot ? `; screenshot: ${shot}` : ''}\nserver output (tail):\n${tail}`
    if (error instanceof Error) error.message = `${error.message}\n\n${detail}`
    throw error
  }
}

/** Logs into the admin through its login form and waits for the dashboard. */
const logIn = async (on: Page, email: string) => {
  await on.goto(`${server.url}/admin`)
  // Not logged in: the admin sends us to its login form.
  await on.waitForURL(/\/admin\/login/)
  await on.locator('#field-email').fill(email)
  await on.locator('#field-password').fill(testPassword)
  const login = on.waitForResponse(
    (response) =>
      response.url().includes('/api/users/login') && response.request().method() === 'POST',
  )
  await on.locator('form button[type="submit"]').click()
  expect((await login).status()).toBe(200)
  await on.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
  // The dashboard lists the content collections, posters among them.
  await on.locator('a[href="/admin/collections/posters"]').first().waitFor()
}

/** A logged-in admin page of its own (own cookies) for one user. */
const pageFor = async (email: string) => {
  const own = await launched.browser.newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
  })
  own.setDefaultTimeout(uiTimeout)
  const ownPage = await own.newPage()
  ownPage.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`))
  await logIn(ownPage, email)
  return { page: ownPage, close: () => own.close() }
}

/** Logged-in pages for an admin and an editor, closed afterwards; a screenshot on failure. */
const asAdminAndEditor = async (
  name: string,
  run: (pages: { admin: Page; editor: Page }) => Promise<void>,
) => {
  const admin = await pageFor(firstAdminEmail)
  const editor = await pageFor('editor@test.example')
  try {
    await run({ admin: admin.page, editor: editor.page })
  } catch (error) {
    await saveScreenshot(admin.page, `admin-e2e-${name}`)
    throw error
  } finally {
    await admin.close()
    await editor.close()
  }
}

/** Clicks a workflow button in the edit view and waits for the server to accept the action. */
const takeActionInAdmin = async (on: Page, action: string) => {
  const accepted = on.waitForResponse(
    (response) =>
      new URL(response.url()).pathname.endsWith(`/workflow/${action}`) &&
      response.request().method() === 'POST',
  )
  await on.locator(`#workflow-${action}`).click()
  const response = await accepted
  expect(response.status(), await response.text()).toBe(200)
}

/** A 1600×900 landscape JPEG with a gradient, so sharp has real pixels to resize. */
const makePosterJpeg = async (file: string) => {
  const width = 1600
  const height = 900
  const pixels = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3
      pixels[i] = Math.round((x / width) * 255)
      pixels[i + 1] = Math.round((y / height) * 255)
      pixels[i + 2] = 128
    }
  }
  await sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 85 })
    .toFile(file)
}

describe('admin in the browser', () => {
  it('should let an editor create a poster with uploaded artwork', async () => {
    const imageFile = path.join(imageDir, 'metro-poster-az.jpg')
    await makePosterJpeg(imageFile)
    const title = `E2E plakat ${Date.now()}`
    const alt = 'Metroda köməyə çağıran plakat'

    await step('login', () => logIn(page, 'editor@test.example'))

    await step('open-poster-form', async () => {
      await page.goto(`${server.url}/admin/collections/posters/create`)
      await page.locator('#field-title').waitFor()
      await page.locator('#field-title').fill(title)
    })

    const drawer = page.locator('dialog.doc-drawer.drawer--is-open')
    const media = await step('upload-artwork', async () => {
      const artworkField = page.locator('#field-artwork')
      await artworkField.getByRole('button', { name: 'Create New' }).click()
      await drawer.locator('#field-alt').waitFor()

      const chooser = page.waitForEvent('filechooser')
      await drawer.getByRole('button', { name: 'Select a file' }).click()
      await (await chooser).setFiles(imageFile)
      // The chosen file shows as a preview with its (editable) file name.
      await page.waitForFunction(
        (name) =>
          [...document.querySelectorAll<HTMLInputElement>('dialog.drawer--is-open input')].some(
            (input) => input.value === name,
          ),
        path.basename(imageFile),
      )
      await drawer.locator('#field-alt').fill(alt)

      const created = page.waitForResponse(
        (response) =>
          new URL(response.url()).pathname === '/api/media' &&
          response.request().method() === 'POST',
        { timeout: 60_000 },
      )
      await drawer.locator('#action-save').click()
      const response = await created
      const body = await response.json()
      expect(response.status(), JSON.stringify(body)).toBe(201)
      // The drawer closes and the poster form now shows the new image as its artwork.
      await drawer.waitFor({ state: 'detached' })
      // Stored under a random name, never the uploader's filename.
      expect(body.doc.filename).toMatch(/^[0-9a-f-]{36}\.jpg$/)
      await artworkField.getByText(body.doc.filename).first().waitFor()
      return body.doc as { id: number | string; filename: string }
    })

    const posterId = await step('save draft', async () => {
      const created = page.waitForResponse(
        (response) =>
          new URL(response.url()).pathname === '/api/posters' &&
          response.request().method() === 'POST',
        { timeout: 60_000 },
      )
      // Editors save drafts; publishing is a workflow action for reviewers.
      await page.locator('main.collection-edit--posters #action-save-draft').click()
      const response = await created
      const body = await response.json()
      expect(response.status(), JSON.stringify(body)).toBe(201)
      const id = body.doc.id as number | string
      // Once created, the admin moves to the document's own edit URL.
      await page.waitForURL(new RegExp(`/admin/collections/posters/${id}$`))
      await page.locator('#field-title').waitFor()
      expect(await page.locator('#field-title').inputValue()).toBe(title)
      return id
    })

    // What the UI did, read back through the REST API as the editor.
    const poster = await api.get(`/api/posters/${posterId}?depth=1&locale=az`, {
      token: tokens.editor,
    })
    expect(poster.status, JSON.stringify(poster.body)).toBe(200)
    expect(poster.body).toMatchObject({
      id: posterId,
      title,
      orientation: 'landscape',
      displaySeconds: 10,
      _status: 'draft',
      workflow: { stage: 'draft' },
      artwork: { id: media.id, alt, mimeType: 'image/jpeg', width: 1600, height: 900 },
    })

    const image = await api.get(`/api/media/${media.id}?locale=az`, { token: tokens.editor })
    expect(image.status, JSON.stringify(image.body)).toBe(200)
    expect(image.body.filename).toBe(media.filename)
    const { sizes } = image.body
    expect(sizes.screenLandscape).toMatchObject({
      width: 1920,
      height: 1080,
      mimeType: 'image/webp',
    })
    expect(sizes.screenPortrait).toMatchObject({
      width: 1080,
      height: 1920,
      mimeType: 'image/webp',
    })
    expect(sizes.screen4k).toMatchObject({ width: 3840, height: 2160, mimeType: 'image/webp' })
    expect(sizes.thumbnail).toMatchObject({ width: 400, height: 300, mimeType: 'image/webp' })
    expect(sizes.card).toMatchObject({ width: 800, height: 600, mimeType: 'image/webp' })
    // `web` never enlarges: a 1600-wide original stays 1600 wide.
    expect(sizes.web).toMatchObject({ width: 1600, height: 900, mimeType: 'image/webp' })

    // The screen rendition is served as a real WebP of the promised size.
    const file = await fetch(
      new URL(new URL(sizes.screenLandscape.url, server.url).pathname, server.url),
      {
        headers: { authorization: `JWT ${tokens.editor}` },
      },
    )
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/webp')
    const meta = await sharp(Buffer.from(await file.arrayBuffer())).metadata()
    expect(meta).toMatchObject({ format: 'webp', width: 1920, height: 1080 })

    expect(pageProblems).toEqual([])
  }, 180_000)

  it('should let the editor submit, and a reviewer find it on the dashboard, approve and publish it', async () => {
    const imageFile = path.join(imageDir, 'workflow-poster.jpg')
    await makePosterJpeg(imageFile)
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await sharp(imageFile).toBuffer())], { type: 'image/jpeg' }),
      'x.jpg',
    )
    form.append('_payload', JSON.stringify({ alt: 'Plakat' }))
    const artwork = (await api.post('/api/media', { token: tokens.editor, form })).body.doc.id
    const created = await api.post('/api/posters', {
      token: tokens.editor,
      json: { title: 'Təsdiq yolu', artwork },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const editUrl = `${server.url}/admin/collections/posters/${id}`
    const stageLabel = (on: Page) => on.locator('.workflow-actions__stage')

    const editor = await pageFor('editor@test.example')
    const reviewer = await pageFor('reviewer@test.example')
    try {
      await editor.page.goto(editUrl)
      await expect.poll(() => stageLabel(editor.page).getAttribute('data-stage')).toBe('draft')
      // Neither Payload's own Publish button nor approval is offered to the editor.
      expect(await editor.page.locator('#workflow-approve').count()).toBe(0)
      await takeActionInAdmin(editor.page, 'submit')
      await expect.poll(() => stageLabel(editor.page).getAttribute('data-stage')).toBe('in-review')
      // Leaving the edit view releases Payload's document lock for the reviewer.
      await editor.page.goto(`${server.url}/admin`)
      await expect
        .poll(
          async () =>
            (await api.get('/api/payload-locked-documents', { token: tokens.admin })).body
              .totalDocs,
        )
        .toBe(0)
      // The list of items waiting for review is for reviewers and admins only.
      await editor.page.locator('.my-work').waitFor()
      expect(
        await editor.page.locator('.my-work__list[data-list="waitingForReview"]').count(),
      ).toBe(0)

      // The reviewer finds it waiting on the dashboard and follows its link.
      await reviewer.page.goto(`${server.url}/admin`)
      const waiting = reviewer.page
        .locator('.my-work__list[data-list="waitingForReview"] .my-work__item a')
        .filter({ hasText: 'Təsdiq yolu' })
      await waiting.click()
      await reviewer.page.waitForURL(editUrl)
      await expect
        .poll(() => stageLabel(reviewer.page).getAttribute('data-stage'))
        .toBe('in-review')
      await takeActionInAdmin(reviewer.page, 'approve')
      await expect.poll(() => stageLabel(reviewer.page).getAttribute('data-stage')).toBe('approved')
      await takeActionInAdmin(reviewer.page, 'publish')
      await expect
        .poll(() => stageLabel(reviewer.page).getAttribute('data-stage'))
        .toBe('published')
    } catch (error) {
      await saveScreenshot(editor.page, 'admin-e2e-workflow-editor')
      await saveScreenshot(reviewer.page, 'admin-e2e-workflow-reviewer')
      throw error
    } finally {
      await editor.close()
      await reviewer.close()
    }

    const anonymous = await api.get(`/api/posters/${id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.title).toBe('Təsdiq yolu')
    publishedPoster = id
    const audit = await api.get(`/api/audit-log?where[targetId][equals]=${id}&sort=at`, {
      token: tokens.admin,
    })
    expect(audit.body.docs.map((entry: { action: string }) => entry.action)).toEqual([
      'submit',
      'approve',
      'publish',
    ])
    expect(pageProblems).toEqual([])
  }, 180_000)

  it('should show the editor the published poster’s print files: preview, download and a print shop link', async () => {
    await setHotline(api, tokens.admin, { az: 'Qaynar xətt' })
    await setWebsiteAddresses(api, tokens.admin, {
      az: { posters: 'https://xeberdar.example/az/plakatlar/{id}' },
    })
    const editor = await pageFor('editor@test.example')
    try {
      await editor.page.goto(`${server.url}/admin/collections/posters/${publishedPoster}`)
      // A running server makes the files on its print queue within seconds; here the test runs it.
      const run = await api.get('/api/payload-jobs/run?queue=print', { token: tokens.admin })
      expect(run.status).toBe(200)
      await editor.page.locator('.print-files button', { hasText: 'Refresh' }).click()
      await editor.page.locator('[data-print-file="az:metro"]').waitFor()
      expect(
        await editor.page
          .locator('[data-print-file]')
          .evaluateAll((rows) => rows.map((el) => el.getAttribute('data-print-file')).sort()),
      ).toEqual(['az:a2', 'az:a3', 'az:a4', 'az:metro'])
      const row = editor.page.locator('[data-print-file="az:a4"]')
      const preview = row.locator('img')
      await expect
        .poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(0)
      const download = editor.page.waitForEvent('download')
      await row.getByText('Download PDF').click()
      const pdf = await (await download).createReadStream()
      const head = await new Promise<Buffer>((resolve) =>
        pdf.once('data', (chunk) => resolve(chunk as Buffer)),
      )
      expect(head.subarray(0, 5).toString()).toBe('%PDF-')
      await row.getByText('Link for the print shop').click()
      const url = await row.locator('[data-share-url]').inputValue()
      // The print shop has no account: the link alone opens the file.
      const shop = await fetch(new URL(url, server.url))
      expect(shop.status).toBe(200)
      expect(shop.headers.get('content-type')).toBe('application/pdf')
    } catch (error) {
      await saveScreenshot(editor.page, 'admin-e2e-print-files')
      throw error
    } finally {
      await editor.close()
    }
    expect(pageProblems).toEqual([])
  }, 120_000)

  it('should make the second organisation’s reviewer confirm the safety checklist to approve a story', async () => {
    const id = await submittedStory(api, tokens, 'Yoxlama siyahısı')
    await takeAction(api, tokens.reviewer, 'stories', id, 'approve', {
      checklist: confirmedChecklist,
    })
    const reviewer = await pageFor('departmentReviewer@test.example')
    const stage = () => reviewer.page.locator('.workflow-actions__stage').getAttribute('data-stage')
    try {
      await reviewer.page.goto(`${server.url}/admin/collections/stories/${id}`)
      await expect
        .poll(() =>
          reviewer.page
            .locator('.workflow-actions__locales [data-locale="az"]')
            .getAttribute('data-status'),
        )
        .toBe('ready')
      await reviewer.page.locator('#workflow-approve').click()
      const checks = reviewer.page.locator('.workflow-actions__checklist input[type="checkbox"]')
      await expect.poll(() => checks.count()).toBe(6)
      // Five of six confirmed is not enough: the server refuses and the story stays in review.
      for (let index = 0; index < 5; index++) await checks.nth(index).check()
      const refused = reviewer.page.waitForResponse((r) => r.url().endsWith('/workflow/approve'))
      await reviewer.page.locator('#workflow-approve').click()
      expect((await refused).status()).toBe(400)
      expect(await stage()).toBe('in-review')
      await checks.nth(5).check()
      await takeActionInAdmin(reviewer.page, 'approve')
      await expect.poll(stage).toBe('approved')
      await expect
        .poll(() =>
          reviewer.page
            .locator('.workflow-actions__locales [data-locale="az"]')
            .getAttribute('data-status'),
        )
        .toBe('approved')
    } catch (error) {
      await saveScreenshot(reviewer.page, 'admin-e2e-checklist')
      throw error
    } finally {
      await reviewer.close()
    }
    const approval = (
      await api.get(
        `/api/audit-log?where[targetId][equals]=${id}&where[action][equals]=approve&sort=at`,
        { token: tokens.admin },
      )
    ).body.docs.at(-1)
    expect(approval).toMatchObject({
      toStage: 'approved',
      details: { checklist: confirmedChecklist },
    })
    expect(pageProblems).toEqual([])
  }, 180_000)

  it('should show staff who act on schedules, and not translators, the scheduled actions that did not happen', async () => {
    // The test server's scheduler is off: an approved item whose time has passed stays overdue.
    const created = await api.post('/api/articles', {
      token: tokens.editor,
      json: {
        title: 'Gecikmiş məqalə',
        publishAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      },
    })
    const id = created.body.doc.id
    await takeAction(api, tokens.editor, 'articles', id, 'submit')
    await takeAction(api, tokens.reviewer, 'articles', id, 'approve')

    await asAdminAndEditor('overdue', async ({ admin, editor }) => {
      for (const page of [admin, editor]) {
        const overdue = page.locator('.overdue-schedule')
        await overdue.waitFor()
        expect(await overdue.locator('h3').textContent()).toBe(
          'Scheduled actions that did not happen',
        )
        const link = overdue.getByRole('link', { name: 'Gecikmiş məqalə' })
        expect(await link.getAttribute('href')).toBe(`/admin/collections/articles/${id}`)
        expect(await overdue.locator('li').first().textContent()).toMatch(
          /^Publish: Gecikmiş məqalə — due /,
        )
      }
    })
    const translator = await pageFor('translator@test.example')
    try {
      await translator.page.locator('.my-work').waitFor()
      expect(await translator.page.locator('.overdue-schedule').count()).toBe(0)
    } finally {
      await translator.close()
    }
    expect(pageProblems).toEqual([])
  }, 180_000)

  it("should show admins each screen's status in the screens list, and editors not", async () => {
    const location = await api.post('/api/locations', {
      token: tokens.admin,
      json: { name: 'Gənclik', type: 'metro-station' },
    })
    await api.post('/api/screens', {
      token: tokens.admin,
      json: { name: 'Gənclik 1', location: location.body.doc.id },
    })
    await asAdminAndEditor('screen-status', async ({ admin, editor }) => {
      await admin.goto(`${server.url}/admin/collections/screens`)
      // Never seen: silent, and no playlist to compare.
      const status = admin.locator('.screen-status')
      await status.waitFor()
      expect(await status.getAttribute('data-status')).toBe('silent')
      expect(await status.textContent()).toBe('silent')
      await editor.goto(`${server.url}/admin/collections/screens`)
      await editor.getByText('Gənclik 1').waitFor()
      expect(await editor.locator('.screen-status').count()).toBe(0)
    })
    expect(pageProblems).toEqual([])
  }, 180_000)
})
