import type { CollectionConfig } from 'payload'

import { canReadScreenReports } from '@/access/canReadScreenReports'
import { nobody } from '@/access/nobody'
import { label } from '@/i18n/label'
import { localeOptions } from '@/i18n/locales'
import { screenMessages } from '@/channels/screens/messages'
import type { WhenTargetDeleted } from '@/hooks/deleteDependents'

/**
 * Proof of play: a screen showed a poster, in a language, from a moment, for so long. Only the
 * screens' report endpoint writes them (src/channels/screens/playsEndpoint.ts); the station is copied from
 * the screen at the time, so moving a screen later does not move its past plays.
 */
export const Plays: CollectionConfig = {
  slug: 'plays',
  labels: {
    singular: label('Göstərilmə', 'Play', 'Показ'),
    plural: label('Göstərilmələr', 'Plays', 'Показы'),
  },
  admin: {
    group: label('Yayım', 'Distribution', 'Распространение'),
    defaultColumns: ['startedAt', 'poster', 'location', 'screen', 'locale', 'durationSeconds'],
    components: { beforeList: ['/channels/screens/admin/PlaysSummary#PlaysSummary'] },
  },
  access: { read: canReadScreenReports, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-startedAt',
  fields: [
    {
      name: 'startedAt',
      type: 'date',
      required: true,
      index: true,
      label: label('Başlama vaxtı', 'Started at', 'Время начала'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'poster',
      type: 'relationship',
      relationTo: 'posters',
      required: true,
      custom: {
        whenTargetDeleted: { refuse: screenMessages.keepPlaysOfPoster } satisfies WhenTargetDeleted,
      },
      index: true,
      label: label('Plakat', 'Poster', 'Плакат'),
    },
    {
      name: 'screen',
      type: 'relationship',
      relationTo: 'screens',
      required: true,
      custom: {
        whenTargetDeleted: { refuse: screenMessages.keepPlaysOfScreen } satisfies WhenTargetDeleted,
      },
      index: true,
      label: label('Ekran', 'Screen', 'Экран'),
    },
    {
      name: 'location',
      type: 'relationship',
      relationTo: 'locations',
      index: true,
      label: label('Stansiya', 'Station', 'Станция'),
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: localeOptions,
      label: label('Dil', 'Language', 'Язык'),
    },
    {
      name: 'durationSeconds',
      type: 'number',
      required: true,
      label: label('Müddət (saniyə)', 'Duration (seconds)', 'Длительность (секунды)'),
    },
    {
      // screen:poster:startedAt (src/channels/screens/playReport.ts#playKey): a re-sent report adds nothing.
      name: 'playKey',
      type: 'text',
      required: true,
      unique: true,
      admin: { hidden: true },
    },
  ],
}
