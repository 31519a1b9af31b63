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

/** A media partner with its own key; returns its id and the header its system sends. */
export const createPartner = async (
  api: ApiClient,
  adminToken: string,
  partner: {
    name: string
    contentTypes: string[]
    languages: string[]
    apiKey: string
    webhookUrl?: string
    webhookSecret?: string
  },
) => {
  const created = await api.post('/api/partners', {
    token: adminToken,
    json: { ...partner, enableAPIKey: true },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return {
    id: created.body.doc.id as number | string,
    headers: { authorization: `partners API-Key ${partner.apiKey}` },
  }
}

/**
 * The two partners the partner API's tests read as: a news portal taking stories and articles
 * in az and en, and a district paper taking articles in az only.
 */
export const createNewsAndSmallPartners = async (
  api: ApiClient,
  adminToken: string,
  keyPrefix: string,
) => ({
  news: await createPartner(api, adminToken, {
    name: 'Xəbər portalı',
    contentTypes: ['stories', 'articles'],
    languages: ['az', 'en'],
    apiKey: `${keyPrefix}-news-key-0123456789`,
  }),
  small: await createPartner(api, adminToken, {
    name: 'Rayon qəzeti',
    contentTypes: ['articles'],
    languages: ['az'],
    apiKey: `${keyPrefix}-small-key-0123456789`,
  }),
})

/** One partner and one screen (at a new station), each with its API key. */
export const createChannelKeys = async (api: ApiClient, adminToken: string) => {
  const location = await api.post('/api/locations', {
    token: adminToken,
    json: { name: 'Nizami', type: 'metro-station' },
  })
  await createPartner(api, adminToken, {
    name: 'Portal',
    contentTypes: ['stories', 'articles'],
    languages: ['az', 'en'],
    apiKey: channelKeys.partners,
  })
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
