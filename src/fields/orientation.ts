import type { SelectField } from 'payload'

import { label } from '@/i18n/label'

export const orientationField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'orientation',
    type: 'select',
    required: true,
    defaultValue: 'landscape',
    label: label('İstiqamət', 'Orientation', 'Ориентация'),
    options: [
      { value: 'landscape', label: label('Üfüqi', 'Landscape', 'Горизонтальная') },
      { value: 'portrait', label: label('Şaquli', 'Portrait', 'Вертикальная') },
    ],
    ...overrides,
  }) as SelectField
