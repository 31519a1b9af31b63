import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient, bootstrapUsers, testPassword, type ApiClient } from '../helpers/api'
import { createPartner } from '../helpers/channelKeys'
import {
  asStaffUser,
  launchBrowser,
  saveScreenshot,
  type LaunchedBrowser,
} from '../helpers/browser'
import { firstAdminEmail, startServer, type RunningServer } from '../helpers/server'
import { takeAction } from '../helpers/workflow'

/**
 * The admin's form sends every field back on save, those the user may not change included (the
 * workflow record, their own roles, fields computed on read). Such saves must go through: only a
 * change to those fields is refused (src/hooks/rejectForbiddenFields.ts).
 */
describe('admin saves of fields the user may not change', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Awaited<ReturnType<typeof bootstrapUsers>>
  let launched: LaunchedBrowser

  /** A page logged in as `email`, in English, closed after `run`; a screenshot on failure. */
  const asUser = (email: string, name: string, run: (page: Page) => Promise<void>) =>
    asStaffUser(
      {
        browser: launched.browser,
        serverUrl: server.url,
        email,
        password: testPassword,
        name: `admin-saves-${name}`,
      },
      run,
    )

  /** Opens an edit view, changes one text field and saves: the save's status, answer and body. */
  const editAndSave = async (
    page: Page,
    { path, field, value, button }: { path: string; field: string; value: string; button: string },
  ) => {
    await page.goto(`${server.url}${path}`)
    await page.locator(`#${field}`).waitFor()
    await page.locator(`#${field}`).fill(value)
    const saved = page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' &&
        new URL(response.url()).pathname.startsWith('/api/'),
      { timeout: 60_000 },
    )
    await page.locator(button).first().click()
    const response = await saved
    const sent = response.request().postData() ?? ''
    return { status: response.status(), body: await response.text(), sent }
  }

  beforeAll(async () => {
    server = await startServer()
    api = apiClient(server.url)
    tokens = await bootstrapUsers(api)
    launched = await launchBrowser()
  })
  afterAll(async () => {
    await launched?.close()
    await server?.stop()
  })

  it('should save an editor’s edit of an item whose workflow record is filled in', async () => {
    const article = await api.post('/api/articles', {
      token: tokens.editor,
      json: { title: 'Forma ilə' },
    })
    const id = article.body.doc.id
    expect((await takeAction(api, tokens.editor, 'articles', id, 'submit')).status).toBe(200)
    const changes = await takeAction(api, tokens.reviewer, 'articles', id, 'request-changes', {
      comment: 'Başlığı dəyişin',
    })
    expect(changes.status).toBe(200)
    await asUser('editor@test.example', 'article', async (page) => {
      const saved = await editAndSave(page, {
        path: `/admin/collections/articles/${id}`,
        field: 'field-title',
        value: 'Forma ilə, düzəldilmiş',
        button: '#action-save-draft',
      })
      expect(saved.status, saved.body).toBe(200)
      expect(saved.sent).toMatch(/"workflow":\{"stage":"changes-requested"/)
    })
  })

  it('should save an editor’s own account, roles sent back unchanged', async () => {
    await asUser('editor@test.example', 'account', async (page) => {
      const saved = await editAndSave(page, {
        path: '/admin/account',
        field: 'field-name',
        value: 'Redaktor Əliyeva',
        button: '#action-save',
      })
      expect(saved.status, saved.body).toBe(200)
      expect(saved.sent).toMatch(/"roles":\["editor"\]/)
    })
    const me = await api.get('/api/users/me', { token: tokens.editor })
    expect([me.body.user.name, me.body.user.roles]).toEqual(['Redaktor Əliyeva', ['editor']])
  })

  it('should save an admin’s edit of a screen and of a partner', async () => {
    const location = await api.post('/api/locations', {
      token: tokens.admin,
      json: { name: 'Gənclik', type: 'metro-station' },
    })
    const screen = await api.post('/api/screens', {
      token: tokens.admin,
      json: { name: 'Gənclik 1', location: location.body.doc.id },
    })
    const partner = await createPartner(api, tokens.admin, {
      name: 'Portal',
      contentTypes: ['articles'],
      languages: ['az'],
      apiKey: 'admin-saves-partner-key-0123456789',
      webhookUrl: 'https://portal.example/hook',
    })
    await asUser(firstAdminEmail, 'screen-partner', async (page) => {
      for (const path of [
        `/admin/collections/screens/${screen.body.doc.id}`,
        `/admin/collections/partners/${partner.id}`,
      ]) {
        const saved = await editAndSave(page, {
          path,
          field: 'field-name',
          value: 'Yeni ad',
          button: '#action-save',
        })
        expect([path, saved.status, saved.body]).toEqual([path, 200, saved.body])
      }
    })
  })
})
