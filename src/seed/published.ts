import type { PayloadRequest } from 'payload'

import { contentHash } from '@/workflow/content'
import type { Workflowed } from '@/workflow/state'
import {
  localeHash,
  localizedShapeOf,
  missingRequired,
  sharedHash,
  textHash,
} from '@/workflow/translations'
import { locales } from '@/i18n/locales'

/**
 * The sample's published items are written as if they had been through the workflow: every
 * language they have is ready, approved and live, with the fingerprints a real approval records.
 */
export const markSeededPublished = async (
  req: PayloadRequest,
  collection: Workflowed,
  id: string | number,
) => {
  const base = { collection, id, depth: 0, overrideAccess: true, req } as const
  const latest = (await req.payload.findByID({ ...base, draft: true, locale: 'all' })) as Record<
    string,
    any
  >
  const shape = localizedShapeOf(req.payload.collections[collection].config.fields)
  const written = locales.filter((locale) => !missingRequired(latest, shape, locale).length)
  // Payload merges `context` into the shared request's for good: without putting it back, every
  // later save of the seed would pass as a workflow action, past the hook that sets the stage.
  const { isWorkflowAction } = req.context
  await req.payload
    .update({
      ...base,
      locale: 'az',
      draft: false,
      context: { isWorkflowAction: true },
      data: {
        _status: 'published',
        workflow: {
          ...latest.workflow,
          stage: 'published',
          approvedHash: contentHash(latest),
          locales: Object.fromEntries(
            written.map((locale) => [
              locale,
              {
                readyHash: textHash(latest, shape, locale),
                approvedHash: localeHash(latest, shape, locale),
              },
            ]),
          ),
          publishedLocales: written,
          publishedSharedHash: sharedHash(latest, shape),
        },
      } as never,
    })
    .finally(() => {
      req.context.isWorkflowAction = isWorkflowAction
    })
}
