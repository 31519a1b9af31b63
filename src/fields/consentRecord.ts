import type { GroupField } from 'payload'

import { canRecordConsent } from '@/access/canRecordConsent'
import { isStaffField } from '@/access/isStaff'
import { label } from '@/i18n/label'

export const channelOptions = [
  { value: 'website', label: label('Veb-saytlar', 'Websites') },
  { value: 'partners', label: label('Media tərəfdaşları', 'Media partners') },
  { value: 'screens', label: label('Metro ekranları', 'Metro screens') },
  { value: 'print', label: label('Çap materialları', 'Print') },
]

/**
 * What the person who told the story agreed to. It records the agreement, never the person:
 * the signed form stays with the department and is found by its reference.
 */
export const consentRecordField = (overrides: Partial<GroupField> = {}): GroupField =>
  ({
    name: 'consent',
    type: 'group',
    label: label('Razılıq qeydi', 'Consent record'),
    access: { read: isStaffField, create: canRecordConsent, update: canRecordConsent },
    admin: {
      description: label(
        'Şəxsin adını və ya şəxsiyyətini heç vaxt bura yazmayın: yalnız İdarənin imzalı formaya verdiyi nömrə.',
        "Never write the person's name or identity here: only the department's reference for the signed form.",
      ),
    },
    fields: [
      { name: 'givenAt', type: 'date', required: true, label: label('Verilib', 'Given on') },
      {
        name: 'channels',
        type: 'select',
        hasMany: true,
        required: true,
        label: label('İcazə verilən kanallar', 'Channels allowed'),
        options: channelOptions,
      },
      {
        name: 'formReference',
        type: 'text',
        required: true,
        label: label('İmzalı formanın nömrəsi', 'Signed form reference'),
        admin: { placeholder: 'İAMBİ-2026/0001' },
      },
    ],
    ...overrides,
  }) as GroupField
