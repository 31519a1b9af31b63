import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { label } from '@/i18n/label'
import { ledgerChanges } from '@/ledger/changes'

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
    { name: 'position', type: 'number', required: true, unique: true, index: true },
    { name: 'change', type: 'select', options: [...ledgerChanges], required: true },
    { name: 'type', type: 'text', required: true },
    { name: 'itemId', type: 'text' },
    // "<type>:<id>": what a consumer looks an item's history up by.
    { name: 'item', type: 'text', required: true, index: true },
    { name: 'languages', type: 'json' },
    { name: 'channels', type: 'json' },
    { name: 'wasLive', type: 'checkbox' },
    { name: 'cause', type: 'text' },
    { name: 'effectiveAt', type: 'date', required: true },
    { name: 'recordedAt', type: 'date', required: true },
  ],
}
