import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

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

/** Reads a JSON body if there is one; anything else is a clear 400. */
const readBody = async (req: PayloadRequest): Promise<Body> => {
  const text = req.text ? await req.text() : ''
  if (!text.trim()) return {}
  try {
    const body: unknown = JSON.parse(text)
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Body
  } catch {
    // fall through
  }
  throw new APIError('The body must be a JSON object, e.g. {"comment": "…"}.', 400, undefined, true)
}

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
        throw new APIError(
          `Unknown workflow action "${String(action)}": use one of ${allActions.join(', ')}.`,
          404,
          undefined,
          true,
        )
      const { comment, checklist, locale } = await readBody(req)
      if (comment !== undefined && typeof comment !== 'string')
        throw new APIError('"comment" must be text.', 400, undefined, true)
      const item = target(req, collection)
      // One action at a time per item: each reads the workflow state and writes it back.
      const result = await withItemLock(req.payload, item, async () => {
        const isOwnTransaction = await initTransaction(req)
        try {
          const done =
            action === 'mark-ready'
              ? await markReady({ ...item, locale })
              : action === 'erase'
                ? await eraseStory(item)
                : await applyTransition({ ...item, action, comment, checklist })
          if (isOwnTransaction) await commitTransaction(req)
          return done
        } catch (err) {
          if (isOwnTransaction) await killTransaction(req)
          throw err
        }
      })
      notifyTransition({ ...item, action, comment, stage: (result as { stage?: string }).stage })
      return Response.json(result)
    },
  },
]
