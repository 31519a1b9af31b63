import type { GlobalConfig } from 'payload'

import { nobody } from '@/access/nobody'

/**
 * A token that changes, in the same transaction, with everything a channel serves (posters,
 * images, screens, stations, settings). Every app instance polls it and rebuilds what it serves
 * from memory when it changes, so instances behind one load balancer agree within a second.
 */
export const ChannelState: GlobalConfig = {
  slug: 'channel-state',
  admin: { hidden: true },
  access: { read: nobody, update: nobody },
  fields: [{ name: 'token', type: 'text' }],
}
