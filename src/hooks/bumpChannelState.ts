import { randomUUID } from 'crypto'
import type { PayloadRequest } from 'payload'

/**
 * After a change a channel serves, inside the change's own transaction: a new token, so no
 * instance sees the token before it can see the change. Any value will do; no counter to race on.
 */
export const bumpChannelState = async ({ req }: { req: PayloadRequest }) => {
  await req.payload.updateGlobal({
    slug: 'channel-state',
    data: { token: randomUUID() },
    overrideAccess: true,
    req,
  })
}
