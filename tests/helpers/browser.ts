import fs from 'fs'
import path from 'path'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'

/** Debian's Chromium: browser tests never download one. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/**
 * Flags this machine needs: no sandbox (containers), no GPU, and nothing that reaches for the
 * network on its own (QUIC, component updates, sync, background fetches).
 */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export type LaunchedBrowser = {
  browser: Browser
  /** Closes the browser; safe to call more than once. */
  close: () => Promise<void>
}

/** Starts headless Chromium. Pair with `close()` in afterAll. */
export const launchBrowser = async (): Promise<LaunchedBrowser> => {
  if (!fs.existsSync(chromiumPath))
    throw new Error(
      `Chromium is missing at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH).`,
    )
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  let closed = false
  return {
    browser,
    close: async () => {
      if (closed) return
      closed = true
      await browser.close().catch(() => undefined)
    },
  }
}

/** Where failure screenshots go (gitignored). */
export const testResultsDir = path.resolve(import.meta.dirname, '../../test-results')

/** Saves a full-page screenshot as test-results/<name>.png and returns its path, or null if the page is gone. */
export const saveScreenshot = async (page: Page, name: string): Promise<string | null> => {
  fs.mkdirSync(testResultsDir, { recursive: true })
  const file = path.join(testResultsDir, `${name.replace(/[^a-z0-9-_]+/gi, '-').slice(0, 120)}.png`)
  try {
    await page.screenshot({ path: file, fullPage: true, timeout: 10_000 })
    return file
  } catch {
    return null
  }
}

/** What a staff member's browser differs in: its language and time zone. */
export type StaffBrowser = Pick<BrowserContextOptions, 'locale' | 'timezoneId'>

/**
 * Runs `run` on a page of its own (own cookies) logged in as `email` through the admin's login
 * form, then closes it; keeps test-results/<name>.png if it fails.
 */
export const asStaffUser = async (
  {
    browser,
    serverUrl,
    email,
    name,
    password,
    locale = 'en-US',
    timezoneId,
  }: StaffBrowser & {
    browser: Browser
    serverUrl: string
    email: string
    name: string
    password: string
  },
  run: (page: Page) => Promise<void>,
) => {
  const context = await browser.newContext({
    locale,
    timezoneId,
    viewport: { width: 1280, height: 900 },
  })
  // The first render of an admin route in a fresh production server takes seconds here.
  context.setDefaultTimeout(30_000)
  context.setDefaultNavigationTimeout(60_000)
  const page = await context.newPage()
  try {
    await page.goto(`${serverUrl}/admin/login`)
    await page.locator('#field-email').fill(email)
    await page.locator('#field-password').fill(password)
    const login = page.waitForResponse(
      (response) =>
        response.url().includes('/api/users/login') && response.request().method() === 'POST',
    )
    await page.locator('form button[type="submit"]').click()
    if ((await login).status() !== 200) throw new Error(`${email} could not log in`)
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    await run(page)
  } catch (error) {
    await saveScreenshot(page, name)
    throw error
  } finally {
    await context.close()
  }
}
