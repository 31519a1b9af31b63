import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import { channelKeys, createChannelKeys } from '../helpers/channelKeys'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'

describe('the screen player page over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  let screenId: string | number
  const hotline = '+994 12 555 01 52'

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { headers })

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
    await createChannelKeys(api, tokens.admin)
    screenId = (await api.get('/api/screens', { token: tokens.admin })).body.docs[0].id
    const settings = await api.post('/api/globals/settings', {
      token: tokens.admin,
      json: { hotlines: [{ number: hotline, label: 'Qaynar xətt' }] },
    })
    expect(settings.status).toBe(200)
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should serve the page without a key, with a strict policy, the same for every screen', async () => {
    const page = await get(`/screens/${screenId}/player`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const policy = page.headers.get('content-security-policy') ?? ''
    expect(policy.split('; ')).toEqual(
      expect.arrayContaining([
        "default-src 'none'",
        "script-src 'self'",
        "img-src 'self' blob:",
        "connect-src 'self'",
        "frame-ancestors 'none'",
      ]),
    )
    expect(policy).not.toMatch(/unsafe|\*/)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    const html = await page.text()
    expect(html).toContain('<script type="module" src="/screens/player/player.js">')
    // No data in the page: no screen, hotline or key, whichever screen (or none) it is opened for.
    for (const secret of ['Nizami', hotline, channelKeys.screens])
      expect(html).not.toContain(secret)
    for (const other of ['999999', '64b7f0c2a1b2c3d4e5f60718'])
      expect(await (await get(`/screens/${other}/player/`)).text()).toBe(html)
  })

  it('should serve the page’s scripts and style with the same policy, and 304 when unchanged', async () => {
    for (const [file, type] of [
      ['player.js', 'text/javascript; charset=utf-8'],
      ['rotation.js', 'text/javascript; charset=utf-8'],
      ['plays.js', 'text/javascript; charset=utf-8'],
      ['images.js', 'text/javascript; charset=utf-8'],
      ['player.css', 'text/css; charset=utf-8'],
    ]) {
      const response = await get(`/screens/player/${file}`)
      expect([file, response.status, response.headers.get('content-type')]).toEqual([
        file,
        200,
        type,
      ])
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
      const etag = response.headers.get('etag')!
      expect((await get(`/screens/player/${file}`, { 'if-none-match': etag })).status).toBe(304)
    }
  })

  it('should serve the service worker from /screens/, so its scope covers every player page', async () => {
    const worker = await get('/screens/player-sw.js')
    expect(worker.status).toBe(200)
    expect(worker.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    // Revalidated on every check, so a new release reaches the displays.
    expect(worker.headers.get('cache-control')).toBe('no-cache')
    // Its own folder is scope enough: no widening header.
    expect(worker.headers.get('service-worker-allowed')).toBeNull()
    expect(await worker.text()).toContain("addEventListener('fetch'")
    const etag = worker.headers.get('etag')!
    expect((await get('/screens/player-sw.js', { 'if-none-match': etag })).status).toBe(304)
  })

  it('should answer 404 to unknown or malformed paths, and 405 to writes', async () => {
    for (const path of [
      '/screens/player/nope.js',
      '/screens/player/index.html',
      '/screens/player/sw.js',
      '/screens/player/..%2Fplayer%2Findex.html',
      '/screens/player/',
      `/screens/${screenId}/player/extra`,
      '/screens/bad%20id/player',
      '/screens/%E0%A4%A/player',
      '/screens/%E0%A4%A/playlist',
    ])
      expect([path, (await get(path)).status]).toEqual([path, 404])
    const post = await fetch(`${server.url}/screens/${screenId}/player`, { method: 'POST' })
    expect(post.status).toBe(405)
    // Still up after the malformed escapes.
    expect((await get('/healthz')).status).toBe(200)
  })
})
