import type { Role } from '@/access/roles'
import type { Action } from '@/workflow/transitions'

import type { ApiClient } from './api'

type Workflowed = 'stories' | 'videos' | 'articles' | 'posters'

/** POST /api/<collection>/<id>/workflow/<action>, as the given user. */
export const takeAction = (
  api: ApiClient,
  token: string,
  collection: Workflowed,
  id: string | number,
  action: Action,
  comment?: string,
) =>
  api.post(`/api/${collection}/${id}/workflow/${action}`, {
    token,
    json: comment === undefined ? {} : { comment },
  })

/** The ordinary road to the public: the editor submits, a reviewer approves, then publishes. */
export const publishThroughWorkflow = async (
  api: ApiClient,
  tokens: Record<Role, string>,
  collection: Workflowed,
  id: string | number,
) => {
  const steps: [Role, Action][] = [
    ['editor', 'submit'],
    ['reviewer', 'approve'],
    ['reviewer', 'publish'],
  ]
  for (const [role, action] of steps) {
    const response = await takeAction(api, tokens[role], collection, id, action)
    if (response.status !== 200)
      throw new Error(`${action} as ${role}: ${response.status} ${JSON.stringify(response.body)}`)
  }
}
