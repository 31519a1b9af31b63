import type { CollectionConfig } from 'payload'

import { searchable } from '@/fields/searchableText'
import { isAdmin } from '@/access/isAdmin'
import { httpUrlField } from '@/fields/httpUrl'
import { languagesField } from '@/fields/languagesField'
import { label } from '@/i18n/label'
import { openApiEndpoint } from '@/channels/partners/openApiEndpoint'
import { feedEndpoints } from '@/channels/partners/feedEndpoints'
import { syncEndpoint } from '@/channels/partners/syncEndpoint'
import { validateWebhookUrl } from '@/channels/partners/webhooks/validateWebhookUrl'

import { generateWebhookSecret } from './hooks/generateWebhookSecret'
import { resumeWebhooks } from './hooks/resumeWebhooks'

export const partnerContentTypes = [
  { value: 'stories', label: label('Hekayələr', 'Stories', 'Истории') },
  { value: 'articles', label: label('Məqalələr', 'Articles', 'Статьи') },
  { value: 'videos', label: label('Videolar', 'Videos', 'Видео') },
  { value: 'posters', label: label('Plakatlar', 'Posters', 'Плакаты') },
]

/**
 * A media outlet that republishes the campaign. It pulls with its own API key
 * (`Authorization: partners API-Key …`) and is told of changes at its webhook.
 */
export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: {
    singular: label('Media tərəfdaşı', 'Media partner', 'Медиапартнёр'),
    plural: label('Media tərəfdaşları', 'Media partners', 'Медиапартнёры'),
  },
  admin: {
    group: label('Yayım', 'Distribution', 'Распространение'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'contentTypes', 'languages', 'isActive'],
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  auth: { useAPIKey: true, disableLocalStrategy: true },
  endpoints: [syncEndpoint, ...feedEndpoints, openApiEndpoint],
  hooks: { beforeChange: [resumeWebhooks] },
  fields: [
    searchable(
      { name: 'name', type: 'text', required: true, label: label('Ad', 'Name', 'Название') },
      { sortable: true },
    ),
    {
      name: 'contact',
      type: 'group',
      label: label('Əlaqə', 'Contact', 'Контакт'),
      fields: [
        {
          name: 'person',
          type: 'text',
          label: label('Əlaqə şəxsi', 'Contact person', 'Контактное лицо'),
        },
        { name: 'email', type: 'email', label: label('E-poçt', 'Email', 'Эл. почта') },
        { name: 'phone', type: 'text', label: label('Telefon', 'Phone', 'Телефон') },
      ],
    },
    {
      name: 'contentTypes',
      type: 'select',
      hasMany: true,
      required: true,
      options: partnerContentTypes,
      label: label(
        'Ala biləcəyi məzmun',
        'Content it may take',
        'Материалы, которые он может брать',
      ),
    },
    languagesField({
      label: label('Ala biləcəyi dillər', 'Languages it may take', 'Языки, которые он может брать'),
    }),
    httpUrlField({
      name: 'webhookUrl',
      label: label('Webhook ünvanı', 'Webhook URL', 'Адрес вебхука'),
      validate: validateWebhookUrl,
    }),
    {
      name: 'webhookSecret',
      type: 'text',
      label: label('Webhook imza açarı', 'Webhook signing secret', 'Секрет подписи вебхуков'),
      admin: {
        description: label(
          'Yeniləmək üçün dəyişin',
          'Change it to rotate',
          'Измените, чтобы сменить ключ',
        ),
      },
      hooks: { beforeChange: [generateWebhookSecret] },
    },
    {
      name: 'webhookPausedAt',
      type: 'date',
      label: label('Webhooklar dayandırılıb', 'Webhooks paused at', 'Вебхуки приостановлены'),
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: label(
          'Ardıcıl uğursuz göndərişlərdən sonra qoyulur. Bərpa etmək üçün silin.',
          'Set after deliveries kept failing. Clear it to resume.',
          'Ставится после череды неудачных отправок. Очистите, чтобы возобновить.',
        ),
      },
    },
    {
      name: 'webhookPauseReason',
      type: 'text',
      label: label('Dayandırılma səbəbi', 'Why paused', 'Причина приостановки'),
      custom: { isServerSet: true },
      admin: { readOnly: true },
    },
    {
      // Failures before this no longer count towards a pause.
      name: 'webhookResumedAt',
      type: 'date',
      label: label('Webhooklar bərpa olunub', 'Webhooks resumed at', 'Вебхуки возобновлены'),
      custom: { isServerSet: true },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'isActive',
      type: 'checkbox',
      defaultValue: true,
      label: label('Aktivdir', 'Active', 'Активен'),
      admin: { position: 'sidebar' },
    },
  ],
}
