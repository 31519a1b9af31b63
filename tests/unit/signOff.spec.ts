import { describe, expect, it } from 'vitest'

import { signOff, type SignOff } from '@/workflow/signOff'

const campaign = { id: 1, organisation: 'campaign' as const }
const department = { id: 2, organisation: 'department' as const }
type Actor = { id: number; organisation?: 'campaign' | 'department' }

/** One reviewer's approval of the version `hash`, after the sign-offs so far. */
const approve = (
  actor: Actor,
  { signOffs = [], hash = 'h', isRequired = true, isAdmin = false, overrideReason } = {} as {
    signOffs?: SignOff[]
    hash?: string
    isRequired?: boolean
    isAdmin?: boolean
    overrideReason?: string
  },
) =>
  signOff({
    signOffs,
    hash,
    actor,
    isRequired,
    isAdmin,
    overrideReason,
    at: '2026-06-01T00:00:00Z',
  })

/** The sign-offs after an approval that must have been allowed. */
const after = (result: ReturnType<typeof approve>) => {
  if (!result.isAllowed) throw new Error(result.refusal.code)
  return result.signOffs
}

describe('two-organisation sign-off', () => {
  it('should wait for the other organisation, then complete', () => {
    const first = approve(campaign)
    expect(first).toMatchObject({ isAllowed: true, waitingFor: ['department'] })
    expect(approve(department, { signOffs: after(first) })).toMatchObject({
      isAllowed: true,
      waitingFor: [],
      isOverride: false,
    })
  })

  it('should refuse a second approval from the same organisation', () => {
    const signOffs = after(approve(campaign))
    expect(approve({ id: 3, organisation: 'campaign' }, { signOffs })).toMatchObject({
      isAllowed: false,
      status: 409,
    })
  })

  it('should never count one reviewer twice, even after a change of organisation', () => {
    const signOffs = after(approve(campaign))
    expect(approve({ id: 1, organisation: 'department' }, { signOffs })).toMatchObject({
      isAllowed: false,
      status: 409,
    })
  })

  it('should not count approvals of an earlier version', () => {
    const signOffs = after(approve(campaign, { hash: 'old' }))
    expect(approve(department, { signOffs, hash: 'new' })).toMatchObject({
      isAllowed: true,
      waitingFor: ['campaign'],
    })
  })

  it('should refuse a reviewer without an organisation, and let an admin complete it as an override with a reason', () => {
    expect(approve({ id: 4 })).toMatchObject({ isAllowed: false, status: 403 })
    expect(
      approve({ id: 5 }, { isAdmin: true, overrideReason: 'Department on leave; agreed by phone' }),
    ).toMatchObject({
      isAllowed: true,
      waitingFor: [],
      isOverride: true,
    })
  })

  it('should refuse (400) an admin completing the sign-off alone without a written reason', () => {
    for (const overrideReason of [undefined, '', '   '])
      expect(approve({ id: 5 }, { isAdmin: true, overrideReason })).toMatchObject({
        isAllowed: false,
        status: 400,
        refusal: {
          code: 'override-reason-required',
          params: { missing: ['campaign', 'department'] },
        },
      })
    // An admin of one organisation still needs the other's, or a reason.
    expect(approve({ id: 6, organisation: 'campaign' }, { isAdmin: true })).toMatchObject({
      isAllowed: false,
      status: 400,
      refusal: { code: 'override-reason-required', params: { missing: ['department'] } },
    })
  })

  it('should complete at once when the type does not need both', () => {
    expect(approve(campaign, { isRequired: false })).toMatchObject({
      isAllowed: true,
      waitingFor: [],
      isOverride: false,
    })
  })
})
