/** Payload's admin.dateFormat (date-fns): the same 24-hour day and time in every admin language. */
export const adminDateFormat = 'dd.MM.yyyy HH:mm'

/** The time zone the campaign's days and hours are in. */
export const adminTimeZone = 'Asia/Baku'

const formats: Record<'dateTime' | 'date', Intl.DateTimeFormatOptions> = {
  dateTime: {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: adminTimeZone,
  },
  date: { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: adminTimeZone },
}

/**
 * A moment as our components show it, in Baku time: "07.12.2026 09:18", as Payload's own lists
 * show dates (adminDateFormat). Built from parts, not from a locale's pattern, so every admin
 * language reads the same and no runtime's locale data changes it.
 */
export const formatAdminDate = (
  date: Date | string,
  { withTime = true }: { withTime?: boolean } = {},
): string => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', formats[withTime ? 'dateTime' : 'date'])
      .formatToParts(new Date(date))
      .map(({ type, value }) => [type, value]),
  )
  const day = `${parts.day}.${parts.month}.${parts.year}`
  return withTime ? `${day} ${parts.hour}:${parts.minute}` : day
}
