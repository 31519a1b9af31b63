import { setTimeout as wait } from 'timers/promises'
import type { Payload } from 'payload'

import type { WebhookDelivery } from '@/payload-types'

import { webhookTimeoutMs } from './deliver'

type Outcome = { isDelivered: boolean; error?: string }

/**
 * Sends one attempt of a delivery once, however many runners picked its job: the queue's own
 * two-second run and an admin's run can both claim the same job (Payload claims jobs by finding
 * and then updating them). The first to take the attempt's unique key sends it; another waits for
 * the attempt's log entry and reports the same outcome, so the job ends the same either way.
 */
export const attemptOnce = async (
  payload: Payload,
  { delivery, attempt }: { delivery: string; attempt: number },
  send: () => Promise<Outcome>,
): Promise<Outcome> => {
  const at = new Date().toISOString()
  try {
    await payload.db.create({
      collection: 'workflow-locks',
      data: { key: `webhook:${delivery}:${attempt}`, at, createdAt: at, updatedAt: at },
      returning: false,
    })
  } catch {
    return outcomeLogged(payload, { delivery, attempt })
  }
  return send()
}

/** The outcome the runner that took the attempt logged; a failure if it never does. */
const outcomeLogged = async (
  payload: Payload,
  { delivery, attempt }: { delivery: string; attempt: number },
): Promise<Outcome> => {
  const deadline = Date.now() + webhookTimeoutMs + 5_000
  for (let delay = 50; Date.now() < deadline; delay = Math.min(delay * 2, 1_000)) {
    const { docs } = await payload.db.find<WebhookDelivery>({
      collection: 'webhook-deliveries',
      where: { and: [{ delivery: { equals: delivery } }, { attempt: { equals: attempt } }] },
      limit: 1,
      pagination: false,
    })
    const logged = docs[0]
    if (logged)
      return logged.outcome === 'failed'
        ? { isDelivered: false, error: logged.error ?? 'failed' }
        : { isDelivered: logged.outcome === 'delivered' }
    await wait(delay)
  }
  return { isDelivered: false, error: 'Another runner took this attempt and did not finish it' }
}
