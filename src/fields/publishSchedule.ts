import type { DateField } from 'payload'

import { label } from '@/i18n/label'

import { endsAfter } from './scheduleWindow'

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' } } as const

/**
 * When an approved item goes out and when it comes down, acted on by the scheduler
 * (src/workflow/schedule). Top-level and shared by every language, so read rules can filter on
 * them; they are content like any other field, so changing them after approval needs a new review.
 */
export const publishScheduleFields = (): DateField[] => [
  {
    name: 'publishAt',
    type: 'date',
    index: true,
    label: label('Dərc vaxtı', 'Publish at', 'Время публикации'),
    admin: {
      position: 'sidebar',
      ...dayAndTime,
      description: label(
        'Bakı vaxtı ilə. Təsdiqdən sonra bu vaxt gələndə özü dərc olunur; boş: rəyçi dərc edir.',
        'Baku time. Once approved, it goes out by itself at this time; empty: a reviewer publishes it.',
        'По бакинскому времени. После одобрения материал сам публикуется в это время; пусто: публикует рецензент.',
      ),
    },
  },
  {
    name: 'unpublishAt',
    type: 'date',
    index: true,
    label: label('Dərcdən çıxma vaxtı', 'Unpublish at', 'Время снятия с публикации'),
    validate: endsAfter('publishAt', 'Unpublish at must be later than publish at.'),
    admin: {
      position: 'sidebar',
      ...dayAndTime,
      description: label(
        'Bakı vaxtı ilə. Bu vaxt gələndə özü dərcdən çıxır; boş: müddətsiz.',
        'Baku time. It comes down by itself at this time; empty: no end.',
        'По бакинскому времени. В это время материал сам снимается с публикации; пусто: бессрочно.',
      ),
    },
  },
]
