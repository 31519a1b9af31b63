import { createHash } from 'crypto'

/** Keys that are not content: editing them never needs a new review. */
export const notContent = new Set([
  'id',
  'workflow',
  '_status',
  'createdAt',
  'updatedAt',
  'deletedAt',
  // The zone a date was entered in, for the picker only: the instant is the content.
  'publishAt_tz',
  'unpublishAt_tz',
])

/** JSON with object keys sorted, so equal content always serialises alike. */
export const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  )

/** Empty is empty, however a client spells it. */
const normalise = (value: unknown) =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0) ? null : value

/** The fingerprint an approval is bound to: every content field in every language. */
export const contentHash = (doc: Record<string, unknown>): string =>
  createHash('sha256')
    .update(stableJson(Object.entries(doc).filter(([key]) => !notContent.has(key))))
    .digest('hex')

/** Whether a write changes any content field it names (one language at a time, as Payload writes). */
export const changesContent = (
  incoming: Record<string, unknown>,
  original: Record<string, unknown> | undefined,
): boolean =>
  Object.entries(incoming).some(
    ([key, value]) =>
      !notContent.has(key) &&
      stableJson(normalise(value)) !== stableJson(normalise(original?.[key])),
  )
