import type { SelectField } from 'payload'

import { defaultLocale, localeOptions } from '@/i18n/locales'

/** Which content languages a screen rotates through or a partner takes. */
export const languagesField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    // Not "locales": the SQLite adapter already names each collection's <slug>_locales table.
    name: 'languages',
    type: 'select',
    hasMany: true,
    required: true,
    defaultValue: [defaultLocale],
    options: localeOptions,
    ...overrides,
  }) as SelectField
