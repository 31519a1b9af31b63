import type { CollectionConfig } from 'payload'

import { canReadAudit } from '@/access/canReadAudit'
import { nobody } from '@/access/nobody'
import { label } from '@/i18n/label'
import { shownInWords } from '@/i18n/shownInWords'
import { auditActionLabels, workflowLabels } from '@/workflow/labels'
import { stages } from '@/workflow/transitions'

import { contentTypeWords } from '../contentTypeLabels'

const stageWords = Object.fromEntries(stages.map((stage) => [stage, workflowLabels[stage]]))

/**
 * What happened to campaign content, by whom and when: every workflow action, override and
 * scheduled action. Nobody can create, change or delete an entry through any API; the server
 * writes them (src/workflow/audit.ts).
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: label('Audit qeydi', 'Audit entry', 'Запись аудита'),
    plural: label('Audit jurnalı', 'Audit log', 'Журнал аудита'),
  },
  admin: {
    group: label('İdarəetmə', 'Administration', 'Администрирование'),
    useAsTitle: 'at',
    defaultColumns: [
      'at',
      'action',
      'targetCollection',
      'targetId',
      'fromStage',
      'toStage',
      'actor',
      'systemActor',
      'isOverride',
    ],
  },
  access: { read: canReadAudit, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-at',
  fields: [
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: label('Vaxt', 'When', 'Время'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'action',
      type: 'text',
      required: true,
      label: label('Əməliyyat', 'Action', 'Действие'),
      admin: { components: shownInWords(auditActionLabels) },
    },
    {
      name: 'targetCollection',
      type: 'text',
      required: true,
      label: label('Növ', 'Type', 'Тип'),
      admin: { components: shownInWords(contentTypeWords()) },
    },
    {
      name: 'targetId',
      type: 'text',
      required: true,
      index: true,
      label: label('Sənəd', 'Item', 'Материал'),
    },
    {
      name: 'fromStage',
      type: 'text',
      label: label('Əvvəlki mərhələ', 'From stage', 'Прежний этап'),
      admin: { components: shownInWords(stageWords) },
    },
    {
      name: 'toStage',
      type: 'text',
      label: label('Yeni mərhələ', 'To stage', 'Новый этап'),
      admin: { components: shownInWords(stageWords) },
    },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: label('Kim', 'Who', 'Кто') },
    {
      name: 'systemActor',
      type: 'select',
      label: label('Sistem', 'System', 'Система'),
      options: [
        {
          value: 'scheduler',
          label: label(
            'Cədvəl (avtomatik)',
            'Scheduler (automatic)',
            'Планировщик (автоматически)',
          ),
        },
      ],
    },
    {
      name: 'isOverride',
      type: 'checkbox',
      defaultValue: false,
      label: label('Admin istisnası', 'Admin override', 'Решение администратора'),
    },
    { name: 'comment', type: 'textarea', label: label('Şərh', 'Comment', 'Комментарий') },
    {
      name: 'contentHash',
      type: 'text',
      label: label('Məzmunun izi', 'Content fingerprint', 'Отпечаток содержания'),
    },
    // What else the action carried: the safety checklist, languages, organisations' sign-off.
    { name: 'details', type: 'json', label: label('Təfərrüat', 'Details', 'Подробности') },
  ],
}
