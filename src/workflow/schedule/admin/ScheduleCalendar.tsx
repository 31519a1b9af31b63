import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { isStaffUser } from '@/access/roles'
import { adminLanguageOf, type Words } from '@/i18n/adminLanguage'

import { adminPath } from '../../adminLink'
import { bakuClock, calendarPath, monthGrid, monthKey, monthOf, shiftMonth } from '../calendar'
import { findCalendarEntries } from '../calendarEntries'

const words: Record<'heading' | 'hint' | 'previous' | 'next' | 'publish' | 'unpublish', Words> = {
  heading: { az: 'Dərc təqvimi', en: 'Publishing calendar', ru: 'Календарь публикаций' },
  hint: {
    az: 'Planlaşdırılmış dərc və dərcdən çıxma vaxtları, Bakı vaxtı ilə.',
    en: 'Scheduled publishing and unpublishing, in Baku time.',
    ru: 'Запланированные публикации и снятия с публикации, по бакинскому времени.',
  },
  previous: { az: '← Əvvəlki ay', en: '← Previous month', ru: '← Предыдущий месяц' },
  next: { az: 'Növbəti ay →', en: 'Next month →', ru: 'Следующий месяц →' },
  publish: { az: 'dərc', en: 'publish', ru: 'публикация' },
  unpublish: { az: 'dərcdən çıxma', en: 'unpublish', ru: 'снятие' },
}

const dateLocales: Words = { az: 'az', en: 'en-GB', ru: 'ru' }

/**
 * /admin/calendar: a month (Baku time) of the publications and takedowns planned in every
 * content type, each linking to its edit view. Staff only, and only what the user may read.
 */
export const ScheduleCalendar = async ({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) => {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const language = adminLanguageOf(req.i18n.language)
  const user = isStaffUser(req.user) ? req.user : null
  const month = monthOf(searchParams?.month, new Date())
  const entries = user ? await findCalendarEntries({ req, month }) : []
  const weeks = monthGrid(month, entries)
  const monthName = new Intl.DateTimeFormat(dateLocales[language], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(month.year, month.month - 1, 1)))
  const weekdays = weeks[0].map(({ date }) =>
    new Intl.DateTimeFormat(dateLocales[language], { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    ),
  )
  const monthLink = (by: number) =>
    `${req.payload.config.routes.admin}${calendarPath}?month=${monthKey(shiftMonth(month, by))}`
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <section className="schedule-calendar" data-month={monthKey(month)}>
          <h1 style={{ marginBottom: 8 }}>{words.heading[language]}</h1>
          <p>{words.hint[language]}</p>
          <nav style={{ display: 'flex', gap: 16, alignItems: 'baseline', margin: '16px 0' }}>
            <a href={monthLink(-1)} className="schedule-calendar__previous">
              {words.previous[language]}
            </a>
            <h2 className="schedule-calendar__month" style={{ margin: 0 }}>
              {monthName}
            </h2>
            <a href={monthLink(1)} className="schedule-calendar__next">
              {words.next[language]}
            </a>
          </nav>
          <table style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
            <thead>
              <tr>
                {weekdays.map((day) => (
                  <th key={day} style={{ textAlign: 'left', padding: 4 }}>
                    {day}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week[0].date}>
                  {week.map((day) => (
                    <td
                      key={day.date}
                      data-date={day.date}
                      className="schedule-calendar__day"
                      style={{
                        verticalAlign: 'top',
                        height: 96,
                        padding: 4,
                        border: '1px solid var(--theme-elevation-150)',
                        opacity: day.isInMonth ? 1 : 0.4,
                      }}
                    >
                      <div style={{ fontWeight: 600 }}>{Number(day.date.slice(8))}</div>
                      {day.entries.map((entry) => (
                        <div
                          key={`${entry.collection}/${entry.id}/${entry.kind}`}
                          className="schedule-calendar__entry"
                          data-kind={entry.kind}
                          style={{ fontSize: 12, marginTop: 2 }}
                        >
                          {bakuClock(entry.at)} {entry.kind === 'publish' ? '▲' : '▼'}{' '}
                          <a
                            href={adminPath(entry.collection, entry.id)}
                            title={words[entry.kind][language]}
                          >
                            {entry.title}
                          </a>
                        </div>
                      ))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </Gutter>
    </DefaultTemplate>
  )
}
