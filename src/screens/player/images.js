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
 * Images held in memory as object URLs, so posters keep playing while the CMS is unreachable.
 * A failed load is forgotten, so the next poll tries again.
 */
export const createImageStore = () => {
  /** @type {Map<string, string>} image URL → object URL */
  const ready = new Map()
  /** @type {Map<string, Promise<void>>} */
  const loading = new Map()

  const load = async (/** @type {Image} */ image) => {
    // From this page's origin whatever host PUBLIC_URL names: the CSP allows 'self' only.
    const { pathname, search } = new URL(image.url)
    const response = await fetch(pathname + search)
    if (!response.ok) throw new Error(`${response.status} for ${pathname}`)
    const blob = await response.blob()
    if (!(await isExpected(blob, image)))
      throw new Error(`${pathname} is not what the playlist names`)
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
    /** Frees every image but those still named by `urls`. */
    keepOnly: (/** @type {Set<string>} */ urls) => {
      for (const [url, objectUrl] of ready)
        if (!urls.has(url)) {
          URL.revokeObjectURL(objectUrl)
          ready.delete(url)
        }
    },
  }
}
