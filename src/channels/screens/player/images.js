// @ts-check
/** @typedef {import('./rotation.js').Item['image']} Image */

const hex = (/** @type {ArrayBuffer} */ bytes) =>
  [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('')

/**
 * Whether the bytes are the rendition the playlist names: its sha256 where the browser has
 * WebCrypto (secure contexts only), else at least its pixel size.
 */
const isExpected = async (/** @type {Blob} */ blob, /** @type {Image} */ image) => {
  if (globalThis.crypto?.subtle && image.sha256)
    return hex(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer())) === image.sha256
  const bitmap = await createImageBitmap(blob)
  const isSameSize = bitmap.width === image.width && bitmap.height === image.height
  bitmap.close()
  return isSameSize
}

/**
 * The Cache API where the browser offers it (secure origins and localhost), so the images outlive
 * a reboot; without it, memory alone serves.
 */
const openCache = async (/** @type {string} */ name) => {
  try {
    return globalThis.caches ? await caches.open(name) : null
  } catch (error) {
    console.warn(`Poster images kept in memory only: ${/** @type {Error} */ (error).message}`)
    return null
  }
}

/**
 * Images held in memory as object URLs, so posters keep playing while the CMS is unreachable, and
 * kept in the cache `cacheName` once checked, so they play after a reload without the CMS too.
 * A failed load is forgotten, so the next poll tries again.
 */
export const createImageStore = (/** @type {{ cacheName: string }} */ { cacheName }) => {
  /** @type {Map<string, string>} image URL → object URL */
  const ready = new Map()
  /** @type {Map<string, Promise<void>>} */
  const loading = new Map()
  const cache = openCache(cacheName)
  // From this page's origin whatever host PUBLIC_URL names: the CSP allows 'self' only.
  const pathOf = (/** @type {string} */ url) => {
    const { pathname, search } = new URL(url)
    return pathname + search
  }

  const load = async (/** @type {Image} */ image) => {
    const path = pathOf(image.url)
    const kept = await (await cache)?.match(path)
    const response = kept ?? (await fetch(path))
    if (!response.ok) throw new Error(`${response.status} for ${path}`)
    const copy = response.clone()
    const blob = await response.blob()
    if (!(await isExpected(blob, image))) {
      if (kept) await (await cache)?.delete(path)
      throw new Error(`${path} is not what the playlist names`)
    }
    // A full disk refuses it: the image still plays from memory.
    if (!kept)
      await (await cache)
        ?.put(path, copy)
        .catch((error) => console.warn(`Poster image not kept: ${error.message}`))
    ready.set(image.url, URL.createObjectURL(blob))
  }

  return {
    /** The object URL of an image in memory, or undefined. */
    objectUrl: (/** @type {string} */ url) => ready.get(url),
    /** Loads every image not yet in memory; resolves when each has loaded or failed. */
    loadAll: async (/** @type {Image[]} */ images) => {
      for (const image of images) {
        if (ready.has(image.url) || loading.has(image.url)) continue
        const attempt = load(image)
          .catch((error) => console.warn(`Poster image not loaded: ${error.message}`))
          .finally(() => loading.delete(image.url))
        loading.set(image.url, attempt)
      }
      await Promise.all(loading.values())
    },
    /** Frees every image but those still named by `urls`, in memory and in the cache. */
    keepOnly: async (/** @type {Set<string>} */ urls) => {
      for (const [url, objectUrl] of ready)
        if (!urls.has(url)) {
          URL.revokeObjectURL(objectUrl)
          ready.delete(url)
        }
      const opened = await cache
      if (!opened) return
      const paths = new Set([...urls].map(pathOf))
      for (const request of await opened.keys())
        if (!paths.has(pathOf(request.url))) await opened.delete(request)
    },
  }
}
