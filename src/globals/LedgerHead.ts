import type { GlobalConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { label } from '@/i18n/label'

/**
 * The publication ledger's last position, moved in the same transaction as each entry. Every app
 * instance polls it (the screens' playlists, say) and rebuilds what it serves from memory when it
 * moves; the ledger's writer reads it to number the next entry.
 */
export const LedgerHead: GlobalConfig = {
  slug: 'ledger-head',
  label: label('Jurnalın sonu', 'Ledger head', 'Конец журнала'),
  admin: { hidden: true },
  access: { read: nobody, update: nobody },
  fields: [{ name: 'position', type: 'number', label: label('Sıra', 'Position', 'Позиция') }],
}
