import { randomBytes } from 'crypto'
import type { FieldHook } from 'payload'

/** Every partner gets a signing secret on creation; an admin may replace it to rotate it. */
export const generateWebhookSecret: FieldHook = ({ value, operation }) =>
  value || (operation === 'create' ? randomBytes(32).toString('base64url') : value)
