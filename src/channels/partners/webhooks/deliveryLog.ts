import type { Payload, PayloadRequest } from 'payload'

import type { DeliveryOutcome } from '@/collections/WebhookDeliveries'

import type { WebhookJobInput } from './queue'

/** SQLite's ids are numbers, MongoDB's strings: the job's input keeps them as text. */
export const partnerIdValue = (payload: Payload, id: string) =>
  payload.db.defaultIDType === 'number' ? Number(id) : id

/** One line in the admins' delivery log. */
export const logAttempt = async ({
  payload,
  req,
  input,
  ...attempt
}: {
  payload: Payload
  /** Inside the action's transaction when the delivery is skipped as it is queued. */
  req?: PayloadRequest
  input: WebhookJobInput
  attempt: number
  outcome: DeliveryOutcome
  statusCode?: number
  error?: string
  durationMs?: number
}) => {
  await payload.create({
    collection: 'webhook-deliveries',
    data: {
      at: new Date().toISOString(),
      partner: partnerIdValue(payload, input.partner) as never,
      delivery: input.delivery,
      event: input.event,
      itemType: input.type,
      itemId: input.itemId,
      ...attempt,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
