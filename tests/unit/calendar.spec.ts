import { describe, expect, it } from 'vitest'

import {
  bakuClock,
  bakuDate,
  bakuDateTime,
  monthGrid,
  monthKey,
  monthOf,
  monthRange,
  shiftMonth,
  type CalendarEntry,
} from '@/workflow/schedule/calendar'
import { scheduleMark } from '@/workflow/schedule/due'

const entry = (at: string, kind: CalendarEntry['kind'] = 'publish'): CalendarEntry => ({
  collection: 'stories',
  id: at,
  title: at,
  kind,
  at,
})

describe('Baku time', () => {
  it('should read an instant as Baku clocks do, 24-hour, whatever the machine zone', () => {
    expect(bakuClock('2026-12-07T09:26:00.000Z')).toBe('13:26')
    expect(bakuDateTime('2026-12-07T09:26:00.000Z')).toBe('07.12.2026 13:26')
    // 21:30 UTC is already the next day in Baku.
    expect(bakuDate('2026-12-31T21:30:00.000Z')).toBe('2027-01-01')
    expect(bakuDateTime('2026-06-01T15:00:00.000Z')).toBe('01.06.2026 19:00')
  })
})

describe('calendar month', () => {
  const now = new Date('2026-12-31T21:30:00.000Z')

  it('should take a well-formed month, and the Baku month of now for anything else', () => {
    expect(monthOf('2027-02', now)).toEqual({ year: 2027, month: 2 })
    for (const bad of [undefined, '', '2027-13', '2027-00', '27-02', ['2027-02'], '2027-02x'])
      expect(monthOf(bad, now)).toEqual({ year: 2027, month: 1 })
  })

  it('should step across years and bound the month at Baku midnights', () => {
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 })
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 })
    expect(monthKey({ year: 2026, month: 3 })).toBe('2026-03')
    const { from, to } = monthRange({ year: 2026, month: 12 })
    expect(from.toISOString()).toBe('2026-11-30T20:00:00.000Z')
    expect(to.toISOString()).toBe('2026-12-31T20:00:00.000Z')
  })

  it('should lay the month out in whole weeks from Monday, entries on their Baku day in time order', () => {
    const late = entry('2026-12-07T18:00:00.000Z', 'unpublish')
    const early = entry('2026-12-07T05:00:00.000Z')
    // 20:30 UTC on 30 November is 1 December in Baku.
    const first = entry('2026-11-30T20:30:00.000Z')
    const weeks = monthGrid({ year: 2026, month: 12 }, [late, early, first])
    expect(weeks).toHaveLength(5)
    expect(weeks.every((week) => week.length === 7)).toBe(true)
    // 1 December 2026 is a Tuesday: Monday 30 November opens the first week, outside the month.
    expect(weeks[0][0]).toEqual({ date: '2026-11-30', isInMonth: false, entries: [] })
    expect(weeks[0][1]).toEqual({ date: '2026-12-01', isInMonth: true, entries: [first] })
    expect(weeks[1][0]).toEqual({ date: '2026-12-07', isInMonth: true, entries: [early, late] })
    expect(weeks[4][6].date).toBe('2027-01-03')
  })
})

describe('scheduleMark', () => {
  const now = new Date('2026-12-07T10:00:00.000Z')
  it('should mark a time to come, as scheduled once approved; nothing once it has come', () => {
    const soon = '2026-12-08T10:00:00.000Z'
    expect(scheduleMark({ stage: 'approved', publishAt: soon, now })).toBe('scheduled')
    expect(scheduleMark({ stage: 'in-review', publishAt: soon, now })).toBe('awaiting-approval')
    expect(scheduleMark({ stage: 'archived', publishAt: soon, now })).toBeNull()
    expect(scheduleMark({ stage: 'approved', publishAt: now.toISOString(), now })).toBeNull()
    expect(scheduleMark({ stage: 'approved', publishAt: null, now })).toBeNull()
  })
})
