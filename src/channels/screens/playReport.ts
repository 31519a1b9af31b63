import { isLocale, locales, type Locale } from '@/i18n/locales'

export const maxPlaysPerReport = 500
/** Reports come after the fact, from screens that may have been offline for a while. */
export const maxPlayAgeMs = 30 * 24 * 60 * 60 * 1000
/** Screens' clocks drift; a play a minute "ahead" of ours is still a play that happened. */
export const clockSkewMs = 60 * 1000
/** Posters show for at most 300 s; an hour covers a looping screen and nothing absurd. */
export const maxPlaySeconds = 3600

export type Play = {
  posterId: string | number
  locale: Locale
  startedAt: Date
  durationSeconds: number
}

export type PlayReport = { plays: Play[] } | { problems: string[] }

const itemKeys = ['posterId', 'locale', 'startedAt', 'durationSeconds']
// A time zone is required: a local time would be read in the server's zone, not the screen's.
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Why one item cannot be a play, or the play. */
const readPlay = (
  item: unknown,
  { now, isWellFormedId }: { now: Date; isWellFormedId: (id: unknown) => boolean },
): string[] | Play => {
  if (!isObject(item)) return ['must be an object {posterId, locale, startedAt, durationSeconds}']
  const problems = Object.keys(item)
    .filter((key) => !itemKeys.includes(key))
    .map((key) => `has an unknown field "${key}"`)
  const { posterId, locale, startedAt, durationSeconds } = item
  if ((typeof posterId !== 'string' && typeof posterId !== 'number') || !isWellFormedId(posterId))
    problems.push("posterId must be a poster's id")
  if (!isLocale(locale)) problems.push(`locale must be one of ${locales.join(', ')}`)
  const started =
    typeof startedAt === 'string' && isoDateTime.test(startedAt) ? new Date(startedAt) : null
  if (!started || Number.isNaN(started.getTime()))
    problems.push('startedAt must be a date and time with its zone, e.g. 2026-12-01T08:00:00+04:00')
  else if (started.getTime() > now.getTime() + clockSkewMs)
    problems.push('startedAt is in the future')
  else if (started.getTime() < now.getTime() - maxPlayAgeMs)
    problems.push('startedAt is more than 30 days ago')
  if (
    typeof durationSeconds !== 'number' ||
    !Number.isFinite(durationSeconds) ||
    durationSeconds <= 0 ||
    durationSeconds > maxPlaySeconds
  )
    problems.push(
      `durationSeconds must be a number of seconds above 0 and at most ${maxPlaySeconds}`,
    )
  if (problems.length > 0) return problems
  return {
    posterId: posterId as string | number,
    locale: locale as Locale,
    startedAt: started!,
    durationSeconds: durationSeconds as number,
  }
}

/**
 * A screen's proof-of-play report, checked whole: any malformed item refuses the batch, naming
 * every problem by its index, so the screen's developers can fix it (a poster that does not
 * exist is not a malformed item: the endpoint reports it per item).
 */
export const readPlayReport = (
  body: unknown,
  options: { now: Date; isWellFormedId: (id: unknown) => boolean },
): PlayReport => {
  if (!isObject(body) || !Array.isArray(body.plays))
    return { problems: ['The body must be an object {"plays": [...]}.'] }
  const unknown = Object.keys(body).filter((key) => key !== 'plays')
  if (unknown.length > 0) return { problems: [`Unknown field(s): ${unknown.join(', ')}.`] }
  if (body.plays.length === 0 || body.plays.length > maxPlaysPerReport)
    return {
      problems: [
        `"plays" must hold 1 to ${maxPlaysPerReport} items (it holds ${body.plays.length}).`,
      ],
    }
  const plays: Play[] = []
  const problems: string[] = []
  body.plays.forEach((item, index) => {
    const play = readPlay(item, options)
    if (Array.isArray(play)) problems.push(...play.map((problem) => `plays[${index}]: ${problem}`))
    else plays.push(play)
  })
  return problems.length > 0 ? { problems } : { plays }
}

/** One play is one screen showing one poster from one moment: a re-sent report matches it. */
export const playKey = (screenId: string | number, play: Pick<Play, 'posterId' | 'startedAt'>) =>
  `${screenId}:${play.posterId}:${play.startedAt.toISOString()}`
