import type { UploadFieldSingleValidation } from 'payload'

/**
 * An image flagged as showing an identifiable person can never illustrate a victim's story:
 * the flag is the photographer's or editor's warning that the face or the place is recognisable.
 */
export const notIdentifiable: UploadFieldSingleValidation = async (value, { req }) => {
  if (!value) return true
  const id = typeof value === 'object' && 'id' in value ? value.id : value
  const media = await req.payload.findByID({
    collection: 'media',
    id: id as string,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!media) return 'This image does not exist.'
  return media.isIdentifiablePerson
    ? 'This image shows an identifiable person: it cannot be attached to a victim’s story.'
    : true
}
