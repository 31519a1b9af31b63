import type { TextFieldSingleValidation } from 'payload'

import { privateAddressOf, privateAddressRefusal } from './privateAddress'
import { webhookSettings } from './settings'
import { validateHttpUrl } from '@/fields/httpUrl'

/**
 * A webhook URL is an http(s) address that, where sending refuses private and loopback
 * networks (production, unless WEBHOOK_ALLOW_PRIVATE_NETWORK), reaches none: refused on save as
 * it would be on every delivery, its name resolved as sending resolves it.
 */
export const validateWebhookUrl: TextFieldSingleValidation = async (value, options) => {
  const valid = validateHttpUrl(value, options)
  if (valid !== true || !value || webhookSettings().isPrivateNetworkAllowed) return valid
  const blocked = await privateAddressOf(value)
  return blocked ? `${privateAddressRefusal(blocked)}.` : true
}
