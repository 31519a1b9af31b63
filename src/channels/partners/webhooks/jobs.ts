import type { JobsConfig, TaskConfig } from 'payload'

import { locales } from '@/i18n/locales'

import { partnerContentTypeSlugs } from '@/access/partnerScope'
import { attemptOnce } from './attemptOnce'
import { attemptDelivery } from './deliver'
import { webhookEvents } from './events'
import {
  webhookQueue,
  webhooksFromLedger,
  webhooksFromLedgerTask,
  type WebhookJobInput,
} from './queue'
import { webhookSettings } from './settings'

const settings = webhookSettings()

const deliverWebhook: TaskConfig<'deliverWebhook'> = {
  slug: 'deliverWebhook',
  label: 'Deliver a webhook to a partner',
  inputSchema: [
    { name: 'delivery', type: 'text', required: true },
    { name: 'partner', type: 'text', required: true },
    { name: 'event', type: 'select', options: [...webhookEvents], required: true },
    { name: 'type', type: 'select', options: [...partnerContentTypeSlugs], required: true },
    { name: 'itemId', type: 'text', required: true },
    { name: 'locales', type: 'select', hasMany: true, options: [...locales], required: true },
    { name: 'occurredAt', type: 'text', required: true },
  ],
  // Payload waits retryDelayMs × 2^(attempts so far) before the next attempt.
  retries: {
    attempts: settings.maxAttempts - 1,
    backoff: { type: 'exponential', delay: settings.retryDelayMs },
  },
  handler: async ({ input, job, req }) => {
    const attempt = (job.totalTried ?? 0) + 1
    const { isDelivered, error } = await attemptOnce(
      req.payload,
      { delivery: (input as WebhookJobInput).delivery, attempt },
      () =>
        attemptDelivery({
          payload: req.payload,
          input: input as WebhookJobInput,
          attempt,
          settings,
        }),
    )
    return isDelivered || !error
      ? { output: {} }
      : { state: 'failed', errorMessage: `Webhook not delivered: ${error}` }
  },
}

/** Turns new ledger entries into deliveries; the ledger's writer wakes it (src/ledger/record.ts). */
const followForWebhooks: TaskConfig<'webhooksFromLedger'> = {
  slug: webhooksFromLedgerTask,
  label: 'Queue webhooks for new publication ledger entries',
  outputSchema: [{ name: 'followed', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { followed: await webhooksFromLedger(req.payload) } }),
}

/** How the ledger wakes the webhooks' consumer (listed in payload.config's ledgerFollowers). */
export const webhooksFollower = {
  task: webhooksFromLedgerTask,
  queue: webhookQueue,
  channel: 'partners',
} as const

/**
 * Deliveries run on a queue of their own, every two seconds in a running server whether or not
 * the scheduler is on: a partner hears of a change within seconds, not at the next minute, and
 * one failing partner's retries never hold up the scheduler. The attempts log themselves
 * (webhook-deliveries), so the runner's own messages stay quiet.
 */
export const withWebhookJobs = (jobs: JobsConfig): JobsConfig => ({
  ...jobs,
  tasks: [...(jobs.tasks ?? []), followForWebhooks, deliverWebhook],
  autoRun: [
    ...((jobs.autoRun as Exclude<JobsConfig['autoRun'], Function>) ?? []),
    {
      cron: '*/2 * * * * *',
      queue: webhookQueue,
      limit: 20,
      disableScheduling: true,
      silent: true,
    },
  ],
})
