import type { BrowserContext, Page, Route } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import { launchBrowser, saveScreenshot, type LaunchedBrowser } from '../helpers/browser'
import { asKey, channelKeys, createChannelKeys } from '../helpers/channelKeys'
import { publishPoster } from '../helpers/posters'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'

/**
 * The player page in Chromium against the production build, on Playwright's clock: the test
 * moves time, so rotation, polling and reporting run exactly when it says, with no waiting.
 * Every step builds on the one before (one screen, one page, one timeline).
 */

type Play = {
  posterId: string | number
  locale: string
  startedAt: string
  durationSeconds: number
}
type Feed = {
  items: { posterId: string | number; locale: string; endsAt: string; image: { url: string } }[]
}

const hotline = '+994 12 555 01 52'
const minute = 60_000

let server: RunningServer
let api: ApiClient
let tokens: Tokens
let screenId: string | number
let launched: LaunchedBrowser
let context: BrowserContext
let page: Page
/** Fake time zero: when the page opened. */
let start: number
/** The posters by name, and how long each stays on screen. */
const posters: Record<string, string | number> = {}
const seconds = { first: 10, second: 12, third: 15 }
/**
 * What the page tried to send as proof of play, in order, and what the network between it and the
 * CMS does with it: fails (the CMS is unreachable), loses the answer (the CMS took the plays, the
 * page never hears so) or passes it on.
 */
const playRequests: { plays: Play[]; authorization?: string }[] = []
let playsNetwork: 'unreachable' | 'answer lost' | 'through' = 'unreachable'
const pageProblems: string[] = []

/** The ETag of the playlist the page opened with. */
let firstVersion: string
/** The playlist with all three posters, as the CMS served it before it stopped. */
let lastFeed: Feed

/** Fake time `s` seconds after the page opened. */
const iso = (s: number) => new Date(start + s * 1000).toISOString()
const fakeNow = () => page.evaluate(() => Date.now())
/** Hard ends well after the test's real run, reached on the page's clock while offline. */
const endsIn = (minutes: number) => ({
  schedule: { endsAt: new Date(Date.now() + minutes * minute).toISOString() },
})

const feed = async () => {
  const response = await fetch(`${server.url}/screens/${screenId}/playlist`, {
    headers: asKey('screens'),
  })
  return { etag: response.headers.get('etag')!, body: (await response.json()) as Feed }
}
/** The proof of play the CMS holds for the screen, in the page's words, oldest first. */
const playsInCms = async (): Promise<Play[]> => {
  const { body } = await api.get(
    `/api/plays?where[screen][equals]=${screenId}&sort=startedAt&limit=100&depth=0`,
    { token: tokens.admin },
  )
  return body.docs.map((play: Record<string, unknown>) => ({
    posterId: play.poster,
    locale: play.locale,
    startedAt: play.startedAt,
    durationSeconds: play.durationSeconds,
  }))
}
const played = (name: string, locale: string, at: number, durationSeconds: number): Play => ({
  posterId: posters[name],
  locale,
  startedAt: iso(at),
  durationSeconds,
})
const imageCacheName = () => `xeberdar.screen.${screenId}.images`
/** The images the page keeps for a start without the CMS, as paths. */
const keptImages = () =>
  page.evaluate(async (name) => {
    const keys = await (await caches.open(name)).keys()
    return keys
      .map((request) => {
        const { pathname, search } = new URL(request.url)
        return pathname + search
      })
      .sort()
  }, imageCacheName())
const playerUrl = () => `${server.url}/screens/${screenId}/player#key=${channelKeys.screens}`
const state = () => page.evaluate(() => ({ ...document.body.dataset }))
/** Which poster (by name) in which language is on screen, or the state when none is. */
const showing = async () => {
  const { state: now, posterId, locale } = await state()
  const name = Object.keys(posters).find((key) => String(posters[key]) === posterId)
  return now === 'poster' ? `${name}/${locale}` : now
}
/** Moves the clock on by `ms` and checks what is on screen then. */
const after = async (ms: number, expected: string) => {
  await page.clock.runFor(ms)
  expect(await showing()).toBe(expected)
}
const waitForBody = (attribute: string, value: string) =>
  page.waitForSelector(`body[data-${attribute}='${value}']`, { state: 'attached' })

