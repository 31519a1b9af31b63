import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import { refuse } from '@/http/refuse'

/**
 * Approvals bind an image by its id, so what stands behind an id must not change under them:
 * only an admin may replace an image's file, clear its "identifiable person" flag or change whether
 * it may be cropped (which changes every format a poster prints and plays at). Anyone else
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
  // Any value sent is stored as it is, null too, which reads as unticked: compare as booleans.
  if (
    originalDoc?.isIdentifiablePerson &&
    data.isIdentifiablePerson !== undefined &&
    !data.isIdentifiablePerson
  )
    throw refuse(403, 'Only an admin clears the "identifiable person" flag.')
  if (
    data.safeToCrop !== undefined &&
    Boolean(data.safeToCrop) !== Boolean(originalDoc?.safeToCrop)
  )
    throw refuse(
      403,
      'Only an admin changes whether an image may be cropped: approved posters may show it. Upload it again with the box set as it should be.',
    )
  return data
}
