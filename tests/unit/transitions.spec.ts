import { describe, expect, it } from 'vitest'

import type { Role } from '@/access/roles'
import { actions, decide, stageAfterEdit, stages, type WorkflowState } from '@/workflow/transitions'

const roles: Role[] = ['editor', 'translator', 'reviewer', 'admin']
const someoneElse = {
  authorId: 'author',
  lastEditorId: 'author',
  approvedHash: 'h',
  currentHash: 'h',
}

/** Who may take each action from which stage (live items in brackets), as built. */
const tableAsBuilt = () =>
  actions
    .map((action) => {
      const cells = roles.map((role) => {
        const allowed = stages.flatMap((stage) =>
          [false, true].flatMap((isLive) => {
            const decision = decide({
              action,
              actor: { id: 'me', roles: [role] },
              state: { collection: 'stories', stage, isLive, ...someoneElse },
              comment: 'x',
            })
            if (!decision.isAllowed) return []
            return [`${isLive ? `[${stage}]` : stage}${decision.isOverride ? '*' : ''}`]
          }),
        )
        return `${role}: ${allowed.join(' ') || '-'}`
      })
      return `${action} → ${cells.join(' | ')}`
    })
    .join('\n')

const everyStage = (mark: string) =>
  stages.map((stage) => `${stage}${mark} [${stage}]${mark}`).join(' ')

describe('the workflow transition table', () => {
  it('should be exactly this (* = admin override, recorded as such)', () => {
    expect(tableAsBuilt()).toBe(
      [
        'submit → editor: draft [draft] changes-requested [changes-requested] unpublished [unpublished] | translator: - | reviewer: - | admin: draft* [draft]* changes-requested* [changes-requested]* unpublished* [unpublished]*',
        'request-changes → editor: - | translator: - | reviewer: in-review [in-review] approved [approved] | admin: in-review* [in-review]* approved* [approved]*',
        'approve → editor: - | translator: - | reviewer: in-review [in-review] | admin: in-review* [in-review]*',
        'publish → editor: - | translator: - | reviewer: approved [approved] | admin: approved* [approved]*',
        'unpublish → editor: - | translator: - | reviewer: [in-review] [changes-requested] [approved] [published] | admin: [in-review]* [changes-requested]* [approved]* [published]*',
        'archive → editor: draft in-review changes-requested approved unpublished | translator: - | reviewer: draft in-review changes-requested approved unpublished | admin: draft* in-review* changes-requested* approved* unpublished*',
        'restore → editor: archived [archived] | translator: - | reviewer: archived [archived] | admin: archived* [archived]*',
        `withdraw-consent → editor: - | translator: - | reviewer: ${everyStage('')} | admin: ${everyStage('*')}`,
      ].join('\n'),
    )
  })

  it('should record a consent withdrawal for stories only', () => {
    for (const collection of ['videos', 'articles', 'posters'])
      expect(
        decide({
          action: 'withdraw-consent',
          actor: { id: 'me', roles: ['admin'] },
          state: { collection, stage: 'published', isLive: true, ...someoneElse },
          comment: 'withdrawn',
        }),
      ).toMatchObject({
        isAllowed: false,
        status: 400,
        reason: 'withdraw-consent is only for stories.',
      })
  })
})

describe('decide', () => {
  const inReview: WorkflowState = { stage: 'in-review', isLive: false, ...someoneElse }

  it('should refuse self-approval, whether authored or last edited, with the reason', () => {
    for (const state of [
      { ...inReview, authorId: 'me' },
      { ...inReview, lastEditorId: 'me' },
    ]) {
      expect(
        decide({ action: 'approve', actor: { id: 'me', roles: ['reviewer'] }, state }),
      ).toEqual({
        isAllowed: false,
        status: 403,
        reason: 'Nobody approves their own work: you wrote or last edited this item.',
        refusal: { code: 'own-work', params: {} },
      })
    }
  })

  it('should let an admin approve their own work, as a recorded override', () => {
    expect(
      decide({
        action: 'approve',
        actor: { id: 'me', roles: ['admin', 'reviewer'] },
        state: { ...inReview, authorId: 'me' },
      }),
    ).toEqual({ isAllowed: true, to: 'approved', isOverride: true })
    expect(
      decide({
        action: 'approve',
        actor: { id: 'me', roles: ['admin', 'reviewer'] },
        state: inReview,
      }),
    ).toEqual({
      isAllowed: true,
      to: 'approved',
      isOverride: false,
    })
  })

  it('should say which role is needed', () => {
    expect(
      decide({ action: 'approve', actor: { id: 'me', roles: ['editor'] }, state: inReview }),
    ).toMatchObject({
      status: 403,
      reason: 'Only a reviewer may approve; you are editor.',
    })
  })

  it('should require a comment to request changes', () => {
    const reviewer = { id: 'me', roles: ['reviewer'] as Role[] }
    expect(
      decide({ action: 'request-changes', actor: reviewer, state: inReview, comment: '  ' }),
    ).toMatchObject({
      status: 400,
      reason: expect.stringMatching(/needs a comment/),
    })
  })

  it('should refuse to publish content that changed after approval (stale version)', () => {
    const state: WorkflowState = {
      stage: 'approved',
      isLive: false,
      ...someoneElse,
      currentHash: 'changed',
    }
    expect(
      decide({ action: 'publish', actor: { id: 'me', roles: ['admin'] }, state }),
    ).toMatchObject({
      status: 409,
      reason: expect.stringMatching(/changed after it was approved/),
    })
  })

  it('should refuse transitions from the wrong stage with 409', () => {
    expect(
      decide({
        action: 'publish',
        actor: { id: 'me', roles: ['reviewer'] },
        state: { ...inReview, stage: 'draft' },
      }),
    ).toMatchObject({
      status: 409,
      reason: 'Cannot publish an item that is draft; it must be approved.',
    })
    expect(
      decide({
        action: 'archive',
        actor: { id: 'me', roles: ['reviewer'] },
        state: { ...inReview, isLive: true },
      }),
    ).toMatchObject({ status: 409, reason: 'Unpublish it before you archive it.' })
  })
})

describe('stageAfterEdit', () => {
  it('should send approved and published items back to review, and leave the rest', () => {
    expect(stageAfterEdit('approved')).toBe('in-review')
    expect(stageAfterEdit('published')).toBe('in-review')
    for (const stage of [
      'draft',
      'in-review',
      'changes-requested',
      'unpublished',
      'archived',
    ] as const)
      expect(stageAfterEdit(stage)).toBe(stage)
  })
})
