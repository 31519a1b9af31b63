import type { Field } from 'payload'

import { isStaffField } from '@/access/isStaff'
import { label } from '@/i18n/label'
import { workflowLabels } from '@/workflow/labels'
import { stages } from '@/workflow/transitions'

/** The workflow's buttons, at the top of the sidebar (src/workflow/admin/WorkflowActions.tsx). */
export const workflowActionsField = (): Field => ({
  name: 'workflowActions',
  type: 'ui',
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
  label: label('İş axını', 'Workflow'),
  access: { read: isStaffField },
  admin: { position: 'sidebar', readOnly: true },
  fields: [
    {
      name: 'stage',
      type: 'select',
      // No default here: the guarding hook sets it on every save (a new item starts as a draft).
      index: true,
      label: label('Mərhələ', 'Stage'),
      options: stages.map((value) => ({ value, label: workflowLabels[value] })),
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: label('Müəllif', 'Author'),
    },
    {
      name: 'lastEditor',
      type: 'relationship',
      relationTo: 'users',
      label: label('Son redaktə edən', 'Last edited by'),
    },
    {
      name: 'approvedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Təsdiqləyən', 'Approved by'),
    },
    { name: 'approvedAt', type: 'date', label: label('Təsdiq tarixi', 'Approved at') },
    { name: 'approvedHash', type: 'text', admin: { hidden: true } },
    { name: 'comment', type: 'textarea', label: label('Son şərh', 'Last comment') },
  ],
})
