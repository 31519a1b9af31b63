import type { ApiClient, Tokens } from './api'
import { smallPng, uploadMedia } from './media'
import { publishThroughWorkflow, takeAction } from './workflow'

/**
 * A landscape poster with artwork in az (and in en when `en` is its English title), published
 * through the workflow: the translator marks the English ready, so both languages go live.
 */
export const publishPoster = async ({
  api,
  tokens,
  title,
  en,
  fields = {},
}: {
  api: ApiClient
  tokens: Tokens
  title: string
  en?: string
  fields?: object
}) => {
  const artwork = (await uploadMedia(api, tokens.editor, await smallPng(), 'p.png', 'image/png'))
    .body.doc.id
  const created = await api.post('/api/posters', {
    token: tokens.editor,
    json: { title, artwork, ...fields },
  })
  if (created.status !== 201) throw new Error(`poster: ${JSON.stringify(created.body)}`)
  const id = created.body.doc.id as string | number
  if (en) {
    await api.patch(`/api/posters/${id}?draft=true&locale=en`, {
      token: tokens.translator,
      json: { title: en, artwork },
    })
    await takeAction(api, tokens.translator, 'posters', id, 'mark-ready', { locale: 'en' })
  }
  await publishThroughWorkflow(api, tokens, 'posters', id)
  return id
}
