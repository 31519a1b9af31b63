/** Azerbaijan keeps UTC+4 all year (no summer time since 2016). */
const bakuOffset = '+04:00'
const dayMs = 24 * 60 * 60 * 1000
export const defaultPeriodDays = 7

const isDay = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(new Date(`${value}T00:00:00${bakuOffset}`).getTime())

/** The calendar day in Baku that `at` falls on, as YYYY-MM-DD. */
export const bakuDay = (at: Date) =>
  new Date(at.getTime() + 4 * 60 * 60 * 1000).toISOString().slice(0, 10)

/**
 * The period an admin asked for, as Baku calendar days from `from` to `to`, both included; the
 * last seven days when a day is missing or not a date, and the two swapped if given backwards.
 */
export const playsPeriod = ({
  from,
  to,
  now,
}: {
  from?: unknown
  to?: unknown
  now: Date
}): { fromDay: string; toDay: string; start: Date; end: Date } => {
  const toDay = isDay(to) ? to : bakuDay(now)
  const fromDay = isDay(from)
    ? from
    : bakuDay(
        new Date(
          new Date(`${toDay}T00:00:00${bakuOffset}`).getTime() - (defaultPeriodDays - 1) * dayMs,
        ),
      )
  const [first, last] = fromDay <= toDay ? [fromDay, toDay] : [toDay, fromDay]
  return {
    fromDay: first,
    toDay: last,
    start: new Date(`${first}T00:00:00${bakuOffset}`),
    end: new Date(new Date(`${last}T00:00:00${bakuOffset}`).getTime() + dayMs),
  }
}
