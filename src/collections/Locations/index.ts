import type { CollectionConfig } from 'payload'

import { searchable } from '@/fields/searchableText'
import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { label } from '@/i18n/label'
import { recordScreensChange, recordScreensDeletion } from '@/ledger/hooks'

export const locationTypeOptions = [
  { value: 'metro-station', label: label('Metro stansiyası', 'Metro station', 'Станция метро') },
  { value: 'airport', label: label('Hava limanı', 'Airport', 'Аэропорт') },
  {
    value: 'border-crossing',
    label: label('Sərhəd keçidi', 'Border crossing', 'Пограничный переход'),
  },
  { value: 'school', label: label('Məktəb', 'School', 'Школа') },
  { value: 'other', label: label('Digər', 'Other', 'Другое') },
]

/** Places where the campaign shows: screens stand in them, posters and brochures target them. */
export const Locations: CollectionConfig = {
  slug: 'locations',
  labels: {
    singular: label('Məkan', 'Location', 'Место'),
    plural: label('Məkanlar', 'Locations', 'Места'),
  },
  admin: {
    group: label('Yayım', 'Distribution', 'Распространение'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'city'],
  },
  // Station names are public knowledge; only admins manage them.
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { afterChange: [recordScreensChange], afterDelete: [recordScreensDeletion] },
  fields: [
    searchable(
      {
        name: 'name',
        type: 'text',
        required: true,
        localized: true,
        label: label('Ad', 'Name', 'Название'),
      },
      { sortable: true },
    ),
    {
      name: 'type',
      type: 'select',
      required: true,
      options: locationTypeOptions,
      label: label('Növ', 'Type', 'Тип'),
    },
    { name: 'city', type: 'text', localized: true, label: label('Şəhər', 'City', 'Город') },
  ],
}
