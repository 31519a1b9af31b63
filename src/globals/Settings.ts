import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { isStaffField } from '@/access/isStaff'
import { label } from '@/i18n/label'
import { recordSettingsChange } from '@/ledger/hooks'

import { pageAddressesField } from './pageAddresses'

/**
 * Campaign-wide facts every channel prints: above all, the hotline. Print adds its own group
 * (src/channels/print/settingsFields.ts, wired in payload.config.ts).
 */
export const Settings: GlobalConfig = {
  slug: 'settings',
  label: label('Parametrlər', 'Settings', 'Настройки'),
  admin: { group: label('İdarəetmə', 'Administration', 'Администрирование') },
  access: { read: anyone, update: isAdmin },
  // Every channel draws the hotline; print files carry the sizes too.
  hooks: { afterChange: [recordSettingsChange] },
  fields: [
    {
      name: 'hotlines',
      type: 'array',
      required: true,
      minRows: 1,
      label: label('Qaynar xətt', 'Hotline', 'Горячая линия'),
      labels: {
        singular: label('Nömrə', 'Number', 'Номер'),
        plural: label('Nömrələr', 'Numbers', 'Номера'),
      },
      fields: [
        { name: 'number', type: 'text', required: true, label: label('Nömrə', 'Number', 'Номер') },
        {
          name: 'label',
          type: 'text',
          required: true,
          localized: true,
          label: label('Yazı', 'Label', 'Подпись'),
        },
        {
          name: 'isSample',
          type: 'checkbox',
          defaultValue: false,
          label: label(
            'Nümunə nömrədir (real deyil)',
            'Sample number (not real)',
            'Номер-образец (не настоящий)',
          ),
        },
      ],
    },
    {
      name: 'organisations',
      type: 'group',
      label: label('Təşkilatlar', 'Organisations', 'Организации'),
      fields: [
        {
          name: 'campaign',
          type: 'text',
          localized: true,
          label: label(
            'Kampaniyanı aparan təşkilat',
            'Campaign organisation',
            'Организация, ведущая кампанию',
          ),
        },
        {
          name: 'department',
          type: 'text',
          localized: true,
          label: label('Polis idarəsi', 'Police department', 'Управление полиции'),
        },
        {
          name: 'funder',
          type: 'text',
          localized: true,
          label: label('Maliyyələşdirən', 'Funder', 'Спонсор'),
        },
      ],
    },
    {
      // Which types need a reviewer of each organisation (src/workflow/signOff.ts).
      name: 'twoOrganisationSignOff',
      type: 'group',
      label: label(
        'İki təşkilatın təsdiqi',
        'Sign-off by both organisations',
        'Одобрение обеих организаций',
      ),
      access: { read: isStaffField },
      fields: (
        [
          ['stories', true, 'Hekayələr', 'Stories', 'Истории'],
          ['videos', false, 'Videolar', 'Videos', 'Видео'],
          ['articles', false, 'Məqalələr', 'Articles', 'Статьи'],
          ['posters', false, 'Plakatlar', 'Posters', 'Плакаты'],
          ['brochures', true, 'Broşuralar', 'Brochures', 'Брошюры'],
        ] as const
      ).map(([name, defaultValue, az, en, ru]) => ({
        name,
        type: 'checkbox' as const,
        defaultValue,
        label: label(az, en, ru),
      })),
    },
    pageAddressesField,
    {
      name: 'screenPollSeconds',
      type: 'number',
      required: true,
      defaultValue: 30,
      min: 5,
      max: 3600,
      label: label(
        'Ekranların sorğu aralığı (saniyə)',
        "Screens' poll interval (seconds)",
        'Интервал опроса экранов (секунды)',
      ),
    },
  ],
}
