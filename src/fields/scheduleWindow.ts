import type { DateFieldValidation, GroupField } from 'payload'
import { date } from 'payload/shared'

import { label } from '@/i18n/label'

/** Why a window cannot be saved, or null. Open ends are allowed: no start = now, no end = never. */
export const scheduleWindowProblem = (
  startsAt: string | Date | null | undefined,
  endsAt: string | Date | null | undefined,
  problem = 'The window must end after it starts.',
): string | null => {
  if (!startsAt || !endsAt) return null
  return new Date(endsAt) > new Date(startsAt) ? null : problem
}

/** Validation of a window's end: a real date, after the sibling field `startField` if both are set. */
export const endsAfter =
  (startField: string, problem?: string): DateFieldValidation =>
  (value, options) => {
    const valid = date(value, options)
    if (valid !== true) return valid
    const start = (options.siblingData as Record<string, string | undefined>)[startField]
    return scheduleWindowProblem(start, value, problem) ?? true
  }

export const scheduleWindowField = (overrides: Partial<GroupField> = {}): GroupField =>
  ({
    name: 'schedule',
    type: 'group',
    label: label('Ekran cədvəli', 'Screen schedule', 'Расписание на экранах'),
    admin: {
      description: label(
        'Bakı vaxtı ilə. Boş başlanğıc: dərhal; boş son: müddətsiz.',
        'Baku time. Empty start: at once; empty end: no end.',
        'По бакинскому времени. Без начала: сразу; без конца: бессрочно.',
      ),
    },
    fields: [
      {
        name: 'startsAt',
        type: 'date',
        label: label('Başlayır', 'Starts', 'Начало'),
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'endsAt',
        type: 'date',
        label: label('Bitir', 'Ends', 'Конец'),
        admin: { date: { pickerAppearance: 'dayAndTime' } },
        validate: endsAfter('startsAt'),
      },
    ],
    ...overrides,
  }) as GroupField
