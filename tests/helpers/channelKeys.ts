import { expect } from 'vitest'

import type { ApiClient } from './api'

export const channelKeys = {
  partners: 'partner-key-0123456789abcdef',
  screens: 'screen-key-0123456789abcdef',
}
export type KeyedChannel = keyof typeof channelKeys

/** The header a partner's or a screen's system sends. */
export const asKey = (principal: KeyedChannel) => ({
  authorization: `${principal} API-Key ${channelKeys[principal]}`,
})

/** One partner and one screen (at a new station), each with its API key. */
export const createChannelKeys = async (api: ApiClient, adminToken: string) => {
  const location = await api.post('/api/locations', {
    token: adminToken,
    json: { name: 'Nizami', type: 'metro-station' },
  })
  const partner = await api.post('/api/partners', {
    token: adminToken,
    json: {
      name: 'Portal',
      contentTypes: ['stories'],
      languages: ['az'],
      enableAPIKey: true,
      apiKey: channelKeys.partners,
    },
  })
  expect(partner.status).toBe(201)
  const screen = await api.post('/api/screens', {
    token: adminToken,
    json: {
      name: 'Nizami 1',
      location: location.body.doc.id,
      enableAPIKey: true,
      apiKey: channelKeys.screens,
    },
  })
  expect(screen.status).toBe(201)
}
