import type { CollectionBeforeOperationHook } from 'payload'

import { refuse } from '@/http/refuse'

export const publishingIsAnAction =
  'Publishing is a workflow action (submit → approve → publish): save your changes as a draft (?draft=true, or "Save draft" in the admin).'

/**
 * A person's save is always a draft. Without `draft=true` Payload writes the live document
 * itself, which would replace (or take down) what reviewers approved and published, with no
 * review and no audit entry. The workflow's own writes pass `context.isWorkflowAction`.
 */
export const requireDraftSaves: CollectionBeforeOperationHook = ({
  args,
  context,
  operation,
  req,
}) => {
  if (operation !== 'update' || context.isWorkflowAction || !req.user || args.draft === true)
    return args
  throw refuse(403, publishingIsAnAction)
}
