import { relationId, type Id } from '@/db/relationId'

/** The images in a Lexical document: its upload nodes of the media collection. */
export const imagesInRichText = (node: unknown): Id[] => {
  if (!node || typeof node !== 'object') return []
  const { type, relationTo, value, root, children } = node as Record<string, unknown>
  const own = type === 'upload' && relationTo === 'media' ? [relationId(value)] : []
  const nested = [root, ...(Array.isArray(children) ? children : [])].flatMap(imagesInRichText)
  return [...own, ...nested].filter((id): id is Id => id !== null)
}
