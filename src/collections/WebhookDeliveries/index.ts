import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { label, labelledOptions } from '@/i18n/label'
import { webhookEventLabels } from '@/channels/partners/webhooks/labels'
import { partnerContentTypeSlugs } from '@/access/partnerScope'
import type { WhenTargetDeleted } from '@/hooks/deleteDependents'

import { contentTypeWords } from '../contentTypeLabels'

export const deliveryOutcomes = [
  { value: 'delivered', label: label('Çatdırıldı', 'Delivered', 'Доставлено') },
  {
    value: 'retrying',
    label: label('Uğursuz, təkrarlanacaq', 'Failed, will retry', 'Не удалось, будет повтор'),
  },
  {
    value: 'failed',
    label: label('Uğursuz, dayandırıldı', 'Failed, given up', 'Не удалось, отправка прекращена'),
  },
  { value: 'skipped', label: label('Göndərilmədi', 'Not sent', 'Не отправлено') },
] as const
export type DeliveryOutcome = (typeof deliveryOutcomes)[number]['value']

/**
 * Every attempt to deliver a webhook to a partner (src/channels/partners/webhooks/deliver.ts): for admins
 * to see who is failing and why. Only the server writes it.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: {
    singular: label('Webhook göndərişi', 'Webhook attempt', 'Отправка вебхука'),
    plural: label('Webhook göndərişləri', 'Webhook attempts', 'Отправки вебхуков'),
  },
  admin: {
    group: label('Yayım', 'Distribution', 'Распространение'),
    useAsTitle: 'event',
    defaultColumns: [
      'at',
      'partner',
      'event',
      'itemType',
      'itemId',
      'attempt',
      'outcome',
      'statusCode',
      'error',
      'durationMs',
    ],
    description: label(
      'Tərəfdaşa görə süzmək üçün "Filtr" düyməsindən istifadə edin.',
      'Use "Filters" to see one partner’s attempts.',
      'Чтобы увидеть попытки одного партнёра, нажмите «Фильтры».',
    ),
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-at',
  fields: [
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: label('Vaxt', 'When', 'Время'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'partner',
      type: 'relationship',
      relationTo: 'partners',
      required: true,
      custom: { whenTargetDeleted: 'delete' satisfies WhenTargetDeleted },
      index: true,
      label: label('Tərəfdaş', 'Partner', 'Партнёр'),
    },
    // The same for every attempt of one delivery: the `id` in the body the partner received.
    {
      name: 'delivery',
      type: 'text',
      required: true,
      index: true,
      label: label('Göndəriş', 'Delivery', 'Отправка'),
    },
    {
      name: 'event',
      type: 'select',
      required: true,
      options: labelledOptions(webhookEventLabels),
      label: label('Hadisə', 'Event', 'Событие'),
    },
    {
      name: 'itemType',
      type: 'select',
      required: true,
      options: labelledOptions(contentTypeWords(partnerContentTypeSlugs)),
      label: label('Növ', 'Type', 'Тип'),
    },
    { name: 'itemId', type: 'text', required: true, label: label('Material', 'Item', 'Материал') },
    { name: 'attempt', type: 'number', required: true, label: label('Cəhd', 'Attempt', 'Попытка') },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      index: true,
      options: deliveryOutcomes.map((option) => ({ ...option })),
      label: label('Nəticə', 'Outcome', 'Результат'),
    },
    {
      name: 'statusCode',
      type: 'number',
      label: label('HTTP statusu', 'HTTP status', 'HTTP-статус'),
    },
    { name: 'error', type: 'text', label: label('Xəta', 'Error', 'Ошибка') },
    {
      name: 'durationMs',
      type: 'number',
      label: label('Müddət (ms)', 'Duration (ms)', 'Длительность (мс)'),
    },
  ],
}
