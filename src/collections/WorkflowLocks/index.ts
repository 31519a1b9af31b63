import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { label } from '@/i18n/label'

/**
 * One row while a workflow action is under way on an item (src/workflow/itemLock.ts): the unique
 * key lets one action at a time read and write an item's workflow state, on either database,
 * with or without transactions. Nobody reaches it through the API.
 */
export const WorkflowLocks: CollectionConfig = {
  slug: 'workflow-locks',
  labels: {
    singular: label('İş axını kilidi', 'Workflow lock', 'Блокировка рабочего процесса'),
    plural: label('İş axını kilidləri', 'Workflow locks', 'Блокировки рабочего процесса'),
  },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  fields: [
    // "<collection>:<id>": one action per item at a time.
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      label: label('Açar', 'Key', 'Ключ'),
    },
    // When it was taken: a lock its server died holding is taken over after a while.
    { name: 'at', type: 'date', required: true, label: label('Vaxt', 'Taken at', 'Время') },
  ],
}