beforeAll(async () => {
  ;({ server, api, tokens } = await startStaffServer())
  await createChannelKeys(api, tokens.admin)
  screenId = (await api.get('/api/screens', { token: tokens.admin })).body.docs[0].id
  await api.patch(`/api/screens/${screenId}`, {
    token: tokens.admin,
    json: { languages: ['az', 'en'] },
  })
  const settings = await api.post('/api/globals/settings', {
    token: tokens.admin,
    json: { hotlines: [{ number: hotline, label: 'Qaynar xətt' }] },
  })
  await api.post('/api/globals/settings?locale=en', {
    token: tokens.admin,
    json: { hotlines: [{ ...settings.body.result.hotlines[0], label: 'Hotline' }] },
  })
  posters.first = await publishPoster({
    api,
    tokens,
    title: 'Birinci',
    en: 'First',
    fields: { displaySeconds: seconds.first, playOrder: 1, ...endsIn(10) },
  })
  posters.second = await publishPoster({
    api,
    tokens,
    title: 'İkinci',
    fields: { displaySeconds: seconds.second, playOrder: 2, ...endsIn(11) },
  })
  launched = await launchBrowser()
  context = await launched.browser.newContext({ viewport: { width: 1280, height: 720 } })
  context.setDefaultTimeout(15_000)
  page = await context.newPage()
  page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') pageProblems.push(`console: ${message.text()}`)
  })
  await page.route('**/api/screens/*/plays', async (route: Route) => {
    const request = route.request()
    playRequests.push({ ...request.postDataJSON(), authorization: request.headers().authorization })
    if (playsNetwork === 'unreachable') return route.abort('connectionrefused')
    if (playsNetwork === 'through') return route.continue()
    await route.fetch()
    await route.abort('connectionreset')
  })
})

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await saveScreenshot(page, `player-e2e-${task.name}`)
})

afterAll(async () => {
  await context?.close().catch(() => undefined)
  await launched?.close()
  await server?.stop()
})

