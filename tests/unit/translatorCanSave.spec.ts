import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import type { Role } from '@/access/roles'
import { translatorCanSave } from '@/access/translatorCanSave'

const ask = ({
  roles,
  locale,
  isLocalized,
  siblingData,
}: {
  roles: Role[]
  locale: string
  isLocalized: boolean
  siblingData?: object
}) =>
  translatorCanSave({ isLocalized })({
    req: { user: { collection: 'users', id: 1, roles }, locale } as unknown as PayloadRequest,
    siblingData,
  })

describe('translatorCanSave', () => {
  it('should show a translator only localized fields outside Azerbaijani as savable', () => {
    expect(ask({ roles: ['translator'], locale: 'en', isLocalized: true })).toBe(true)
    expect(ask({ roles: ['translator'], locale: 'ru', isLocalized: true })).toBe(true)
    expect(ask({ roles: ['translator'], locale: 'az', isLocalized: true })).toBe(false)
    expect(ask({ roles: ['translator'], locale: 'all', isLocalized: true })).toBe(false)
    expect(ask({ roles: ['translator'], locale: 'en', isLocalized: false })).toBe(false)
  })

  it('should leave editors and admins, translators or not, every field', () => {
    for (const roles of [['editor'], ['admin'], ['translator', 'editor']] as Role[][])
      expect(ask({ roles, locale: 'az', isLocalized: false })).toBe(true)
  })

  it('should answer yes on a save, where limitTranslators refuses with its reasons', () => {
    expect(ask({ roles: ['translator'], locale: 'az', isLocalized: false, siblingData: {} })).toBe(
      true,
    )
  })
})
