import { NotFound, type Endpoint, type SanitizedConfig } from 'payload'

import { isWellFormedId } from '@/http/ids'

/**
 * Payload turns the id in an address into a number with parseFloat before any hook sees it, so
 * `1abc`, `01`, `1e0`, ` 1`, `+1` and `1.0` would all read item 1. The id as written in the
 * address must already be one: anything else is not there (404).
 */
const withStrictId = (endpoint: Endpoint): Endpoint =>
  endpoint.path.includes(':id')
    ? {
        ...endpoint,
        handler: (req) => {
          const id = req.routeParams?.id
          if (id !== undefined && !isWellFormedId(id, req.payload.db.name))
            throw new NotFound(req.t)
          return endpoint.handler(req)
        },
      }
    : endpoint

/**
 * Every route of every collection and global that names an id (Payload's own and ours, e.g.
 * /:id/workflow/:action) checks it strictly. A collection with no routes at all (Payload's
 * payload-migrations) answers 404 like any other unknown address, instead of 501.
 */
export const withStrictIdRoutes = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections)
    collection.endpoints = collection.endpoints ? collection.endpoints.map(withStrictId) : []
  for (const global of config.globals)
    global.endpoints = global.endpoints ? global.endpoints.map(withStrictId) : []
  return config
}
