import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import { refuse } from '@/http/refuse'

/**
 * Approvals bind an image by its id, so what stands behind an id must not change under them:
 * only an admin may replace an image's file or clear its "identifiable person" flag. Anyone else
 * uploads a new image, and content that uses it goes through review again.
 */
export const protectReviewedImages: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !req.user || hasRole(req.user, 'admin')) return data
  if (req.file)
    throw refuse(
      403,
      'Upload a new image instead of replacing this one: approved content may show it.',
    )
  if (originalDoc?.isIdentifiablePerson && data.isIdentifiablePerson === false)
    throw refuse(403, 'Only an admin clears the "identifiable person" flag.')
  return data
}
