import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { refusal, say } from '@/workflow/refusals'

import {
  apiClient,
  bootstrapUsers,
  testPassword,
  type ApiClient,
  type Tokens,
} from '../helpers/api'
import {
  asStaffUser,
  launchBrowser,
  saveScreenshot,
  type LaunchedBrowser,
} from '../helpers/browser'
import { confirmedChecklist, fullConsent } from '../helpers/fixtures'
import { smallPng, uploadMedia } from '../helpers/media'
import { firstAdminEmail, startServer, type RunningServer } from '../helpers/server'
import { submittedStory, takeAction } from '../helpers/workflow'

/**
 * The workflow panel in a real browser against the production build, in the admin's default
 * language (Azerbaijani): why an action is unavailable, the panel following a save, the two
 * organisations' sign-off, the comment thread, and the dialogs that ask for reasons. The API
 * sets the scene; the browser does only what is being tested.
 */

let server: RunningServer
let api: ApiClient
let tokens: Tokens
let launched: LaunchedBrowser

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

/** Runs a test's browser part for one user, in Azerbaijani; keeps a screenshot if it fails. */
const asUser = (email: string, name: string, run: (page: Page) => Promise<void>) =>
  asStaffUser(
    {
      browser: launched.browser,
      serverUrl: server.url,
      email,
      password: testPassword,
      name: `workflow-panel-${name}`,
      locale: 'az-AZ',
    },
    run,
  )

const openStory = async (page: Page, id: string | number) => {
  await page.goto(`${server.url}/admin/collections/stories/${id}`)
  await page.locator('.workflow-actions__stage').waitFor()
}

/** The row of one action in the panel, and the reason shown when it is unavailable. */
const row = (page: Page, action: string) =>
  page.locator(`.workflow-actions__actions li[data-action="${action}"]`)
const reasonOf = (page: Page, action: string) =>
  row(page, action).locator('.workflow-actions__reason').textContent()
const stageOf = (page: Page) => page.locator('.workflow-actions__stage').getAttribute('data-stage')

/** Clicks a workflow control and waits for the server to accept the action. */
const accepted = async (page: Page, action: string, click: () => Promise<void>) => {
  const response = page.waitForResponse(
    (r) =>
      new URL(r.url()).pathname.endsWith(`/workflow/${action}`) && r.request().method() === 'POST',
  )
  await click()
  const answer = await response
  expect(answer.status(), await answer.text()).toBe(200)
}

/** The reviewer's safety checklist, confirmed in the panel, then the approval. */
const approveWithChecklist = async (page: Page) => {
  await page.locator('#workflow-approve').click()
  const checks = page.locator('.workflow-actions__checklist input[type="checkbox"]')
  await expect.poll(() => checks.count()).toBe(6)
  for (let index = 0; index < 6; index++) await checks.nth(index).check()
  await page.locator('#workflow-approve').click()
}

