import type { Condition, FieldHook, GroupField } from 'payload'

import { canRecordConsent } from '@/access/canRecordConsent'
import { isStaffField } from '@/access/isStaff'
import { label } from '@/i18n/label'
import { localeOptions } from '@/i18n/locales'
import { consentChannels, consentMediaTypes } from '@/workflow/consent'

const channelLabels = {
  website: label('Veb-saytlar', 'Websites', 'Веб-сайты'),
  partners: label('Media tərəfdaşları', 'Media partners', 'Медиапартнёры'),
  screens: label('Metro ekranları', 'Metro screens', 'Экраны в метро'),
  print: label('Çap materialları', 'Print', 'Печатные материалы'),
}
const mediaTypeLabels = {
  text: label('Mətn', 'Text', 'Текст'),
  image: label('Şəkil', 'Image', 'Изображение'),
  video: label('Video', 'Video', 'Видео'),
}
// A form reference typed with a space around it is the same reference: "public now" reads one
// that starts with a space as none (src/ledger/publicNow.ts).
const trimmed: FieldHook = ({ value }) => (typeof value === 'string' ? value.trim() : value)
const whenMinor: Condition = (_data, siblingData) => Boolean(siblingData?.isMinor)

/**
 * What the person who told the story agreed to: channels, languages, media and until when. It
 * records the agreement, never the person: the signed form stays with the department and is found
 * by its reference. Nothing in it is required on a save, so a draft waits for the signed form
 * without inventing values; a missing value means no consent. The workflow refuses an incomplete
 * record on submit, approve and publish (src/workflow/consent.ts), every public read
 * checks it again (src/ledger/publicNow.ts), and a narrowed record applies to the live
 * story at once (src/collections/Stories/hooks/narrowLiveConsent.ts).
 */
export const consentRecordField = (): GroupField => ({
  name: 'consent',
  type: 'group',
  label: label('Razılıq qeydi', 'Consent record', 'Запись о согласии'),
  access: { read: isStaffField, create: canRecordConsent, update: canRecordConsent },
  admin: {
    description: label(
      'Şəxsin adını və ya şəxsiyyətini heç vaxt bura yazmayın: yalnız İdarənin imzalı formaya verdiyi nömrə. Qaralama natamam qeydlə saxlanır; rəyə göndərmək üçün qeyd tam olmalıdır.',
      "Never write the person's name or identity here: only the department's reference for the signed form. A draft saves with an incomplete record; submitting for review needs it complete.",
      'Никогда не пишите здесь имя или личность человека: только номер подписанной формы, присвоенный управлением. Черновик сохраняется с неполной записью; для отправки на проверку запись должна быть полной.',
    ),
  },
  fields: [
    { name: 'givenAt', type: 'date', label: label('Verilib', 'Given on', 'Дата согласия') },
    {
      name: 'expiresAt',
      type: 'date',
      label: label('Qüvvədədir (tarixədək)', 'Valid until', 'Действует до'),
      admin: {
        description: label(
          'Bu tarixdə hekayə bütün kanallardan özü çıxır',
          'On this date the story leaves every channel by itself',
          'В этот день история сама уходит из всех каналов',
        ),
      },
    },
    {
      name: 'channels',
      type: 'select',
      hasMany: true,
      label: label('İcazə verilən kanallar', 'Channels allowed', 'Разрешённые каналы'),
      options: consentChannels.map((value) => ({ value, label: channelLabels[value] })),
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      label: label('İcazə verilən dillər', 'Languages allowed', 'Разрешённые языки'),
      options: localeOptions,
    },
    {
      name: 'mediaTypes',
      type: 'select',
      hasMany: true,
      label: label('İcazə verilən media', 'Media allowed', 'Разрешённые медиа'),
      options: consentMediaTypes.map((value) => ({ value, label: mediaTypeLabels[value] })),
    },
    {
      name: 'formReference',
      type: 'text',
      label: label('İmzalı formanın nömrəsi', 'Signed form reference', 'Номер подписанной формы'),
      hooks: { beforeValidate: [trimmed] },
      admin: { placeholder: 'İAMBİ-2026/0001' },
    },
    {
      name: 'isMinor',
      type: 'checkbox',
      defaultValue: false,
      label: label(
        'Hekayəni danışan azyaşlı olub',
        'Told by someone who was a minor',
        'Рассказчик был несовершеннолетним',
      ),
    },
    {
      name: 'guardianGivenAt',
      type: 'date',
      label: label(
        'Qəyyumun razılığı verilib',
        "Guardian's consent given on",
        'Дата согласия опекуна',
      ),
      admin: { condition: whenMinor },
    },
    {
      name: 'guardianFormReference',
      type: 'text',
      label: label(
        'Qəyyumun imzalı formasının nömrəsi',
        "Guardian's signed form reference",
        'Номер подписанной формы опекуна',
      ),
      hooks: { beforeValidate: [trimmed] },
      admin: { condition: whenMinor },
    },
  ],
})
