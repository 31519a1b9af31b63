import { expect } from 'vitest'

import type { Workflowed } from '@/workflow/state'
import type { Action } from '@/workflow/transitions'

import type { ApiClient, Tokens } from './api'
import { confirmedChecklist, fullConsent } from './fixtures'

type ActionBody = { comment?: string; checklist?: object; locale?: string }

/** POST /api/<collection>/<id>/workflow/<action>, as the given user. */
export const takeAction = (
  api: ApiClient,
  token: string,
  collection: Workflowed,
  id: string | number,
  action: Action | 'mark-ready' | 'erase',
  body: string | ActionBody = {},
) =>
  api.post(`/api/${collection}/${id}/workflow/${action}`, {
    token,
    json: typeof body === 'string' ? { comment: body } : body,
  })

/** A reviewer's action that must succeed: the test stops with the refusal if it does not. */
export const reviewerTakes = async (
  api: ApiClient,
  tokens: Tokens,
  collection: Workflowed,
  id: string | number,
  action: Action,
  body: string | ActionBody = {},
) => {
  const response = await takeAction(api, tokens.reviewer, collection, id, action, body)
  if (response.status !== 200)
    throw new Error(`${action}: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body
}

/**
 * The ordinary road to the public: the editor submits (unless an edit of the live item put it
 * back in review), a reviewer approves (for a story: with the safety checklist, and a reviewer
 * of the police department too), then publishes.
 */
export const publishThroughWorkflow = async (
  api: ApiClient,
  tokens: Tokens,
  collection: Workflowed,
  id: string | number,
) => {
  const isStory = collection === 'stories'
  const approval = isStory ? { checklist: confirmedChecklist } : {}
  // Settings' defaults: stories and brochures need a reviewer of each organisation.
  const bothOrganisations = isStory || collection === 'brochures'
  // An edit of a live item is back in review already.
  const { stage } = (await api.get(`/api/${collection}/${id}/workflow`, { token: tokens.reviewer }))
    .body as { stage: string }
  const steps: [keyof Tokens, Action, ActionBody][] = [
    ...(stage === 'in-review'
      ? []
      : [['editor', 'submit', {}] as [keyof Tokens, Action, ActionBody]]),
    ['reviewer', 'approve', approval],
    ...(bothOrganisations
      ? [['departmentReviewer', 'approve', approval] as [keyof Tokens, Action, ActionBody]]
      : []),
    ['reviewer', 'publish', {}],
  ]
  for (const [who, action, body] of steps) {
    const response = await takeAction(api, tokens[who], collection, id, action, body)
    if (response.status !== 200)
      throw new Error(
        `${action} as ${String(who)}: ${response.status} ${JSON.stringify(response.body)}`,
      )
  }
}

/** A story the editor has written (consent for everything) and submitted for review. */
export const submittedStory = async (api: ApiClient, tokens: Tokens, title: string) => {
  const created = await api.post('/api/stories', {
    token: tokens.editor,
    json: { title, pseudonym: 'Aygün', consent: fullConsent },
  })
  const id = created.body.doc.id as number | string
  const submitted = await takeAction(api, tokens.editor, 'stories', id, 'submit')
  if (submitted.status !== 200) throw new Error(`submit: ${JSON.stringify(submitted.body)}`)
  return id
}

/** A draft saved in one language, as staff save in the admin; the test stops if it is refused. */
export const saveDraft = async (
  api: ApiClient,
  token: string,
  collection: Workflowed,
  id: string | number,
  locale: string,
  data: object,
) => {
  const saved = await api.patch(`/api/${collection}/${id}?locale=${locale}&draft=true`, {
    token,
    json: data,
  })
  expect(saved.status, JSON.stringify(saved.body)).toBe(200)
  return saved
}
