import { describe, expect, it } from 'vitest'

import { signOff } from '@/workflow/signOff'

const at = '2026-06-01T00:00:00Z'
const campaign = { id: 1, organisation: 'campaign' as const }
const department = { id: 2, organisation: 'department' as const }

describe('two-organisation sign-off', () => {
  it('should wait for the other organisation, then complete', () => {
    const first = signOff({
      signOffs: [],
      hash: 'h',
      actor: campaign,
      isRequired: true,
      isAdmin: false,
      at,
    })
    expect(first).toMatchObject({ isAllowed: true, waitingFor: ['department'] })
    if (!first.isAllowed) throw new Error()
    const second = signOff({
      signOffs: first.signOffs,
      hash: 'h',
      actor: department,
      isRequired: true,
      isAdmin: false,
      at,
    })
    expect(second).toMatchObject({ isAllowed: true, waitingFor: [], isOverride: false })
  })

  it('should refuse a second approval from the same organisation', () => {
    const first = signOff({
      signOffs: [],
      hash: 'h',
      actor: campaign,
      isRequired: true,
      isAdmin: false,
      at,
    })
    if (!first.isAllowed) throw new Error()
    expect(
      signOff({
        signOffs: first.signOffs,
        hash: 'h',
        actor: { id: 3, organisation: 'campaign' },
        isRequired: true,
        isAdmin: false,
        at,
      }),
    ).toMatchObject({ isAllowed: false, status: 409 })
  })

  it('should not count approvals of an earlier version', () => {
    const first = signOff({
      signOffs: [],
      hash: 'old',
      actor: campaign,
      isRequired: true,
      isAdmin: false,
      at,
    })
    if (!first.isAllowed) throw new Error()
    expect(
      signOff({
        signOffs: first.signOffs,
        hash: 'new',
        actor: department,
        isRequired: true,
        isAdmin: false,
        at,
      }),
    ).toMatchObject({ isAllowed: true, waitingFor: ['campaign'] })
  })

  it('should refuse a reviewer without an organisation, and let an admin complete it as an override', () => {
    expect(
      signOff({ signOffs: [], hash: 'h', actor: { id: 4 }, isRequired: true, isAdmin: false, at }),
    ).toMatchObject({ isAllowed: false, status: 403 })
    expect(
      signOff({ signOffs: [], hash: 'h', actor: { id: 5 }, isRequired: true, isAdmin: true, at }),
    ).toMatchObject({ isAllowed: true, waitingFor: [], isOverride: true })
  })

  it('should complete at once when the type does not need both', () => {
    expect(
      signOff({ signOffs: [], hash: 'h', actor: campaign, isRequired: false, isAdmin: false, at }),
    ).toMatchObject({ isAllowed: true, waitingFor: [], isOverride: false })
  })
})
