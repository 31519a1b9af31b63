import type { CollectionConfig } from 'payload'

import { searchable } from '@/fields/searchableText'
import { isAdmin } from '@/access/isAdmin'
import { httpUrlField } from '@/fields/httpUrl'
import { languagesField } from '@/fields/languagesField'
import { label } from '@/i18n/label'
import { openApiEndpoint } from '@/channels/partners/openApiEndpoint'
import { feedEndpoints } from '@/channels/partners/feedEndpoints'
import { syncEndpoint } from '@/channels/partners/syncEndpoint'

import { generateWebhookSecret } from './hooks/generateWebhookSecret'
import { resumeWebhooks } from './hooks/resumeWebhooks'

export const partnerContentTypes = [
  { value: 'stories', label: label('Hekayələr', 'Stories') },
  { value: 'articles', label: label('Məqalələr', 'Articles') },
  { value: 'videos', label: label('Videolar', 'Videos') },
  { value: 'posters', label: label('Plakatlar', 'Posters') },
]

/**
 * A media outlet that republishes the campaign. It pulls with its own API key
 * (`Authorization: partners API-Key …`) and is told of changes at its webhook.
 */
export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: {
    singular: label('Media tərəfdaşı', 'Media partner'),
    plural: label('Media tərəfdaşları', 'Media partners'),
  },
  admin: {
    group: label('Yayım', 'Distribution'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'contentTypes', 'languages', 'isActive'],
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  auth: { useAPIKey: true, disableLocalStrategy: true },
  endpoints: [syncEndpoint, ...feedEndpoints, openApiEndpoint],
  hooks: { beforeChange: [resumeWebhooks] },
  fields: [
    searchable(
      { name: 'name', type: 'text', required: true, label: label('Ad', 'Name') },
      { sortable: true },
    ),
    {
      name: 'contact',
      type: 'group',
      label: label('Əlaqə', 'Contact'),
      fields: [
        { name: 'person', type: 'text', label: label('Əlaqə şəxsi', 'Contact person') },
        { name: 'email', type: 'email', label: label('E-poçt', 'Email') },
        { name: 'phone', type: 'text', label: label('Telefon', 'Phone') },
      ],
    },
    {
      name: 'contentTypes',
      type: 'select',
      hasMany: true,
      required: true,
      options: partnerContentTypes,
      label: label('Ala biləcəyi məzmun', 'Content it may take'),
    },
    languagesField({ label: label('Ala biləcəyi dillər', 'Languages it may take') }),
    httpUrlField({ name: 'webhookUrl', label: label('Webhook ünvanı', 'Webhook URL') }),
    {
      name: 'webhookSecret',
      type: 'text',
      label: label('Webhook imza açarı', 'Webhook signing secret'),
      admin: { description: label('Yeniləmək üçün dəyişin', 'Change it to rotate') },
      hooks: { beforeChange: [generateWebhookSecret] },
    },
    {
      name: 'webhookPausedAt',
      type: 'date',
      label: label('Webhooklar dayandırılıb', 'Webhooks paused at'),
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: label(
          'Ardıcıl uğursuz göndərişlərdən sonra qoyulur. Bərpa etmək üçün silin.',
          'Set after deliveries kept failing. Clear it to resume.',
        ),
      },
    },
    {
      name: 'webhookPauseReason',
      type: 'text',
      label: label('Dayandırılma səbəbi', 'Why paused'),
      custom: { isServerSet: true },
      admin: { readOnly: true },
    },
    {
      // Failures before this no longer count towards a pause.
      name: 'webhookResumedAt',
      type: 'date',
      label: label('Webhooklar bərpa olunub', 'Webhooks resumed at'),
      custom: { isServerSet: true },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'isActive',
      type: 'checkbox',
      defaultValue: true,
      label: label('Aktivdir', 'Active'),
      admin: { position: 'sidebar' },
    },
  ],
}
