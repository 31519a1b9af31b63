/**
 * The schedule calendar as data: a month of Baku days, each with the publications and takedowns
 * due on it. No Payload here (./admin/ScheduleCalendar.tsx loads the entries and draws them).
 */

type Id = string | number

/** Where the calendar lives in the admin: /admin/calendar. */
export const calendarPath = '/calendar'

export type Month = { year: number; month: number }

export type CalendarEntry = {
  collection: string
  id: Id
  title: string
  kind: 'publish' | 'unpublish'
  /** The stored instant (UTC). */
  at: string
  stage?: string | null
}

export type CalendarDay = { date: string; isInMonth: boolean; entries: CalendarEntry[] }

/** Azerbaijan has kept UTC+4, without summer time, since 2016. */
const bakuOffsetMs = 4 * 60 * 60_000

const pad = (n: number) => String(n).padStart(2, '0')

/** The instant as Baku's wall clock, in a Date whose UTC fields read that clock. */
const bakuWall = (at: string | Date) => new Date(new Date(at).getTime() + bakuOffsetMs)

/** The day in Baku, as YYYY-MM-DD. */
export const bakuDate = (at: string | Date) => bakuWall(at).toISOString().slice(0, 10)

/** The time in Baku, 24-hour, as HH:mm. */
export const bakuClock = (at: string | Date) => bakuWall(at).toISOString().slice(11, 16)

/** As the admin shows dates and times: 07.12.2026 13:26, Baku time. */
export const bakuDateTime = (at: string | Date) => {
  const [year, month, day] = bakuDate(at).split('-')
  return `${day}.${month}.${year} ${bakuClock(at)}`
}

/** "2026-12" → that month; anything else (absent, malformed, out of range) → the month of `now` in Baku. */
export const monthOf = (value: unknown, now: Date): Month => {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})$/.exec(value) : null
  const month = match ? Number(match[2]) : 0
  if (match && month >= 1 && month <= 12) return { year: Number(match[1]), month }
  const today = bakuDate(now)
  return { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) }
}

export const monthKey = ({ year, month }: Month) => `${year}-${pad(month)}`

export const shiftMonth = ({ year, month }: Month, by: number): Month => {
  const index = year * 12 + (month - 1) + by
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

/** The month's first and the next month's first Baku midnight, as UTC instants. */
export const monthRange = (month: Month) => {
  const startOf = ({ year, month: m }: Month) => new Date(Date.UTC(year, m - 1, 1) - bakuOffsetMs)
  return { from: startOf(month), to: startOf(shiftMonth(month, 1)) }
}

/**
 * The month as whole weeks, Monday first, each day with its entries in time order (days of the
 * neighbouring months fill the first and last week, without entries).
 */
export const monthGrid = (month: Month, entries: readonly CalendarEntry[]): CalendarDay[][] => {
  const first = new Date(Date.UTC(month.year, month.month - 1, 1))
  const daysBefore = (first.getUTCDay() + 6) % 7
  const daysInMonth = new Date(Date.UTC(month.year, month.month, 0)).getUTCDate()
  const weeks = Math.ceil((daysBefore + daysInMonth) / 7)
  const sorted = [...entries].sort((a, b) => a.at.localeCompare(b.at))
  const prefix = monthKey(month)
  return Array.from({ length: weeks }, (_, week) =>
    Array.from({ length: 7 }, (_, weekday) => {
      const date = new Date(first.getTime() + (week * 7 + weekday - daysBefore) * 86_400_000)
        .toISOString()
        .slice(0, 10)
      const isInMonth = date.startsWith(prefix)
      return {
        date,
        isInMonth,
        entries: isInMonth ? sorted.filter((entry) => bakuDate(entry.at) === date) : [],
      }
    }),
  )
}
