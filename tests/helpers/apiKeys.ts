import type { ApiClient } from './api'

const keys = { partners: 'partner-key-0123456789abcdef', screens: 'screen-key-0123456789abcdef' }

export type KeyHolder = keyof typeof keys

/** The Authorization header of the partner's or the screen's API key. */
export const asKey = (principal: KeyHolder) => ({
  authorization: `${principal} API-Key ${keys[principal]}`,
})

/** Creates a partner and a screen (at a new location), each with its API key (see `asKey`). */
export const addKeyHolders = async (api: ApiClient, adminToken: string) => {
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
      apiKey: keys.partners,
    },
  })
  const screen = await api.post('/api/screens', {
    token: adminToken,
    json: {
      name: 'Nizami 1',
      location: location.body.doc.id,
      enableAPIKey: true,
      apiKey: keys.screens,
    },
  })
  for (const created of [location, partner, screen])
    if (created.status !== 201)
      throw new Error(`key holders: ${created.status} ${JSON.stringify(created.body)}`)
}
