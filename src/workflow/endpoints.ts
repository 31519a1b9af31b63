import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { readJsonObject } from '@/http/jsonBody'
import { refuse } from '@/http/refuse'
import { withTransaction } from '@/http/transaction'

import { applyTransition, availableActions } from './applyTransition'
import { eraseStory } from './erase'
import { withItemLock } from './itemLock'
import { markReady } from './markReady'
import { notifyTransition } from './notify'
import { actions, type Action } from './transitions'

/** Beside the transitions: a language marked ready, and a withdrawn story erased. */
const otherActions = ['mark-ready', 'erase'] as const
type AnyAction = Action | (typeof otherActions)[number]
const allActions: readonly AnyAction[] = [...actions, ...otherActions]
const isAction = (value: unknown): value is AnyAction => allActions.includes(value as AnyAction)

type Body = { comment?: unknown; checklist?: unknown; locale?: unknown }

const target = (req: PayloadRequest, collection: CollectionSlug) => ({
  req,
  collection: collection as never,
  id: String(req.routeParams?.id),
})

/** A JSON body if there is one; anything else is a clear 400. */
const readBody = (req: PayloadRequest): Promise<Body> =>
  readJsonObject(req, { example: '{"comment": "…"}' })

/** The workflow endpoints of one collection: its state and actions, and taking an action. */
export const workflowEndpoints = (collection: CollectionSlug): Endpoint[] => [
  {
    path: '/:id/workflow',
    method: 'get',
    handler: async (req) => {
      return Response.json(await availableActions(target(req, collection)))
    },
  },
  {
    path: '/:id/workflow/:action',
    method: 'post',
    handler: async (req) => {
      const action = req.routeParams?.action
      if (!isAction(action))
        throw refuse(
          404,
          `Unknown workflow action "${String(action)}": use one of ${allActions.join(', ')}.`,
        )
      const { comment, checklist, locale } = await readBody(req)
      if (comment !== undefined && typeof comment !== 'string')
        throw refuse(400, '"comment" must be text.')
      const item = target(req, collection)
      // One action at a time per item: each reads the workflow state and writes it back.
      const result = await withItemLock(req.payload, item, () =>
        withTransaction(req, async () =>
          action === 'mark-ready'
            ? await markReady({ ...item, locale })
            : action === 'erase'
              ? await eraseStory(item)
              : await applyTransition({ ...item, action, comment, checklist }),
        ),
      )
      notifyTransition({ ...item, action, comment, stage: (result as { stage?: string }).stage })
      return Response.json(result)
    },
  },
]
