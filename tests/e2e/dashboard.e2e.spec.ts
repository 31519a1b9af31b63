import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bakuDate, monthKey, monthOf, shiftMonth } from '@/workflow/schedule/calendar'

import { apiClient, bootstrapUsers, testPassword, type ApiClient } from '../helpers/api'
import {
  asStaffUser,
  launchBrowser,
  saveScreenshot,
  type LaunchedBrowser,
} from '../helpers/browser'
import { firstAdminEmail, startServer, type RunningServer } from '../helpers/server'
import { takeAction } from '../helpers/workflow'

/**
 * The dashboard as each role's daily tool, in a real browser against the production build: times
 * in Baku time whatever the browser's zone, the lists per role, the publishing calendar.
 */
describe('the dashboard and Baku time in the admin', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Awaited<ReturnType<typeof bootstrapUsers>>
  let launched: LaunchedBrowser
  /** Next month (Baku), so the publish time is still to come: its calendar page and day. */
  const month = shiftMonth(monthOf(undefined, new Date()), 1)
  const day = `${monthKey(month)}-15`
  const [year, mm] = monthKey(month).split('-')
  /** 13:26 in Baku (UTC+4) is 09:26 UTC. */
  const publishAt = `${day}T09:26:00.000Z`
  const shown = `15.${mm}.${year} 13:26`
  const ids = {} as Record<'scheduled' | 'draft', number | string>

  /** A page logged in as `email` in a browser set to `timezoneId`, closed after `run`. */
  const asUser = (
    { email, timezoneId = 'UTC', name }: { email: string; timezoneId?: string; name: string },
    run: (page: Page) => Promise<void>,
  ) =>
    asStaffUser(
      {
        browser: launched.browser,
        serverUrl: server.url,
        email,
        password: testPassword,
        name: `dashboard-${name}`,
        timezoneId,
      },
      run,
    )
  const dateInput = (page: Page, field: string) =>
    page.locator(`#field-${field} .react-datepicker__input-container input`)

  beforeAll(async () => {
    server = await startServer()
    api = apiClient(server.url)
    tokens = await bootstrapUsers(api)
    launched = await launchBrowser()
    const create = async (title: string) => {
      const created = await api.post('/api/articles', {
        token: tokens.editor,
        json: { title, ...(title.includes('planlı') ? { publishAt } : {}) },
      })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      return created.body.doc.id as number | string
    }
    ids.scheduled = await create('Panel: planlı')
    ids.draft = await create('Panel: qaralama')
    const submitted = await takeAction(api, tokens.editor, 'articles', ids.scheduled, 'submit')
    expect(submitted.status).toBe(200)
  })
  afterAll(async () => {
    await launched?.close()
    await server?.stop()
  })

  it('should show 13:26 Baku time in the edit view and the list, in a UTC and a New York browser', async () => {
    for (const timezoneId of ['UTC', 'America/New_York']) {
      await asUser(
        { email: 'editor@test.example', timezoneId, name: `baku-${timezoneId}` },
        async (page) => {
          await page.goto(`${server.url}/admin/collections/articles/${ids.scheduled}`)
          await expect.poll(() => dateInput(page, 'publishAt').inputValue()).toBe(shown)
          await page.goto(`${server.url}/admin/collections/articles`)
          const cell = page.locator('.publish-at', { hasText: shown })
          await cell.waitFor()
          // Submitted, not approved yet: planned, but waiting for the approval.
          expect(await cell.getAttribute('data-mark')).toBe('awaiting-approval')
        },
      )
    }
  })

  it('should store 09:00 entered in a UTC browser as 05:00Z', async () => {
    await asUser({ email: 'editor@test.example', name: 'enter-time' }, async (page) => {
      await page.goto(`${server.url}/admin/collections/articles/${ids.draft}`)
      const input = dateInput(page, 'publishAt')
      await input.waitFor()
      await input.fill(`16.${mm}.${year} 09:00`)
      await input.press('Enter')
      const saved = page.waitForResponse(
        (response) =>
          response.request().method() === 'PATCH' &&
          new URL(response.url()).pathname === `/api/articles/${ids.draft}`,
      )
      await page.locator('#action-save-draft').first().click()
      expect((await saved).status()).toBe(200)
    })
    const doc = await api.get(`/api/articles/${ids.draft}?draft=true`, { token: tokens.editor })
    expect(doc.body.publishAt).toBe(`${monthKey(month)}-16T05:00:00.000Z`)
    expect(doc.body.publishAt_tz).toBe('Asia/Baku')
  })

  it("should show each role its lists on the dashboard, each entry opening the item's edit view", async () => {
    await asUser({ email: 'editor@test.example', name: 'editor-lists' }, async (page) => {
      const drafts = page.locator('.my-work__list[data-list="drafts"]')
      await drafts.locator('a', { hasText: 'Panel: qaralama' }).waitFor()
      expect(await drafts.locator('a', { hasText: 'Panel: planlı' }).count()).toBe(0)
      expect(await page.locator('.my-work__list[data-list="waitingForReview"]').count()).toBe(0)
    })
    await asUser({ email: 'translator@test.example', name: 'translator-lists' }, async (page) => {
      const link = page
        .locator('.my-work__list[data-list="toTranslate"] a', { hasText: 'Panel: planlı' })
        .first()
      await link.waitFor()
      expect(await link.getAttribute('href')).toMatch(
        new RegExp(`^/admin/collections/articles/${ids.scheduled}\\?locale=(en|ru)$`),
      )
      expect(await page.locator('.my-work__list[data-list="drafts"]').count()).toBe(0)
    })
    await asUser({ email: 'reviewer@test.example', name: 'reviewer-lists' }, async (page) => {
      const waiting = page.locator('.my-work__list[data-list="waitingForReview"]')
      await waiting.locator('a', { hasText: 'Panel: planlı' }).click()
      await page.waitForURL(`**/admin/collections/articles/${ids.scheduled}`)
    })
  })

  it('should show the scheduled item on its day in the calendar, reached from the dashboard', async () => {
    await asUser({ email: firstAdminEmail, name: 'calendar' }, async (page) => {
      // Linked from the nav too (closed at first on this screen) and from the dashboard.
      expect(await page.locator('a.calendar-nav-link').getAttribute('href')).toBe('/admin/calendar')
      await page.locator('a.my-work__calendar').click()
      await page.waitForURL('**/admin/calendar')
      await page.locator('.schedule-calendar__next').click()
      await page.waitForURL(`**/admin/calendar?month=${monthKey(month)}`)
      const entry = page.locator(`td[data-date="${bakuDate(publishAt)}"] .schedule-calendar__entry`)
      await entry.first().waitFor()
      expect(await entry.first().innerText()).toContain('13:26')
      expect(await entry.locator('a', { hasText: 'Panel: planlı' }).getAttribute('href')).toBe(
        `/admin/collections/articles/${ids.scheduled}`,
      )
      // The item whose time was entered in the browser, on the next day.
      await page
        .locator(`td[data-date="${monthKey(month)}-16"] a`, { hasText: 'Panel: qaralama' })
        .waitFor()
    })
  })
})
