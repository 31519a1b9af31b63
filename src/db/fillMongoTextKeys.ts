import type { Payload } from 'payload'

import { keyedFields, textKeyNames, type KeyedField } from '@/fields/searchableText'
import { defaultLocale, isLocale, locales } from '@/i18n/locales'
import { nfc } from '@/i18n/normalise'
import { searchKeys } from '@/i18n/searchKey'
import { sortKey } from '@/i18n/sortKey'

type Model = {
  find: (filter: object) => {
    lean: () => { cursor: () => AsyncIterable<Record<string, unknown>> }
  }
  updateOne: (filter: object, update: object) => Promise<unknown>
}

/** The `$set` giving one text its NFC form and keys at `path` (a field, or one language of it). */
const keysAt = (
  field: KeyedField,
  prefix: string,
  suffix: string,
  text: string,
  locale: string,
) => {
  const rules = isLocale(locale) ? locale : defaultLocale
  const normal = nfc(text)
  const names = textKeyNames(field.name)
  const keys = searchKeys(normal, rules)
  return {
    [`${prefix}${field.name}${suffix}`]: normal,
    [`${prefix}${names.caseless}${suffix}`]: keys.caseless,
    [`${prefix}${names.plain}${suffix}`]: keys.plain,
    ...(field.sortable ? { [`${prefix}${names.sort}${suffix}`]: sortKey(normal, rules) } : {}),
  }
}

const fillModel = async (model: Model, fields: KeyedField[], prefix: string) => {
  for (const field of fields) {
    const languages = field.localized ? locales.map((code) => `.${code}`) : ['']
    for (const suffix of languages) {
      const source = `${prefix}${field.name}${suffix}`
      const names = textKeyNames(field.name)
      const keys = [names.caseless, names.plain, ...(field.sortable ? [names.sort] : [])]
      // Any key missing: a field made sortable later gets its sort key too. Streamed, not loaded.
      const missing = model
        .find({
          [source]: { $type: 'string', $ne: '' },
          $or: keys.map((key) => ({ [`${prefix}${key}${suffix}`]: { $exists: false } })),
        })
        .lean()
        .cursor()
      for await (const doc of missing) {
        const text = suffix
          ? (readPath(doc, `${prefix}${field.name}`) as Record<string, string>)[suffix.slice(1)]!
          : (readPath(doc, source) as string)
        const locale = suffix ? suffix.slice(1) : defaultLocale
        await model.updateOne(
          { _id: doc._id },
          { $set: keysAt(field, prefix, suffix, text, locale) },
        )
      }
    }
  }
}

const readPath = (doc: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown>)?.[part], doc)

/**
 * Documents written to MongoDB before search keys existed get them at start-up (SQLite's
 * migration does the same for its rows). Finds only what lacks a key, so a start with nothing
 * missing costs one indexed query per field and language.
 */
export const fillMongoTextKeys = async (payload: Payload): Promise<void> => {
  if (payload.db.name !== 'mongoose') return
  const db = payload.db as unknown as {
    collections: Record<string, Model>
    versions: Record<string, Model>
  }
  for (const collection of payload.config.collections) {
    const fields = keyedFields(collection.fields)
    if (fields.length === 0) continue
    await fillModel(db.collections[collection.slug]!, fields, '')
    const versions = db.versions[collection.slug]
    if (versions) await fillModel(versions, fields, 'version.')
  }
}
