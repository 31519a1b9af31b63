/**
 * The player's service worker, served as /screens/player-sw.js (scope /screens/): a display that
 * reboots while the CMS or its network is down still opens the page and its scripts from here.
 * The page itself keeps the rest: the playlist in localStorage, the posters' images in a cache it
 * fills and prunes (images.js), since only it knows the playlist and checks each image's bytes.
 * Plain JS without @ts-check: the project's types describe a page, not a worker's scope.
 */

const shellCache = 'xeberdar-player-shell'
const scripts = ['player.js', 'rotation.js', 'plays.js', 'images.js', 'player.css'].map(
  (name) => `/screens/player/${name}`,
)
const isPlayerPage = (pathname) => /^\/screens\/[^/]+\/player\/?$/.test(pathname)
const isShell = (pathname) => pathname.startsWith('/screens/player/') || isPlayerPage(pathname)

addEventListener('install', (event) =>
  event.waitUntil(
    (async () => {
      // The page that registered this worker loaded before it: keep that page too.
      const windows = await clients.matchAll({ type: 'window', includeUncontrolled: true })
      const pages = windows.map((window) => new URL(window.url).pathname).filter(isPlayerPage)
      await (await caches.open(shellCache)).addAll([...scripts, ...pages])
      await skipWaiting()
    })(),
  ),
)

// Online, the CMS's copy (a new release shows at once) refreshes the kept one; offline, the kept one.
addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== location.origin || !isShell(url.pathname)) return
  event.respondWith(
    (async () => {
      const cache = await caches.open(shellCache)
      try {
        const response = await fetch(request)
        if (response.ok) await cache.put(url.pathname, response.clone())
        return response
      } catch (error) {
        return (await cache.match(url.pathname)) ?? Promise.reject(error)
      }
    })(),
  )
})
