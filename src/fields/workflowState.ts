import type { Field } from 'payload'

import { isStaffField } from '@/access/isStaff'
import { label } from '@/i18n/label'
import { localeOptions } from '@/i18n/locales'
import { workflowLabels } from '@/workflow/labels'
import { stages } from '@/workflow/transitions'

/** The workflow panel, first in the sidebar (src/workflow/admin/WorkflowActions.tsx). */
export const workflowActionsField = (): Field => ({
  name: 'workflowActions',
  type: 'ui',
  label: label('İş axını əməliyyatları', 'Workflow actions', 'Действия рабочего процесса'),
  admin: {
    position: 'sidebar',
    components: { Field: '/workflow/admin/WorkflowActions#WorkflowActions' },
  },
})

/**
 * Where an item is in the approval workflow. Requests cannot set any of it: a hook restores it on
 * every save, and only the workflow's own actions (src/workflow) write it.
 */
export const workflowStateField = (): Field => ({
  name: 'workflow',
  type: 'group',
  label: label('İş axını', 'Workflow', 'Рабочий процесс'),
  access: { read: isStaffField },
  admin: { position: 'sidebar', readOnly: true },
  // A save that tries to change it is refused (src/hooks/rejectForbiddenFields.ts).
  custom: { isServerSet: true },
  fields: [
    {
      name: 'stage',
      type: 'select',
      // No default here: the guarding hook sets it on every save (a new item starts as a draft).
      index: true,
      label: label('Mərhələ', 'Stage', 'Этап'),
      options: stages.map((value) => ({ value, label: workflowLabels[value] })),
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: label('Müəllif', 'Author', 'Автор'),
    },
    {
      name: 'lastEditor',
      type: 'relationship',
      relationTo: 'users',
      label: label('Son redaktə edən', 'Last edited by', 'Последним редактировал'),
    },
    {
      name: 'approvedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Təsdiqləyən', 'Approved by', 'Одобрил'),
    },
    {
      name: 'approvedAt',
      type: 'date',
      label: label('Təsdiq tarixi', 'Approved at', 'Дата одобрения'),
    },
    { name: 'approvedHash', type: 'text', admin: { hidden: true } },
    // The panel shows the whole comment thread from the audit log instead.
    {
      name: 'comment',
      type: 'textarea',
      label: label('Son şərh', 'Last comment', 'Последний комментарий'),
      admin: { hidden: true },
    },
    // Per language: the fingerprints marked ready and approved (src/workflow/translations.ts).
    { name: 'locales', type: 'json', admin: { hidden: true } },
    // The approvals of each organisation for the current version (src/workflow/signOff.ts).
    { name: 'signOffs', type: 'json', admin: { hidden: true } },
    {
      name: 'publishedLocales',
      type: 'select',
      hasMany: true,
      index: true,
      label: label('Dərc edilmiş dillər', 'Published languages', 'Опубликованные языки'),
      options: localeOptions,
    },
    // The shared fields the live languages were approved with.
    { name: 'publishedSharedHash', type: 'text', admin: { hidden: true } },
    {
      name: 'withdrawnAt',
      type: 'date',
      label: label('Razılıq geri götürülüb', 'Consent withdrawn on', 'Дата отзыва согласия'),
      admin: { condition: (data) => Boolean(data?.workflow?.withdrawnAt) },
    },
    // The signed form that was withdrawn: consent on that form never counts again.
    { name: 'withdrawnFormReference', type: 'text', admin: { hidden: true } },
    {
      name: 'withdrawalReason',
      type: 'textarea',
      label: label('Geri götürülmə səbəbi', 'Reason for withdrawal', 'Причина отзыва'),
      admin: { condition: (data) => Boolean(data?.workflow?.withdrawnAt) },
    },
  ],
})

/** Each language's status in the list view (src/workflow/admin/TranslationStatusCell.tsx). */
export const translationStatusField = (): Field => ({
  name: 'translationStatus',
  type: 'ui',
  label: label('Dillər', 'Languages', 'Языки'),
  admin: {
    components: {
      Cell: '/workflow/admin/TranslationStatusCell#TranslationStatusCell',
    },
  },
})
