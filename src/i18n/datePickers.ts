import type { Field } from 'payload'

import { adminDateFormat } from './adminDates'

type Appearance = 'dayAndTime' | 'dayOnly' | 'default' | 'monthOnly' | 'timeOnly'

/** What a date picker shows, day first and 24-hour, as the lists show dates (adminDateFormat). */
const displayFormats: Record<Appearance, string> = {
  default: 'dd.MM.yyyy',
  dayOnly: 'dd.MM.yyyy',
  dayAndTime: adminDateFormat,
  monthOnly: 'MM.yyyy',
  timeOnly: 'HH:mm',
}

const withDayFirst = (field: Field): Field => {
  if (field.type === 'date') {
    const date = field.admin?.date ?? {}
    const appearance: Appearance = date.pickerAppearance ?? 'default'
    const hasTime = appearance === 'dayAndTime' || appearance === 'timeOnly'
    return {
      ...field,
      admin: {
        ...field.admin,
        // A field that names its own format keeps it.
        date: {
          displayFormat: displayFormats[appearance],
          ...(hasTime ? { timeFormat: 'HH:mm' } : {}),
          ...date,
        } as typeof date,
      },
    }
  }
  if (field.type === 'tabs')
    return {
      ...field,
      tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withDayFirst) })),
    }
  if (field.type === 'blocks')
    return {
      ...field,
      blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(withDayFirst) })),
    }
  if ('fields' in field) return { ...field, fields: field.fields.map(withDayFirst) } as Field
  return field
}

/**
 * Every date picker of these collections or globals day first and 24-hour ("16.09.2019",
 * "07.12.2026 13:26"): Payload's pickers otherwise show the American "09/16/2019" and "1:26 PM"
 * in every admin language.
 */
export const withDayFirstDates = <T extends { fields: Field[] }>(configs: T[]): T[] =>
  configs.map((config) => ({ ...config, fields: config.fields.map(withDayFirst) }))
