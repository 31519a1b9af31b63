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
import { notifyTransition } from './notify'
import { actions, type Action } from './transitions'

const isAction = (value: unknown): value is Action => actions.includes(value as Action)

const target = (req: PayloadRequest, collection: CollectionSlug) => ({
  req,
  collection: collection as never,
  id: String(req.routeParams?.id),
})

/** Reads a JSON body if there is one; anything else is a clear 400. */
const readBody = async (req: PayloadRequest): Promise<{ comment?: unknown }> => {
  const text = req.text ? await req.text() : ''
  if (!text.trim()) return {}
  try {
    const body: unknown = JSON.parse(text)
    if (body && typeof body === 'object' && !Array.isArray(body))
      return body as { comment?: unknown }
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
          `Unknown workflow action "${String(action)}": use one of ${actions.join(', ')}.`,
          404,
          undefined,
          true,
        )
      const { comment } = await readBody(req)
      if (comment !== undefined && typeof comment !== 'string')
        throw new APIError('"comment" must be text.', 400, undefined, true)
      const isOwnTransaction = await initTransaction(req)
      try {
        const result = await applyTransition({ ...target(req, collection), action, comment })
        if (isOwnTransaction) await commitTransaction(req)
        notifyTransition({ ...target(req, collection), action, comment })
        return Response.json(result)
      } catch (err) {
        if (isOwnTransaction) await killTransaction(req)
        throw err
      }
    },
  },
]
