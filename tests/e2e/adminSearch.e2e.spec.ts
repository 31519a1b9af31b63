import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, saveScreenshot, type LaunchedBrowser } from '../helpers/browser'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'

/** The admin's list search and column sort, in a real browser, follow the language's rules. */
describe('finding and ordering items in the admin', () => {
  let server: RunningServer
  let launched: LaunchedBrowser
  let page: Page
  const titles = ['Zəhmət', 'Şəki yolunda', 'Çətin iş', 'Cənub', 'Ağır əmək']

  beforeAll(async () => {
    const started = await startStaffServer()
    server = started.server
    for (const title of titles) {
      const made = await started.api.post('/api/articles', {
        token: started.tokens.editor,
        json: { title },
      })
      expect(made.status).toBe(201)
    }
    launched = await launchBrowser()
    const context = await launched.browser.newContext({ locale: 'az-AZ' })
    context.setDefaultTimeout(30_000)
    await context.addCookies([
      { name: 'payload-token', value: started.tokens.editor, url: server.url },
    ])
    page = await context.newPage()
  }, 180_000)
  afterAll(async () => {
    await launched?.close()
    await server?.stop()
  })

  /** The titles in the list's rows, top to bottom, once the list shows `count` of them. */
  const listedTitles = async (query: string, count: number) => {
    await page.goto(`${server.url}/admin/collections/articles?${query}`)
    const cells = page.locator('table tbody tr td.cell-title')
    try {
      await expect.poll(() => cells.count(), { timeout: 30_000 }).toBe(count)
    } catch (error) {
      await saveScreenshot(page, `admin-search-${query}`)
      throw error
    }
    return (await cells.allInnerTexts()).map((text) => text.trim())
  }

  it('finds an item typed without the Azerbaijani letters, in any case', async () => {
    expect(await listedTitles('search=SEKI', 1)).toEqual(['Şəki yolunda'])
    expect(await listedTitles(`search=${encodeURIComponent('çətin')}`, 1)).toEqual(['Çətin iş'])
  })

  it('sorts the title column in Azerbaijani order', async () => {
    expect(await listedTitles('sort=title', titles.length)).toEqual([
      'Ağır əmək',
      'Cənub',
      'Çətin iş',
      'Şəki yolunda',
      'Zəhmət',
    ])
  })
})
