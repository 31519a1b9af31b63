import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'

import { apiClient, bootstrapUsers, testPassword } from '../helpers/api'
import { launchBrowser, saveScreenshot, type LaunchedBrowser } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'

let server: RunningServer
let launched: LaunchedBrowser

beforeAll(async () => {
  server = await startServer()
  await bootstrapUsers(apiClient(server.url))
  launched = await launchBrowser()
})

afterAll(async () => {
  await launched?.close()
  await server?.stop()
})

describe('explore', () => {
  it('should explore', async () => {
    page_outer: try {
    const context = await launched.browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    page.on('console', (m) => console.log('CONSOLE', m.type(), m.text()))
    page.on('pageerror', (e) => console.log('PAGEERROR', e.message))
    page.on('response', (r) => { if (r.status() >= 400) console.log('RESP', r.status(), r.request().method(), r.url(), JSON.stringify(r.request().headers())) })
    page.on('requestfailed', (r) => console.log('REQFAILED', r.url(), r.failure()?.errorText))
    await page.goto(`${server.url}/admin`, { timeout: 60_000 })
    await page.waitForSelector('#field-email', { timeout: 60_000 })
    await saveScreenshot(page, 'explore-login')
    await page.fill('#field-email', 'editor@test.example')
    await page.fill('#field-password', testPassword)
    await page.click('button[type=submit]')
    await page.waitForURL((u) => !u.pathname.includes('login'), { timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    await saveScreenshot(page, 'explore-dashboard')
    await page.goto(`${server.url}/admin/collections/posters/create`)
    await page.waitForSelector('#field-title', { timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    await saveScreenshot(page, 'explore-create')
    await page.locator('.field-type.upload').getByRole('button', { name: 'Create New' }).click()
    await page.waitForSelector('input[type=file]', { state: 'attached', timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    await saveScreenshot(page, 'explore-drawer')
    const drawer = page.locator('dialog, .drawer').last()
    console.log('DRAWER', await page.locator('[class*=drawer]').evaluateAll((els) => els.map((e) => e.tagName + '.' + e.className).join('\n')))
    console.log('DRAWERHTML', await page.locator('.drawer__content').last().innerHTML())
    } finally { console.log('SERVEROUT', server.output()) }
  }, 180_000)
})