describe('the workflow panel', () => {
  it('should show why submitting is unavailable, and bring it back after the consent is widened and saved, without a reload', async () => {
    const image = await uploadMedia(api, tokens.editor, await smallPng(), 'hero.png', 'image/png')
    expect(image.status, JSON.stringify(image.body)).toBe(201)
    const created = await api.post('/api/stories', {
      token: tokens.editor,
      json: {
        title: 'Şəkilsiz razılıq',
        pseudonym: 'Nərgiz',
        heroImage: image.body.doc.id,
        consent: { ...fullConsent, mediaTypes: ['text'] },
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id

    await asUser('editor@test.example', 'consent', async (page) => {
      await openStory(page, id)
      const expected = say(
        refusal('consent', { problems: [refusal('consent-excludes-media', { media: 'image' })] }),
        'az',
      )
      await expect.poll(() => reasonOf(page, 'submit')).toBe(expected)
      expect(await page.locator('#workflow-submit').count()).toBe(0)
      // Approval is not the editor's: the panel does not list it at all.
      expect(await row(page, 'approve').count()).toBe(0)

      // A mark that a reload would wipe out.
      await page.evaluate(() => ((window as unknown as { unreloaded: boolean }).unreloaded = true))
      await page.locator('#field-consent__mediaTypes .rs__control').click()
      await page.locator('.rs__option', { hasText: 'Şəkil' }).click()
      const saved = page.waitForResponse(
        (r) =>
          new URL(r.url()).pathname === `/api/stories/${id}` && r.request().method() === 'PATCH',
      )
      await page.locator('#action-save-draft').click()
      expect((await saved).status()).toBe(200)
      await page.locator('#workflow-submit').waitFor()
      expect(await row(page, 'submit').getAttribute('data-available')).toBe('true')
      expect(
        await page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded),
      ).toBe(true)
    })
  })

  it('should show the police department’s sign-off still missing after the campaign office approves, then take a request for changes in a dialog into the comment thread', async () => {
    const id = await submittedStory(api, tokens, 'İki təşkilat')
    await asUser('reviewer@test.example', 'sign-off', async (page) => {
      await openStory(page, id)
      await expect
        .poll(() => reasonOf(page, 'publish'))
        .toBe(
          say(
            refusal('wrong-stage', { action: 'publish', stage: 'in-review', from: ['approved'] }),
            'az',
          ),
        )
      await accepted(page, 'approve', () => approveWithChecklist(page))
      const campaign = page.locator('[data-organisation="campaign"]')
      const department = page.locator('[data-organisation="department"]')
      await expect.poll(() => campaign.getAttribute('data-signed')).toBe('true')
      expect(await campaign.textContent()).toContain('Test reviewer')
      expect(await department.getAttribute('data-signed')).toBe('false')
      expect(await department.textContent()).toContain('hələ təsdiqləməyib')
      expect(await stageOf(page)).toBe('in-review')

      await page.locator('#workflow-request-changes').click()
      const dialog = page.locator('.workflow-dialog')
      await dialog.waitFor()
      // Nothing is sent without the words.
      await dialog.locator('#workflow-dialog-confirm').click()
      await dialog.locator('.workflow-dialog__missing').waitFor()
      const comment = 'Üçüncü abzasda kəndin adı qalıb.'
      await dialog.locator('#workflow-dialog-reason').fill(comment)
      await accepted(page, 'request-changes', () =>
        dialog.locator('#workflow-dialog-confirm').click(),
      )
      await dialog.waitFor({ state: 'detached' })
      await expect.poll(() => stageOf(page)).toBe('changes-requested')
      const newest = page.locator('.workflow-actions__comments li').first()
      expect(await newest.getAttribute('data-action')).toBe('request-changes')
      expect(await newest.locator('.workflow-actions__comment').textContent()).toBe(comment)
      expect(await newest.locator('.workflow-actions__comment-author').textContent()).toBe(
        'Test reviewer',
      )
      expect(await newest.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/)
      // The thread keeps the approval's note beneath it.
      expect(await page.locator('.workflow-actions__comments li').count()).toBe(2)
    })
  })

  it('should record a consent withdrawal through a dialog, then show the state instead of the button', async () => {
    const id = await submittedStory(api, tokens, 'Geri götürülən razılıq')
    await asUser('reviewer@test.example', 'withdraw', async (page) => {
      await openStory(page, id)
      await page.locator('#workflow-withdraw-consent').click()
      const dialog = page.locator('.workflow-dialog')
      await dialog
        .locator('#workflow-dialog-reason')
        .fill('Telefonla geri götürdü; forma gözlənilir.')
      await accepted(page, 'withdraw-consent', () =>
        dialog.locator('#workflow-dialog-confirm').click(),
      )
      await expect.poll(() => stageOf(page)).toBe('unpublished')
      expect(await page.locator('.workflow-actions__stage').textContent()).toContain(
        'Razılıq geri götürülüb',
      )
      expect(await page.locator('#workflow-withdraw-consent').count()).toBe(0)
      expect(await row(page, 'withdraw-consent').count()).toBe(0)
    })
  })

  it('should let an admin complete a story’s sign-off alone only with a written reason, kept in the audit', async () => {
    const id = await submittedStory(api, tokens, 'Təcili təsdiq')
    await takeAction(api, tokens.reviewer, 'stories', id, 'approve', {
      checklist: confirmedChecklist,
    })
    const refused = await takeAction(api, tokens.admin, 'stories', id, 'approve', {
      checklist: confirmedChecklist,
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0]).toMatchObject({
      message: 'Give a reason to override the sign-off: Police department has not approved yet.',
      data: { code: 'override-reason-required', params: { missing: ['department'] } },
    })

    const reason = 'Polis idarəsinin rəyçisi məzuniyyətdədir; telefonla razılaşdırılıb.'
    await asUser(firstAdminEmail, 'override', async (page) => {
      await openStory(page, id)
      await approveWithChecklist(page)
      const dialog = page.locator('.workflow-dialog')
      await dialog.waitFor()
      await dialog.locator('#workflow-dialog-reason').fill(reason)
      await accepted(page, 'approve', () => dialog.locator('#workflow-dialog-confirm').click())
      await expect.poll(() => stageOf(page)).toBe('approved')
      const newest = page.locator('.workflow-actions__comments li').first()
      expect(await newest.locator('.workflow-actions__comment').textContent()).toBe(reason)
      expect(await newest.textContent()).toContain('istisna')
    })
    const audit = await api.get(
      `/api/audit-log?where[targetId][equals]=${id}&where[action][equals]=approve&sort=-at&limit=1`,
      { token: tokens.admin },
    )
    expect(audit.body.docs[0]).toMatchObject({
      isOverride: true,
      comment: reason,
      details: { overrideReason: reason },
    })
  })
})
