import type { CollectionBeforeChangeHook } from 'payload'

import { isStaffUser } from '@/access/roles'

import { changesContent } from '../content'
import { refuse } from '@/http/refuse'

import { publishingIsAnAction } from './requireDraftSaves'
import { stageAfterEdit, type Stage } from '../transitions'

/**
 * On every ordinary save: the workflow state stays what it was (a request cannot set it), the
 * author and last editor are recorded, content edited after approval goes back to review, and a
 * save that would publish is refused. The workflow's own writes pass `context.isWorkflowAction`.
 * Writes without a user (seeding, scripts) cannot publish either; they keep the stage as it is.
 */
export const protectWorkflow: CollectionBeforeChangeHook = ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (context.isWorkflowAction) return data
  const previous = (originalDoc?.workflow ?? {}) as Record<string, unknown> & { stage?: Stage }
  const stage = previous.stage ?? 'draft'
  if (data._status === 'published') throw refuse(403, publishingIsAnAction)
  if (!req.user) return { ...data, workflow: { ...previous, stage } }
  const isEdit = operation === 'create' || changesContent(data, originalDoc)
  const editor = isStaffUser(req.user) ? req.user.id : undefined
  return {
    ...data,
    workflow: {
      ...previous,
      stage: isEdit ? stageAfterEdit(stage) : stage,
      author: operation === 'create' ? editor : previous.author,
      lastEditor: isEdit && editor ? editor : previous.lastEditor,
    },
  }
}
