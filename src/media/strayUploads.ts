import fs from 'fs/promises'
import path from 'path'
import type { CollectionSlug, Payload } from 'payload'

import { uploadTempDir } from './storage'

const fileCollections: CollectionSlug[] = ['media', 'video-files']

/** Every file a collection's records name: each original and each rendition. */
const namedFiles = async (payload: Payload, collection: CollectionSlug) => {
  const names = new Set<string>()
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({ collection, depth: 0, limit: 500, page })
    for (const doc of docs as { filename?: string | null; sizes?: object | null }[]) {
      if (doc.filename) names.add(doc.filename)
      for (const size of Object.values(doc.sizes ?? {}) as { filename?: string | null }[])
        if (size?.filename) names.add(size.filename)
    }
    if (!hasNextPage) return names
  }
}

/**
 * Payload writes an upload's files before its record, and keeps a body being received in a temp
 * file: a process killed in between leaves files no record names (a partial body, or an image
 * whose record was never committed). Run at start, before uploads are taken: the media folder
 * belongs to this one instance. Returns the files removed.
 */
export const removeStrayUploads = async (payload: Payload) => {
  const removed: string[] = []
  const partial = await fs.readdir(uploadTempDir()).catch(() => [])
  await fs.rm(uploadTempDir(), { recursive: true, force: true })
  removed.push(...partial.map((name) => path.join(uploadTempDir(), name)))
  for (const collection of fileCollections) {
    const dir = payload.collections[collection].config.upload.staticDir
    const files = dir ? await fs.readdir(dir).catch(() => []) : []
    if (!dir || files.length === 0) continue
    const named = await namedFiles(payload, collection)
    for (const file of files.filter((name) => !named.has(name))) {
      await fs.rm(path.join(dir, file), { force: true })
      removed.push(path.join(dir, file))
    }
  }
  return removed
}
