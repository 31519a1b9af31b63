import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { label } from '@/i18n/label'

/**
 * How far each channel's consumer has followed the publication ledger (src/ledger/follow.ts),
 * moved in the same transaction as the work it did, so a crash neither loses nor repeats it.
 */
export const LedgerPositions: CollectionConfig = {
  slug: 'ledger-positions',
  labels: {
    singular: label(
      'Jurnal oxucusunun yeri',
      'Ledger consumer position',
      'Позиция читателя журнала',
    ),
    plural: label(
      'Jurnal oxucularının yerləri',
      'Ledger consumer positions',
      'Позиции читателей журнала',
    ),
  },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  fields: [
    {
      name: 'consumer',
      type: 'text',
      required: true,
      unique: true,
      label: label('Oxucu', 'Consumer', 'Читатель'),
    },
    {
      name: 'position',
      type: 'number',
      required: true,
      label: label('Sıra', 'Position', 'Позиция'),
    },
  ],
}
