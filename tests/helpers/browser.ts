import fs from 'fs'
import path from 'path'
import { chromium, type Browser, type Page } from 'playwright-core'

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
