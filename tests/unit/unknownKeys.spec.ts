import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { unknownKeys } from '@/hooks/unknownKeys'

const fields: Field[] = [
  { name: 'title', type: 'text' },
  { type: 'row', fields: [{ name: 'inRow', type: 'text' }] },
  {
    type: 'tabs',
    tabs: [
      { label: 'Unnamed', fields: [{ name: 'inTab', type: 'text' }] },
      { name: 'namedTab', fields: [{ name: 'deep', type: 'text' }] },
    ],
  },
  { name: 'consent', type: 'group', fields: [{ name: 'givenAt', type: 'date' }] },
  { name: 'hotlines', type: 'array', fields: [{ name: 'number', type: 'text' }] },
  { name: 'body', type: 'richText' },
]

describe('unknownKeys', () => {
  it('should accept every declared field, through rows and tabs, and system keys', () => {
    expect(
      unknownKeys(fields, {
        id: 1,
        title: 'x',
        inRow: 'y',
        inTab: 'z',
        namedTab: { deep: 'd' },
        consent: { givenAt: '2026-01-01' },
        hotlines: [{ id: 'a', number: '1' }],
        body: { root: { anything: true } },
      }),
    ).toEqual([])
  })

  it('should name unknown keys at every level by their path', () => {
    expect(
      unknownKeys(fields, {
        realName: 'x',
        consent: { givenAt: null, signedBy: 'someone' },
        namedTab: { extra: 1 },
        hotlines: [{ number: '1' }, { number: '2', note: 'n' }],
      }),
    ).toEqual(['realName', 'consent.signedBy', 'namedTab.extra', 'hotlines.1.note'])
  })

  it('should not accept system keys below the top level', () => {
    expect(unknownKeys(fields, { consent: { password: 'x' } })).toEqual(['consent.password'])
  })
})
