import type { CollectionBeforeDeleteHook, CollectionConfig, CollectionSlug, Field } from 'payload'

import { refuse } from '@/http/refuse'
import { locales } from '@/i18n/locales'

/**
 * What a relationship field's rows do when the document they point at is deleted, set in the
 * field's `custom.whenTargetDeleted`: `'delete'` (they go with it) or the reason the delete is
 * refused, telling what to do instead. Without it the delete is refused with a plain reason.
 */
export type WhenTargetDeleted = 'delete' | { refuse: string }

type Dependent = {
  collection: CollectionSlug
  field: string
  isLocalized: boolean
  rule?: WhenTargetDeleted
}

/**
 * Fields that must point at a document of `slug`: a required, single relationship or upload.
 * Deleting what they point at would break them: SQLite refuses it with a 500, or empties a
 * required field (a poster's artwork in one language); MongoDB keeps rows pointing nowhere.
 */
const dependentsOf = (collections: { slug: string; fields: Field[] }[], slug: string) =>
  collections.flatMap(({ slug: collection, fields }) =>
    fields.flatMap((field): Dependent[] =>
      (field.type === 'relationship' || field.type === 'upload') &&
      field.relationTo === slug &&
      field.required &&
      !field.hasMany
        ? [
            {
              collection: collection as CollectionSlug,
              field: field.name,
              isLocalized: Boolean(field.localized),
              rule: field.custom?.whenTargetDeleted as WhenTargetDeleted | undefined,
            },
          ]
        : [],
    ),
  )

type Labelled = { slug: string; labels?: CollectionConfig['labels'] }

/** A collection's English label, in lower case, for a reason a person reads. */
const nameOf = (collections: Labelled[], slug: string, form: 'singular' | 'plural') => {
  const label = collections.find((c) => c.slug === slug)?.labels?.[form]
  const en = typeof label === 'object' && label !== null && 'en' in label ? label.en : slug
  return String(en).toLowerCase()
}

/**
 * Before a document is deleted: rows that go with it are deleted too; rows that must be kept
 * refuse the delete (409) with the reason, before anything (a file, a version) is removed.
 */
export const deleteDependents: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const { payload } = req
  const { collections } = payload.config
  const dependents = dependentsOf(collections, collection.slug)
  const where = (field: string) => ({ [field]: { equals: id } })
  for (const { collection: slug, field, isLocalized, rule } of dependents) {
    if (rule === 'delete') continue
    // A localized field is asked in each language: an image may be the artwork of one only.
    const languages = isLocalized ? locales : [undefined]
    let pointing = 0
    for (const locale of languages) {
      const { totalDocs } = await payload.count({
        collection: slug,
        where: where(field),
        locale,
        req,
      })
      pointing = Math.max(pointing, totalDocs)
    }
    if (pointing > 0)
      throw refuse(
        409,
        `${pointing} ${nameOf(collections, slug, 'plural')} point at this ${nameOf(collections, collection.slug, 'singular')}. ${rule?.refuse ?? 'Change or delete them first.'}`,
      )
  }
  for (const { collection: slug, field, rule } of dependents)
    if (rule === 'delete')
      await payload.db.deleteMany({ collection: slug, where: where(field), req })
}
