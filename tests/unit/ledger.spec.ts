import { describe, expect, it } from 'vitest'

import { concernsChannel, ledgerRow } from '@/ledger/changes'
import { narrowingReach } from '@/ledger/consentNarrowing'
import { ledgerChangeOf } from '@/ledger/transitionChange'
import type { ConsentRecord } from '@/workflow/consent'

const consent: ConsentRecord = {
  givenAt: '2026-01-10T00:00:00.000Z',
  expiresAt: '2030-01-10T00:00:00.000Z',
  channels: ['website', 'partners', 'screens', 'print'],
  languages: ['az', 'en', 'ru'],
  mediaTypes: ['text', 'image'],
  formReference: 'F-1',
}

describe('ledger entries', () => {
  it('should name the item, and keep "all" as empty lists without repeats', () => {
    const now = new Date('2026-12-07T10:00:00Z')
    expect(
      ledgerRow(
        { change: 'published', type: 'stories', itemId: 7, languages: ['az', 'az', 'en'] },
        { position: 3, now },
      ),
    ).toEqual({
      position: 3,
      change: 'published',
      type: 'stories',
      itemId: '7',
      item: 'stories:7',
      languages: ['az', 'en'],
      channels: [],
      wasLive: false,
      cause: null,
      effectiveAt: now.toISOString(),
      recordedAt: now.toISOString(),
    })
    expect(
      ledgerRow({ change: 'settings-changed', type: 'settings' }, { position: 4, now }).item,
    ).toBe('settings')
  })

  it('should concern the channels it names, or every channel when it names none', () => {
    expect(concernsChannel({ channels: [] }, 'print')).toBe(true)
    expect(concernsChannel({ channels: ['screens'] }, 'screens')).toBe(true)
    expect(concernsChannel({ channels: ['screens'] }, 'partners')).toBe(false)
  })

  it('should record publications and takedowns of live items, nothing for drafts', () => {
    expect(ledgerChangeOf({ action: 'publish', wasLive: false })).toBe('published')
    expect(ledgerChangeOf({ action: 'publish', wasLive: true })).toBe('published')
    expect(ledgerChangeOf({ action: 'unpublish', wasLive: true })).toBe('unpublished')
    expect(ledgerChangeOf({ action: 'withdraw-consent', wasLive: true })).toBe('consent-withdrawn')
    expect(ledgerChangeOf({ action: 'withdraw-consent', wasLive: false })).toBeNull()
    for (const action of ['submit', 'approve', 'request-changes', 'archive', 'restore'])
      expect(ledgerChangeOf({ action, wasLive: true })).toBeNull()
  })
})

describe('what a narrowed consent takes a story out of', () => {
  const live = ['az', 'en'] as const
  it('should name the channels dropped, in every live language', () => {
    expect(
      narrowingReach(consent, { ...consent, channels: ['website', 'print'] }, [...live]),
    ).toEqual({ channels: ['partners', 'screens'], languages: ['az', 'en'] })
  })
  it('should name the live languages dropped, on every channel', () => {
    expect(narrowingReach(consent, { ...consent, languages: ['az'] }, [...live])).toEqual({
      channels: [],
      languages: ['en'],
    })
    // Russian was not live: dropping it changes nothing anyone sees, but all is recorded.
    expect(narrowingReach(consent, { ...consent, languages: ['az', 'en'] }, [...live])).toEqual({
      channels: [],
      languages: ['az', 'en'],
    })
  })
  it('should reach everything live when more than channels or languages narrowed', () => {
    for (const after of [
      { ...consent, channels: ['website'] as const, languages: ['az'] as const },
      { ...consent, expiresAt: '2027-01-01T00:00:00.000Z' },
      { ...consent, mediaTypes: ['text'] as const },
      { ...consent, isMinor: true },
    ])
      expect(narrowingReach(consent, after as ConsentRecord, [...live])).toEqual({
        channels: [],
        languages: ['az', 'en'],
      })
  })
})
