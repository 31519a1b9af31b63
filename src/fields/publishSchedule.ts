import type { DateField } from 'payload'

import { label } from '@/i18n/label'

import { endsAfter } from './scheduleWindow'

const bakuZone = 'Asia/Baku'

/**
 * Entered and shown as Baku clocks read, whatever zone the editor's browser is in, 24-hour. The
 * zone is kept beside the date (`<name>_tz`) for the picker only: the schedule acts on the stored
 * instant, and the zone is not content (src/workflow/content.ts).
 */
const inBakuTime: Pick<DateField, 'timezone'> & { date: NonNullable<DateField['admin']>['date'] } =
  {
    timezone: {
      defaultTimezone: 'Asia/Baku',
      supportedTimezones: [{ label: 'Bakı / Baku (UTC+4)', value: bakuZone }],
      // Payload adds the `<name>_tz` select without its options' check: any text (another zone,
      // a name, an object) was stored. Only Baku, or nothing, is saved.
      override: ({ baseField }) => ({
        ...baseField,
        validate: (value: unknown) =>
          value == null || value === bakuZone || `The time zone can only be ${bakuZone}.`,
      }),
    },
    date: {
      pickerAppearance: 'dayAndTime',
      displayFormat: 'dd.MM.yyyy HH:mm',
      timeFormat: 'HH:mm',
      timeIntervals: 15,
    },
  }

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
    timezone: inBakuTime.timezone,
    admin: {
      position: 'sidebar',
      date: inBakuTime.date,
      description: label(
        'Bakı vaxtı ilə. Təsdiqdən sonra bu vaxt gələndə özü dərc olunur; boş: rəyçi dərc edir.',
        'Baku time. Once approved, it goes out by itself at this time; empty: a reviewer publishes it.',
        'По бакинскому времени. После одобрения материал сам публикуется в это время; пусто: публикует рецензент.',
      ),
      components: { Cell: '/workflow/schedule/admin/PublishAtCell#PublishAtCell' },
    },
  },
  {
    name: 'unpublishAt',
    type: 'date',
    index: true,
    label: label('Dərcdən çıxma vaxtı', 'Unpublish at', 'Время снятия с публикации'),
    validate: endsAfter('publishAt', 'Unpublish at must be later than publish at.'),
    timezone: inBakuTime.timezone,
    admin: {
      position: 'sidebar',
      date: inBakuTime.date,
      description: label(
        'Bakı vaxtı ilə. Bu vaxt gələndə özü dərcdən çıxır; boş: müddətsiz.',
        'Baku time. It comes down by itself at this time; empty: no end.',
        'По бакинскому времени. В это время материал сам снимается с публикации; пусто: бессрочно.',
      ),
    },
  },
]