describe('the screen player in a browser', () => {
  it('should play the posters in order, each for its duration, with the hotline on them', async () => {
    // Two minutes back: the plays the page reports stay in the CMS's past however fast the test runs.
    start = Date.now() - 2 * minute
    // Paused from the start (installing the fake clock first would let it run into the past).
    await page.clock.pauseAt(start)
    const { etag } = await feed()
    firstVersion = etag
    await page.goto(playerUrl())
    await waitForBody('poster-id', String(posters.first))
    expect(await state()).toMatchObject({
      state: 'poster',
      locale: 'az',
      playlistVersion: firstVersion,
      offline: 'false',
      turned: 'false',
    })
    expect(await page.locator('#hotline-strip').innerText()).toBe(`Qaynar xətt: ${hotline}`)
    expect(
      await page.locator('#poster').evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBe(1920)
    // The test artwork (4:3) is not safe to crop: shown whole, on the colour of its edge.
    expect(
      await page.locator('#poster').evaluate((img: HTMLImageElement) => {
        const style = getComputedStyle(img)
        return [style.objectFit, style.backgroundColor]
      }),
    ).toEqual(['contain', 'rgb(42, 111, 151)'])
    await after(seconds.first * 1000 - 1, 'first/az')
    await after(1, 'first/en')
    expect(await page.locator('#hotline-strip').innerText()).toBe(`Hotline: ${hotline}`)
    await after(seconds.first * 1000, 'second/az')
    await after(seconds.second * 1000, 'first/az') // t = 32 s; polled (304) and reported at 30 s
  })

  it('should report what it played with its key, and keep it while the CMS is unreachable', async () => {
    await expect.poll(() => playRequests.length).toBe(1)
    expect(playRequests[0]).toEqual({
      authorization: `screens API-Key ${channelKeys.screens}`,
      plays: [played('first', 'az', 0, 10), played('first', 'en', 10, 10)],
    })
    expect((await state()).playsQueued).toBe('3')
    expect(await playsInCms()).toEqual([])
  })

  it('should switch to a new playlist after its next poll, once the current poster ends', async () => {
    // Left by an earlier playlist: the new one drops it.
    await page.evaluate(
      async (name) => (await caches.open(name)).put('/screens/media/gone.webp', new Response('x')),
      imageCacheName(),
    )
    playsNetwork = 'answer lost'
    posters.third = await publishPoster({
      api,
      tokens,
      title: 'Üçüncü',
      fields: { displaySeconds: seconds.third, playOrder: 0, ...endsIn(12) },
    })
    await expect.poll(async () => (await feed()).body.items.length, { timeout: 2000 }).toBe(4)
    const { etag, body } = await feed()
    lastFeed = body
    // t = 60 s: the poll brings the new playlist while the second poster plays (52–64 s).
    await after(28_000, 'second/az')
    await waitForBody('next-playlist-version', etag)
    expect(await state()).toMatchObject({ playlistVersion: firstVersion })
    await after(4_000, 'third/az')
    expect(await state()).toMatchObject({ playlistVersion: etag })
    expect((await state()).nextPlaylistVersion).toBeUndefined()
    const paths = body.items.map(({ image }) => {
      const { pathname, search } = new URL(image.url)
      return pathname + search
    })
    await expect.poll(keptImages).toEqual([...new Set(paths)].sort())
    // The unsent plays went at 60 s, oldest first; the CMS took them, but the answer was lost.
    await expect.poll(() => playRequests.length).toBe(2)
    const sent = [
      ...playRequests[0].plays,
      played('second', 'az', 20, 12),
      played('first', 'az', 32, 10),
      played('first', 'en', 42, 10),
    ]
    expect(playRequests[1].plays).toEqual(sent)
    await expect.poll(playsInCms).toEqual(sent)
    expect((await state()).playsQueued).toBe('6')
  })

  it('should send again what the CMS did not confirm, and the CMS keeps each play once', async () => {
    playsNetwork = 'through'
    // t = 90 s: third 64–79, first/az 79–89; the queue goes again with the plays since.
    await after(26_000, 'first/en')
    await expect.poll(() => playRequests.length).toBe(3)
    const all = [
      ...playRequests[1].plays,
      played('second', 'az', 52, 12),
      played('third', 'az', 64, 15),
      played('first', 'az', 79, 10),
    ]
    expect(playRequests[2].plays).toEqual(all)
    await expect.poll(playsInCms).toEqual(all)
    await waitForBody('plays-queued', '0')
  })

  it('should keep playing from memory when the server is gone, and say it is offline', async () => {
    await page.unrouteAll()
    await server.stop()
    // first/en 89–99, second 99–111, third 111–126; the poll at 120 s fails.
    await after(9_000, 'second/az')
    await after(seconds.second * 1000, 'third/az')
    await after(9_000, 'third/az')
    await waitForBody('offline', 'true')
    expect(
      await page.locator('#poster').evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBe(1920)
    // At 120 s the plays since 90 s could not go: they wait for the CMS.
    expect((await state()).playsQueued).toBe('2')
  })

  it('should start again from what it kept when it reloads with the server gone', async () => {
    const { playlistVersion } = await state()
    // Only what the page and its worker keep counts: the browser's HTTP cache may have let go.
    const devtools = await context.newCDPSession(page)
    await devtools.send('Network.clearBrowserCache')
    await devtools.detach()
    await page.reload()
    await waitForBody('offline', 'true')
    await page.waitForSelector("body[data-state='poster']", { state: 'attached' })
    expect(await state()).toMatchObject({ playlistVersion, playsQueued: '2' })
    // From the start of the kept playlist: third, first/az, first/en, second.
    expect(await showing()).toBe('third/az')
    expect(await page.locator('#hotline-strip').innerText()).toBe(`Qaynar xətt: ${hotline}`)
    await after(seconds.third * 1000, 'first/az')
    await after(seconds.first * 1000, 'first/en')
    expect(await page.locator('#hotline-strip').innerText()).toBe(`Hotline: ${hotline}`)
    expect(
      await page.locator('#poster').evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBe(1920)
  })

  it('should drop a poster at its hard end while offline, then show the hotline, never black', async () => {
    const endOf = (name: string) =>
      Date.parse(
        lastFeed.items.find((item) => String(item.posterId) === String(posters[name]))!.endsAt,
      )
    await page.clock.fastForward(endOf('first') - (await fakeNow()) + 1)
    for (let shown = 0; shown < 4; shown++) {
      const now = await showing()
      expect(now).toMatch(/^(second|third)\/az$/)
      await page.clock.runFor(seconds[now!.split('/')[0] as keyof typeof seconds] * 1000)
    }
    await page.clock.fastForward(endOf('third') - (await fakeNow()) + 1)
    expect(await showing()).toBe('hotline')
    const slide = page.locator('#hotline-slide')
    expect(await slide.isVisible()).toBe(true)
    expect(await page.locator('#poster-view').isVisible()).toBe(false)
    expect(await slide.locator('p').allInnerTexts()).toEqual([
      `Qaynar xətt: ${hotline}`,
      `Hotline: ${hotline}`,
    ])
    expect(await slide.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe(
      'rgb(0, 0, 0)',
    )
    expect(pageProblems.filter((problem) => !problem.includes('Failed to load resource'))).toEqual(
      [],
    )
  })
})
