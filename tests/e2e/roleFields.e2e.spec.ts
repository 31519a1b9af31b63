import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient, bootstrapUsers, testPassword, type ApiClient } from '../helpers/api'
import {
  asStaffUser,
  launchBrowser,
  saveScreenshot,
  type LaunchedBrowser,
} from '../helpers/browser'
import { fullConsent } from '../helpers/fixtures'
import { smallPng, uploadMedia } from '../helpers/media'
import { firstAdminEmail, startServer, type RunningServer } from '../helpers/server'
import { publishThroughWorkflow, saveDraft } from '../helpers/workflow'

/**
 * The admin offers each role what it can do, and nothing that always fails: fields a translator
 * cannot save are read-only with the Azerbaijani source beside the translation, no bulk publish
 * and no "Revert to published", a preview link from the edit view, images by their alt text and
 * colleagues by their names.
 */
describe('the admin as each role sees it', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Awaited<ReturnType<typeof bootstrapUsers>>
  let launched: LaunchedBrowser
  let story: number | string
  let video: number | string
  const azTitle = 'Bakıdan gələn məktub'
  const enDraftTitle = 'A letter from Baku'

  /** A page logged in as `email`, in English, closed after `run`; a screenshot on failure. */
  const asUser = (email: string, name: string, run: (page: Page) => Promise<void>) =>
    asStaffUser(
      {
        browser: launched.browser,
        serverUrl: server.url,
        email,
        password: testPassword,
        name: `role-fields-${name}`,
      },
      run,
    )

  beforeAll(async () => {
    server = await startServer()
    api = apiClient(server.url)
    tokens = await bootstrapUsers(api)
    launched = await launchBrowser()
    const created = await api.post('/api/stories', {
      token: tokens.editor,
      json: {
        title: azTitle,
        pseudonym: 'Nərmin',
        summary: 'Bir qadının evə qayıdışı',
        consent: fullConsent,
      },
    })
    story = created.body.doc.id
    await saveDraft(api, tokens.editor, 'stories', story, 'en', {
      title: 'A letter',
      pseudonym: 'Narmin',
    })
    // Live, then edited again: the edit view has a published version and a newer draft.
    await publishThroughWorkflow(api, tokens, 'stories', story)
    await saveDraft(api, tokens.editor, 'stories', story, 'en', { title: enDraftTitle })
    const clip = await api.post('/api/videos', {
      token: tokens.editor,
      json: {
        title: 'Videoçarx',
        sourceType: 'external',
        externalUrl: 'https://video.example.org/1',
        duration: 60,
      },
    })
    video = clip.body.doc.id
    const image = await uploadMedia(
      api,
      tokens.editor,
      await smallPng(),
      'IMG_0042.png',
      'image/png',
      {
        alt: 'Gəncə vağzalında gözləyən qadın',
      },
    )
    expect(image.status).toBe(201)
  }, 180_000)

  afterAll(async () => {
    await launched?.close()
    await server?.stop()
  })

  it('should show a translator only their language editable, with the Azerbaijani source below it', async () => {
    await asUser('translator@test.example', 'translator', async (page) => {
      await page.goto(`${server.url}/admin/collections/stories/${story}?locale=en`)
      const title = page.locator('#field-title')
      await expect.poll(() => title.inputValue()).toBe(enDraftTitle)
      // Every input is disabled while the form starts: editable means it is ready.
      await expect.poll(() => title.isEditable()).toBe(true)
      const source = page.locator('[data-source-for="title"]')
      await expect.poll(() => source.textContent()).toContain(azTitle)
      expect(await page.locator('[data-source-for="summary"]').textContent()).toContain(
        'Bir qadının evə qayıdışı',
      )

      // Shared by every language: the editors'.
      await page.goto(`${server.url}/admin/collections/videos/${video}?locale=en`)
      await expect.poll(() => page.locator('#field-title').isEditable()).toBe(true)
      expect(await page.locator('#field-externalUrl').isEditable()).toBe(false)
      expect(await page.locator('#field-duration').isEditable()).toBe(false)

      // Azerbaijani is the editors' original: read-only, with no source to show.
      await page.goto(`${server.url}/admin/collections/stories/${story}?locale=az`)
      await expect.poll(() => page.locator('#field-title').inputValue()).toBe(azTitle)
      expect(await page.locator('#field-title').isEditable()).toBe(false)
      expect(await page.locator('[data-source-for]').count()).toBe(0)
      // The permissions the form is drawn from, as the admin asks for them (Payload leaves out
      // what is not allowed).
      const mayUpdate = (collection: string, id: number | string, locale: string, field: string) =>
        page.evaluate(
          async ({ url, field }) => {
            const access = await (
              await fetch(url, { method: 'POST', credentials: 'include' })
            ).json()
            return access.fields === true || Boolean(access.fields?.[field]?.update)
          },
          { url: `/api/${collection}/access/${id}?locale=${locale}`, field },
        )
      expect({
        storyTitleAz: await mayUpdate('stories', story, 'az', 'title'),
        storyTitleEn: await mayUpdate('stories', story, 'en', 'title'),
        videoDurationEn: await mayUpdate('videos', video, 'en', 'duration'),
      }).toEqual({ storyTitleAz: false, storyTitleEn: true, videoDurationEn: false })
    })
  })

  it('should show an editor every field editable, without a source pane in Azerbaijani', async () => {
    await asUser('editor@test.example', 'editor', async (page) => {
      await page.goto(`${server.url}/admin/collections/videos/${video}`)
      await expect.poll(() => page.locator('#field-title').isEditable()).toBe(true)
      expect(await page.locator('#field-duration').isEditable()).toBe(true)
      expect(await page.locator('#field-externalUrl').isEditable()).toBe(true)
      expect(await page.locator('[data-source-for]').count()).toBe(0)
    })
  })

  it('should offer no bulk publish, unpublish or edit in the content list', async () => {
    await asUser(firstAdminEmail, 'bulk', async (page) => {
      await page.goto(`${server.url}/admin/collections/stories`)
      await page.locator('#select-all').click()
      const bar = page.locator('.list-selection')
      // The bar is there (an admin may delete), without the actions that always failed.
      await bar.getByRole('button', { name: 'Delete' }).waitFor()
      for (const name of ['Publish', 'Unpublish', 'Edit'])
        expect(await bar.getByRole('button', { name, exact: true }).count(), name).toBe(0)
    })
  })

  it('should show a changed live story without "Revert to published"', async () => {
    await asUser('editor@test.example', 'revert', async (page) => {
      await page.goto(`${server.url}/admin/collections/stories/${story}?locale=en`)
      await expect.poll(() => page.locator('.status__value').first().textContent()).toBe('Changed')
      expect(await page.locator('#action-revert-to-published').count()).toBe(0)
    })
  })

  it('should make a working preview link for the item and language from the edit view', async () => {
    await asUser('editor@test.example', 'preview', async (page) => {
      await page.goto(`${server.url}/admin/collections/stories/${story}?locale=en`)
      const opened = page.context().waitForEvent('page')
      await page.locator('#action-preview-link').click()
      const preview = await opened
      await preview.waitForURL(/\/api\/website\/preview\//)
      const read = await api.get(new URL(preview.url()).pathname)
      expect(read.status).toBe(200)
      expect(read.body.title).toBe(enDraftTitle)
    })
  })

  it('should list and find images by their alt text, and name colleagues', async () => {
    await asUser('reviewer@test.example', 'media', async (page) => {
      await page.goto(`${server.url}/admin/collections/media`)
      await page.locator('.table').getByText('Gəncə vağzalında gözləyən qadın').waitFor()
      expect(await page.locator('.table').getByText('IMG_0042').count()).toBe(0)
      await page.locator('#search-filter-input').fill('vağzal')
      await page.waitForURL(/search=/)
      await page.locator('.table').getByText('Gəncə vağzalında gözləyən qadın').waitFor()

      // A story's author by name, not "Untitled - ID: 2", to a reviewer who may not edit people.
      await page.goto(`${server.url}/admin/collections/stories/${story}`)
      await page.locator('#field-workflow__author').getByText('Test editor').waitFor()
    })
  })
})
