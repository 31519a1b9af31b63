import type { FieldHook, TextField } from 'payload'

import { slugify } from '@/i18n/slugify'
import { label } from '@/i18n/label'

type SlugOptions = { from?: string; overrides?: Partial<TextField> }

/**
 * A per-language slug made from the title unless an editor typed one, and kept unique within its
 * language by a numeric suffix ("insan-alveri-2"), so two stories never share an address.
 */
const uniqueSlug =
  (from: string): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
    const base = slugify(String(value || data?.[from] || originalDoc?.[from] || ''))
    if (!base || !collection) return base || undefined
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      const { totalDocs } = await req.payload.count({
        collection: collection.slug as 'articles',
        locale: req.locale === 'all' ? undefined : (req.locale ?? undefined),
        overrideAccess: true,
        req,
        where: {
          slug: { equals: candidate },
          ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}),
        },
      })
      if (totalDocs === 0) return candidate
    }
  }

export const slugField = ({ from = 'title', overrides = {} }: SlugOptions = {}): TextField =>
  ({
    name: 'slug',
    type: 'text',
    label: label('Ünvan (slug)', 'Slug', 'Адрес (slug)'),
    localized: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: label(
        'Boş qalsa başlıqdan yaranır: "İnsan alveri" → insan-alveri',
        'Made from the title when left empty: "İnsan alveri" → insan-alveri',
        'Если оставить пустым, создаётся из заголовка: «İnsan alveri» → insan-alveri',
      ),
    },
    hooks: { beforeValidate: [uniqueSlug(from)] },
    ...overrides,
  }) as TextField
