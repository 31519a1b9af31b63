import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/access/roles'
import {
  actions,
  decide,
  type Action,
  type Stage,
  type WorkflowState,
} from '@/workflow/transitions'

import type { ApiClient, Tokens } from '../helpers/api'
import { confirmedChecklist, fullConsent } from '../helpers/fixtures'
import { smallPng, uploadMedia } from '../helpers/media'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { takeAction } from '../helpers/workflow'

const collections = ['stories', 'videos', 'articles', 'posters'] as const
type Collection = (typeof collections)[number]
type Who = keyof Tokens

/**
 * The transition table over HTTP, on every workflowed collection: at each stage of the road to
 * the public, every user tries every action. Each refusal the table predicts must come back with
 * its status and reason and change nothing; the allowed steps are then taken by the right people.
 */
describe('every role × every action on every workflowed collection over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  const ids = {} as Record<Who, string | number>
  const roles = {} as Record<Who, Role[]>
  let artwork: string | number

  const create = async (collection: Collection) => {
    const json = {
      stories: { title: 'Cədvəl', pseudonym: 'Aysel', consent: fullConsent },
      videos: { title: 'Cədvəl', sourceType: 'external', externalUrl: 'https://v.example.org/1' },
      articles: { title: 'Cədvəl' },
      posters: { title: 'Cədvəl', artwork },
    }[collection]
    const created = await api.post(`/api/${collection}`, { token: tokens.editor, json })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.doc.id as string | number
  }
  const stateOf = async (collection: Collection, id: string | number): Promise<WorkflowState> => {
    const item = (await api.get(`/api/${collection}/${id}?draft=true`, { token: tokens.admin }))
      .body
    const live = await api.get(`/api/${collection}/${id}`, { token: tokens.admin })
    return {
      collection,
      stage: item.workflow.stage as Stage,
      isLive: live.body._status === 'published',
      authorId: item.workflow.author?.id ?? item.workflow.author,
      lastEditorId: item.workflow.lastEditor?.id ?? item.workflow.lastEditor,
      approvedHash: 'unchanged',
      currentHash: 'unchanged',
    }
  }
  /** Every refusal the table predicts at this stage, tried by everyone: none may change anything. */
  const tryRefusals = async (collection: Collection, id: string | number) => {
    const state = await stateOf(collection, id)
    let tried = 0
    for (const who of Object.keys(tokens) as Who[])
      for (const action of actions) {
        const expected = decide({
          action,
          actor: { id: ids[who], roles: roles[who] },
          state,
          comment: 'a comment',
        })
        if (expected.isAllowed) continue
        const response = await takeAction(api, tokens[who], collection, id, action, {
          comment: 'a comment',
        })
        expect(
          [response.status, response.body.errors?.[0]?.message],
          `${who} ${action} on ${collection} at ${state.stage}`,
        ).toEqual([expected.status, expected.reason])
        tried += 1
      }
    expect(await stateOf(collection, id)).toEqual(state)
    return tried
  }
  const step = async (who: Who, collection: Collection, id: string | number, action: Action) => {
    const response = await takeAction(api, tokens[who], collection, id, action, {
      checklist: confirmedChecklist,
    })
    expect(response.status, `${who} ${action}: ${JSON.stringify(response.body)}`).toBe(200)
  }

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
    for (const who of Object.keys(tokens) as Who[]) {
      const me = (await api.get('/api/users/me', { token: tokens[who] })).body.user
      ids[who] = me.id
      roles[who] = me.roles
    }
    artwork = (await uploadMedia(api, tokens.editor, await smallPng(), 'p.png', 'image/png')).body
      .doc.id
  })
  afterAll(async () => {
    await server?.stop()
  })

  it.each(collections)(
    'should refuse, with the table’s reason, everything but the road on %s',
    async (collection) => {
      const id = await create(collection)
      let tried = await tryRefusals(collection, id) // draft
      await step('editor', collection, id, 'submit')
      tried += await tryRefusals(collection, id) // in review
      await step('reviewer', collection, id, 'approve')
      if (collection === 'stories') await step('departmentReviewer', collection, id, 'approve')
      tried += await tryRefusals(collection, id) // approved
      await step('reviewer', collection, id, 'publish')
      tried += await tryRefusals(collection, id) // published
      await step('reviewer', collection, id, 'unpublish')
      tried += await tryRefusals(collection, id) // unpublished
      await step('editor', collection, id, 'archive')
      tried += await tryRefusals(collection, id) // archived
      await step('reviewer', collection, id, 'restore')
      expect((await stateOf(collection, id)).stage).toBe('draft')
      expect(tried).toBeGreaterThan(100)
    },
  )
})
