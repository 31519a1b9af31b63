import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { withDayFirstDates } from '@/i18n/datePickers'

/** Every date field below `fields` that an editor sees, by path. */
const visibleDateFields = (fields: Field[], prefix: string): [string, Field][] =>
  fields.flatMap((field): [string, Field][] => {
    const path = 'name' in field ? `${prefix}.${field.name}` : prefix
    const admin = field.admin as { hidden?: boolean; disabled?: boolean } | undefined
    if (admin?.hidden || admin?.disabled || ('hidden' in field && field.hidden)) return []
    if (field.type === 'date') return [[path, field]]
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) => visibleDateFields(tab.fields, path))
    if ('fields' in field) return visibleDateFields(field.fields, path)
    return []
  })

describe('date pickers day first and 24-hour', () => {
  it('should give every visible date field of the config a day-first, 24-hour format', async () => {
    const config = await (await import('@payload-config')).default
    // Payload's own collections (jobs, preferences, …) are not the editors'.
    const fields = [...config.collections, ...config.globals]
      .filter((entity) => !entity.slug.startsWith('payload-'))
      .flatMap((entity) => visibleDateFields(entity.fields, entity.slug))
    expect(fields.length).toBeGreaterThan(10)
    const american = fields
      .filter(([, field]) => {
        const date = (field.type === 'date' ? field.admin?.date : undefined) as
          | { displayFormat?: string; timeFormat?: string }
          | undefined
        const format = date?.displayFormat ?? ''
        return !/^(dd\.MM\.yyyy|MM\.yyyy|HH:mm)/.test(format) || /h|a/.test(date?.timeFormat ?? '')
      })
      .map(([path]) => path)
    expect(american).toEqual([])
  })

  it('should keep a format a field names, and reach fields inside groups and tabs', () => {
    const [entity] = withDayFirstDates([
      {
        slug: 'x',
        fields: [
          { name: 'own', type: 'date', admin: { date: { displayFormat: 'yyyy' } } },
          {
            name: 'group',
            type: 'group',
            fields: [
              { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
            ],
          },
          { type: 'tabs', tabs: [{ label: 'T', fields: [{ name: 'on', type: 'date' }] }] },
        ] as Field[],
      },
    ])
    expect(JSON.parse(JSON.stringify(entity!.fields))).toEqual([
      { name: 'own', type: 'date', admin: { date: { displayFormat: 'yyyy' } } },
      {
        name: 'group',
        type: 'group',
        fields: [
          {
            name: 'at',
            type: 'date',
            admin: {
              date: {
                displayFormat: 'dd.MM.yyyy HH:mm',
                timeFormat: 'HH:mm',
                pickerAppearance: 'dayAndTime',
              },
            },
          },
        ],
      },
      {
        type: 'tabs',
        tabs: [
          {
            label: 'T',
            fields: [
              { name: 'on', type: 'date', admin: { date: { displayFormat: 'dd.MM.yyyy' } } },
            ],
          },
        ],
      },
    ])
  })
})
