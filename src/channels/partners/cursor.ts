import type { PartnerContentType } from '@/access/partnerScope'

/**
 * Where a partner is in its sync, handed out opaque: during the first sync, the snapshot's
 * place (type, language, last id) and the ledger position it continues from; afterwards, a
 * position in the publication ledger. (v1 cursors held times in the old change log: refused,
 * so a partner starts again rather than miss a change.)
 */
export type Cursor =
  | { mode: 'snapshot'; from: number; type: PartnerContentType; locale: string; afterId: string }
  | { mode: 'changes'; after: number }

const prefix = 'v2.'

export const encodeCursor = (cursor: Cursor) =>
  prefix + Buffer.from(JSON.stringify(cursor)).toString('base64url')

const isText = (value: unknown, max = 200): value is string =>
  typeof value === 'string' && value.length <= max

const isPosition = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

/** The cursor a partner sent back, or null when it is not one of ours. */
export const decodeCursor = (text: string): Cursor | null => {
  if (!text.startsWith(prefix) || text.length > 1000) return null
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(text.slice(prefix.length), 'base64url').toString('utf8'))
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const cursor = value as Record<string, unknown>
  if (cursor.mode === 'changes' && isPosition(cursor.after))
    return { mode: 'changes', after: cursor.after }
  if (
    cursor.mode === 'snapshot' &&
    isPosition(cursor.from) &&
    isText(cursor.type, 20) &&
    isText(cursor.locale, 5) &&
    isText(cursor.afterId, 64)
  )
    return {
      mode: 'snapshot',
      from: cursor.from,
      type: cursor.type as PartnerContentType,
      locale: cursor.locale,
      afterId: cursor.afterId,
    }
  return null
}
