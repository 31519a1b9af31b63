import type { CollectionConfig } from 'payload'

import { canReadScreenReports } from '@/access/canReadScreenReports'
import { nobody } from '@/access/nobody'
import { label } from '@/i18n/label'
import type { WhenTargetDeleted } from '@/hooks/deleteDependents'

/**
 * When each screen last fetched its playlist, and which version it got. Written only by the
 * server's heartbeat (src/channels/screens/heartbeat.ts). Kept apart from the screens themselves so that
 * a heartbeat never counts as a change to a screen (which would rebuild its playlist).
 */
export const ScreenStatus: CollectionConfig = {
  slug: 'screen-status',
  labels: {
    singular: label('Ekranın vəziyyəti', 'Screen status', 'Состояние экрана'),
    plural: label('Ekranların vəziyyəti', 'Screen status', 'Состояние экранов'),
  },
  admin: {
    group: label('Yayım', 'Distribution', 'Распространение'),
    useAsTitle: 'lastPlaylistVersion',
    defaultColumns: ['screen', 'lastSeenAt', 'lastPlaylistVersion'],
  },
  access: { read: canReadScreenReports, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-lastSeenAt',
  fields: [
    {
      name: 'screen',
      type: 'relationship',
      relationTo: 'screens',
      required: true,
      custom: { whenTargetDeleted: 'delete' satisfies WhenTargetDeleted },
      unique: true,
      label: label('Ekran', 'Screen', 'Экран'),
    },
    {
      name: 'lastSeenAt',
      type: 'date',
      required: true,
      label: label('Son sorğu', 'Last seen', 'Последний запрос'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'lastPlaylistVersion',
      type: 'text',
      label: label(
        'Aldığı pleylist versiyası',
        'Playlist version it got',
        'Полученная версия плейлиста',
      ),
    },
  ],
}
