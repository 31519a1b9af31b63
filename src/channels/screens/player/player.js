// @ts-check
/**
 * The player a metro display opens full-screen: /screens/<id>/player#key=<the screen's key>.
 * The key sits in the fragment, which no request carries, so it reaches no server log or proxy;
 * the page sends it only as the Authorization header of its own requests.
 *
 * Its state is on <body> for people and tests: data-state (starting, poster, hotline, no-key),
 * data-poster-id, data-locale, data-playlist-version (the ETag playing),
 * data-next-playlist-version (received, starts when the current poster ends), data-offline,
 * data-plays-queued.
 */
import { createImageStore } from './images.js'
import { createPlayReporter } from './plays.js'
import {
  hotlineLines,
  imageBackground,
  imageFit,
  isTurned,
  nextIndex,
  showingMs,
} from './rotation.js'

/** @typedef {import('./rotation.js').Playlist} Playlist */

const sendPlaysEveryMs = 30_000
const defaultPollSeconds = 30

const screenId = location.pathname.split('/')[2]
const key = new URLSearchParams(location.hash.slice(1)).get('key')
const authorization = `screens API-Key ${key}`
const { body } = document
const element = (/** @type {string} */ id) =>
  /** @type {HTMLElement} */ (document.getElementById(id))
const posterView = element('poster-view')
const poster = /** @type {HTMLImageElement} */ (element('poster'))
const strip = element('hotline-strip')
const hotlineSlide = element('hotline-slide')

/** localStorage, which private modes and full disks may refuse: then memory alone serves. */
const stored = {
  read: (/** @type {string} */ name) => {
    try {
      return JSON.parse(localStorage.getItem(`xeberdar.screen.${screenId}.${name}`) ?? 'null')
    } catch {
      return null
    }
  },
  write: (/** @type {string} */ name, /** @type {unknown} */ value) => {
    try {
      localStorage.setItem(`xeberdar.screen.${screenId}.${name}`, JSON.stringify(value))
    } catch {
      // Refused: the queue and the playlist still live in memory until the page reloads.
    }
  },
}

const setState = (/** @type {Record<string, string | number | null>} */ state) => {
  for (const [name, value] of Object.entries(state))
    if (value === null) delete body.dataset[name]
    else body.dataset[name] = String(value)
}

const images = createImageStore({ cacheName: `xeberdar.screen.${screenId}.images` })
const plays = createPlayReporter({
  saved: stored.read('plays') ?? [],
  save: (queue) => {
    stored.write('plays', queue)
    setState({ playsQueued: queue.length })
  },
  send: async (batch) => {
    const response = await fetch(`/api/screens/${screenId}/plays`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ plays: batch }),
    })
    return response.ok
  },
})

/** @type {Playlist | null} */
let current = stored.read('playlist')
/** @type {Playlist | null} */
let next = null
let index = -1
/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer

const imagesOf = (/** @type {Playlist | null} */ playlist) =>
  playlist?.feed.items.map((item) => item.image) ?? []

const fitToScreen = () => {
  if (!current) return
  setState({
    turned: String(
      isTurned(current.feed.screen.resolution, { width: innerWidth, height: innerHeight }),
    ),
  })
}

const showHotline = () => {
  timer = undefined
  hotlineSlide.replaceChildren(
    ...(current ? hotlineLines(current.feed) : []).map((line) => {
      const paragraph = document.createElement('p')
      paragraph.textContent = line
      return paragraph
    }),
  )
  posterView.hidden = true
  hotlineSlide.hidden = false
  setState({ state: 'hotline', posterId: null, locale: null })
}

/** Shows the next item that can still play (a new playlist first, if one came), or the hotline. */
const showNext = () => {
  if (next) {
    current = next
    next = null
    index = -1
    setState({ playlistVersion: current.version, nextPlaylistVersion: null })
    fitToScreen()
  }
  const items = current?.feed.items ?? []
  const startedAt = Date.now()
  index = nextIndex({
    items,
    previous: index,
    now: startedAt,
    isReady: (item) => images.objectUrl(item.image.url) !== undefined,
  })
  if (index === -1) return showHotline()
  const item = items[index]
  poster.src = /** @type {string} */ (images.objectUrl(item.image.url))
  poster.alt = item.title ?? ''
  poster.dataset.fit = imageFit(item)
  poster.style.backgroundColor = imageBackground(item) ?? ''
  strip.lang = item.locale
  strip.textContent = (current?.feed.hotline[item.locale] ?? []).join(' · ')
  posterView.hidden = false
  hotlineSlide.hidden = true
  setState({ state: 'poster', posterId: item.posterId, locale: item.locale })
  timer = setTimeout(
    () => {
      plays.record({
        posterId: item.posterId,
        locale: item.locale,
        startedAt: new Date(startedAt).toISOString(),
        durationSeconds: Math.round((Date.now() - startedAt) / 1000),
      })
      showNext()
    },
    showingMs(item, startedAt),
  )
}

/** Starts playing when nothing is (the hotline shows): a poster may be playable now. */
const showIfIdle = () => {
  if (timer === undefined) showNext()
}

/** A playlist from the CMS: it waits for the current poster to end, unless none is showing. */
const receive = (/** @type {Playlist} */ playlist) => {
  stored.write('playlist', playlist)
  void images.keepOnly(
    new Set([...imagesOf(current), ...imagesOf(playlist)].map((image) => image.url)),
  )
  next = playlist
  setState({ nextPlaylistVersion: playlist.version })
  showIfIdle()
}

/** Asks for the playlist (304 when ours is current) and loads its images, then asks again later. */
const poll = async () => {
  const startedAt = Date.now()
  const latest = next ?? current
  try {
    const response = await fetch(`/screens/${screenId}/playlist`, {
      headers: { authorization, ...(latest ? { 'if-none-match': latest.version } : {}) },
      cache: 'no-store',
    })
    if (response.status === 200) {
      const playlist = { version: response.headers.get('etag') ?? '', feed: await response.json() }
      await images.loadAll(imagesOf(playlist))
      receive(playlist)
    } else if (response.status === 304 && latest) {
      // Images that failed before get another try.
      await images.loadAll(imagesOf(latest))
      showIfIdle()
    } else throw new Error(`the CMS answered ${response.status}`)
    setState({ offline: 'false' })
  } catch (error) {
    console.warn(
      `Playlist not refreshed, playing on from memory: ${/** @type {Error} */ (error).message}`,
    )
    setState({ offline: 'true' })
  }
  const pollMs = ((next ?? current)?.feed.pollAfterSeconds ?? defaultPollSeconds) * 1000
  // A steady beat from each poll's start, however long the answer took.
  setTimeout(poll, Math.max(0, startedAt + pollMs - Date.now()))
}

if (!key) {
  element('setup').hidden = false
  hotlineSlide.hidden = true
  setState({ state: 'no-key' })
} else {
  setState({ playlistVersion: current?.version ?? null, playsQueued: plays.queued() })
  fitToScreen()
  addEventListener('resize', fitToScreen)
  // The page and its scripts for the next start, should the CMS or the network be down then.
  navigator.serviceWorker
    ?.register('/screens/player-sw.js')
    .catch((error) => console.warn(`Not kept for offline starts: ${error.message}`))
  // The last playlist from an earlier visit plays (or at least its hotline shows) at once.
  showNext()
  void images.loadAll(imagesOf(current)).then(showIfIdle)
  void poll()
  setInterval(() => void plays.flush(), sendPlaysEveryMs)
}
