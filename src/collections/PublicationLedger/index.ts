import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { label, labelledOptions } from '@/i18n/label'
import { ledgerChangeLabels } from '@/ledger/labels'

/**
 * The publication ledger: one entry for every change to what any channel may show, written in
 * the change's own transaction (src/ledger/record.ts), in a strictly increasing position. Only
 * the ledger writes it; admins may read it, as the history of what went public and when.
 */
export const PublicationLedger: CollectionConfig = {
  slug: 'publication-ledger',
  labels: {
    singular: label('Dərc jurnalı qeydi', 'Publication ledger entry', 'Запись журнала публикаций'),
    plural: label('Dərc jurnalı', 'Publication ledger', 'Журнал публикаций'),
  },
  admin: {
    group: label('Sistem', 'System', 'Система'),
    useAsTitle: 'item',
    defaultColumns: ['position', 'change', 'item', 'languages', 'channels', 'effectiveAt'],
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  defaultSort: '-position',
  fields: [
    {
      name: 'position',
      type: 'number',
      required: true,
      unique: true,
      index: true,
      label: label('Sıra', 'Position', 'Позиция'),
    },
    {
      name: 'change',
      type: 'select',
      options: labelledOptions(ledgerChangeLabels),
      required: true,
      label: label('Dəyişiklik', 'Change', 'Изменение'),
    },
    { name: 'type', type: 'text', required: true, label: label('Növ', 'Type', 'Тип') },
    { name: 'itemId', type: 'text', label: label('Materialın id-si', 'Item id', 'id материала') },
    // "<type>:<id>": what a consumer looks an item's history up by.
    {
      name: 'item',
      type: 'text',
      required: true,
      index: true,
      label: label('Material', 'Item', 'Материал'),
    },
    { name: 'languages', type: 'json', label: label('Dillər', 'Languages', 'Языки') },
    { name: 'channels', type: 'json', label: label('Kanallar', 'Channels', 'Каналы') },
    {
      name: 'wasLive',
      type: 'checkbox',
      label: label('Əvvəl yayımda idi', 'Was live before', 'Был в эфире до этого'),
    },
    { name: 'cause', type: 'text', label: label('Səbəb', 'Cause', 'Причина') },
    {
      name: 'effectiveAt',
      type: 'date',
      required: true,
      label: label('Qüvvəyə minir', 'Takes effect', 'Вступает в силу'),
    },
    {
      name: 'recordedAt',
      type: 'date',
      required: true,
      label: label('Qeydə alınıb', 'Recorded', 'Записано'),
    },
  ],
}
