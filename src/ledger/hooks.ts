import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import type { Locale } from '@/i18n/locales'

import { recordPublication } from './record'

/**
 * The ledger entries written by ordinary saves, each in the save's transaction. Workflow actions
 * write their own (src/workflow/applyTransition.ts); these cover what is not a workflow action.
 */

/** The hotline, organisations, sizes and page address: drawn by every channel. */
export const recordSettingsChange: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  await recordPublication(req, { change: 'settings-changed', type: global.slug })
  return doc
}

/** A screen or a station: which posters which screen plays, and when. */
export const recordScreensChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await recordPublication(req, {
    change: 'screens-changed',
    type: collection.slug,
    itemId: doc.id,
    channels: ['screens'],
  })
  return doc
}

export const recordScreensDeletion: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await recordPublication(req, {
    change: 'screens-changed',
    type: collection.slug,
    itemId: id,
    channels: ['screens'],
  })
}

/**
 * An image or video file (its alt text, focal point, renditions) that items may show. A new
 * upload is in nothing public yet: it reaches the channels with the item that uses it.
 */
export const recordMediaChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  if (operation === 'update')
    await recordPublication(req, { change: 'media-changed', type: collection.slug, itemId: doc.id })
  return doc
}

export const recordMediaDeletion: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await recordPublication(req, { change: 'media-changed', type: collection.slug, itemId: id })
}

/** A live item deleted: gone from every channel in every language it was live in. */
export const recordLiveDeletion: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (doc?._status !== 'published') return
  await recordPublication(req, {
    change: 'deleted',
    type: collection.slug,
    itemId: doc.id,
    languages: (doc.workflow?.publishedLocales ?? []) as Locale[],
    wasLive: true,
    cause: 'delete',
  })
}
