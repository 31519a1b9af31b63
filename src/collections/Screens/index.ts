import type { CollectionConfig } from 'payload'

import { searchable } from '@/fields/searchableText'
import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { languagesField } from '@/fields/languagesField'
import { label, sameInEveryLanguage } from '@/i18n/label'
import { orientationOf } from '@/channels/screens/playlist'
import { recordScreensChange, recordScreensDeletion } from '@/ledger/hooks'
import { playsEndpoint } from '@/channels/screens/playsEndpoint'
import { screenStatusField } from '@/channels/screens/statusField'

export const screenResolutions = ['1920x1080', '1080x1920', '3840x2160', '2160x3840'] as const

/**
 * A display in a station. It signs in to the screen feed with its own API key
 * (`Authorization: screens API-Key …`), never with a password.
 */
export const Screens: CollectionConfig = {
  slug: 'screens',
  labels: {
    singular: label('Ekran', 'Screen', 'Экран'),
    plural: label('Ekranlar', 'Screens', 'Экраны'),
  },
  admin: {
    group: label('Yayım', 'Distribution', 'Распространение'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'location', 'resolution', 'languages', 'isActive', 'heartbeat'],
  },
  // Editors read screens to target posters at them; only admins manage them and their keys.
  access: { read: isStaff, create: isAdmin, update: isAdmin, delete: isAdmin },
  auth: { useAPIKey: true, disableLocalStrategy: true },
  hooks: { afterChange: [recordScreensChange], afterDelete: [recordScreensDeletion] },
  endpoints: [playsEndpoint],
  fields: [
    searchable(
      { name: 'name', type: 'text', required: true, label: label('Ad', 'Name', 'Название') },
      { sortable: true },
    ),
    {
      name: 'location',
      type: 'relationship',
      relationTo: 'locations',
      required: true,
      label: label('Məkan', 'Location', 'Место'),
    },
    {
      name: 'resolution',
      type: 'select',
      required: true,
      defaultValue: '1920x1080',
      label: label('Təsvir ölçüsü', 'Resolution', 'Разрешение'),
      options: screenResolutions.map((value) => ({
        value,
        label: sameInEveryLanguage(value.replace('x', ' × ')),
      })),
    },
    {
      name: 'orientation',
      type: 'text',
      virtual: true,
      admin: { readOnly: true, position: 'sidebar' },
      label: label('İstiqamət', 'Orientation', 'Ориентация'),
      // Derived, so it can never disagree with the resolution.
      hooks: {
        afterRead: [({ siblingData }) => orientationOf(String(siblingData?.resolution ?? ''))],
      },
    },
    languagesField({
      label: label(
        'Növbə ilə göstərilən dillər',
        'Languages it rotates through',
        'Языки, которые показываются по очереди',
      ),
    }),
    {
      name: 'isActive',
      type: 'checkbox',
      defaultValue: true,
      label: label('Aktivdir', 'Active', 'Активен'),
      admin: { position: 'sidebar' },
    },
    screenStatusField(),
  ],
}
