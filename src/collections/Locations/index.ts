import type { CollectionConfig } from 'payload'

import { searchable } from '@/fields/searchableText'
import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { label } from '@/i18n/label'
import { recordScreensChange, recordScreensDeletion } from '@/ledger/hooks'

export const locationTypeOptions = [
  { value: 'metro-station', label: label('Metro stansiyası', 'Metro station') },
  { value: 'airport', label: label('Hava limanı', 'Airport') },
  { value: 'border-crossing', label: label('Sərhəd keçidi', 'Border crossing') },
  { value: 'school', label: label('Məktəb', 'School') },
  { value: 'other', label: label('Digər', 'Other') },
]

/** Places where the campaign shows: screens stand in them, posters and brochures target them. */
export const Locations: CollectionConfig = {
  slug: 'locations',
  labels: { singular: label('Məkan', 'Location'), plural: label('Məkanlar', 'Locations') },
  admin: {
    group: label('Yayım', 'Distribution'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'city'],
  },
  // Station names are public knowledge; only admins manage them.
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { afterChange: [recordScreensChange], afterDelete: [recordScreensDeletion] },
  fields: [
    searchable(
      { name: 'name', type: 'text', required: true, localized: true, label: label('Ad', 'Name') },
      { sortable: true },
    ),
    {
      name: 'type',
      type: 'select',
      required: true,
      options: locationTypeOptions,
      label: label('Növ', 'Type'),
    },
    { name: 'city', type: 'text', localized: true, label: label('Şəhər', 'City') },
  ],
}
