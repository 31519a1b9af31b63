import type { UIField } from 'payload'

import { label } from '@/i18n/label'

/** The screens list's column for each screen's status (src/channels/screens/admin/ScreenStatusCell.tsx). */
export const screenStatusField = (): UIField => ({
  name: 'heartbeat',
  type: 'ui',
  label: label('Vəziyyət', 'Status', 'Состояние'),
  admin: { components: { Cell: '/channels/screens/admin/ScreenStatusCell#ScreenStatusCell' } },
})
