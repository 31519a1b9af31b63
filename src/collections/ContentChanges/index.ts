import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { label } from '@/i18n/label'

/**
 * The partners' change log: one entry per content item whose public face may have changed,
 * moved to the end of the log each time it changes again (src/channels/partners/changeLog.ts). Partners
 * read it only through the sync endpoint, which decides per partner what each entry means.
 */
export const ContentChanges: CollectionConfig = {
  slug: 'content-changes',
  labels: {
    singular: label('Məzmun dəyişikliyi', 'Content change'),
    plural: label('Məzmun dəyişiklikləri', 'Content changes'),
  },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  // A partner reads its types in log order: one index walk, whatever the size of the library.
  indexes: [{ fields: ['type', 'position'] }],
  fields: [
    // "<collection>:<id>": one entry per item.
    { name: 'item', type: 'text', required: true, unique: true },
    { name: 'type', type: 'text', required: true },
    { name: 'itemId', type: 'text', required: true },
    // "<ISO time of the change>~<item>": unique, and sorts in the order partners read the log.
    { name: 'position', type: 'text', required: true, unique: true },
  ],
}
