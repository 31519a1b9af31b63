import type { SelectField } from 'payload'

import { label } from '@/i18n/label'

export const orientationField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'orientation',
    type: 'select',
    required: true,
    defaultValue: 'landscape',
    label: label('İstiqamət', 'Orientation'),
    options: [
      { value: 'landscape', label: label('Üfüqi', 'Landscape') },
      { value: 'portrait', label: label('Şaquli', 'Portrait') },
    ],
    ...overrides,
  }) as SelectField
