import { getTranslation } from '@payloadcms/translations'
import { createLocalReq, type ServerProps } from 'payload'

import { isStaffUser } from '@/access/roles'
import { formatAdminDate } from '@/i18n/adminDates'
import { adminLanguageOf, type Words } from '@/i18n/adminLanguage'

import { adminPath } from '../adminLink'
import { myWork, type MyWorkLists } from '../myWork'
import { calendarPath } from '../schedule/calendar'

type ListName = keyof MyWorkLists

const words: Record<ListName | 'by' | 'empty' | 'heading' | 'calendar', Words> = {
  heading: { az: 'Mənim işim', en: 'My work', ru: 'Моя работа' },
  calendar: { az: 'Dərc təqvimi →', en: 'Publishing calendar →', ru: 'Календарь публикаций →' },
  drafts: { az: 'Qaralamalarım', en: 'My drafts', ru: 'Мои черновики' },
  changesRequested: {
    az: 'Düzəliş istənilən materiallarım',
    en: 'My items with changes requested',
    ru: 'Мои материалы, требующие правок',
  },
  toTranslate: { az: 'Tərcümə ediləcək', en: 'To translate', ru: 'Перевести' },
  needingUpdate: {
    az: 'Yenilənməli tərcümələr (orijinal dəyişib)',
    en: 'Translations needing update (the original changed)',
    ru: 'Переводы, требующие обновления (оригинал изменился)',
  },
  waitingForReview: {
    az: 'Rəyimi gözləyənlər',
    en: 'Waiting for my review',
    ru: 'Ждут моей рецензии',
  },
  empty: { az: 'Heç nə yoxdur.', en: 'Nothing here.', ru: 'Ничего нет.' },
  by: { az: 'müəllif', en: 'by', ru: 'автор' },
}

const listOrder: ListName[] = [
  'waitingForReview',
  'changesRequested',
  'drafts',
  'toTranslate',
  'needingUpdate',
]

/**
 * Above the dashboard: the logged-in user's lists of work by role (src/workflow/myWork.ts, the
 * same lists as GET /api/my-work), each entry linking to its edit view in the right language.
 */
export const MyWork = async ({ payload, user, i18n }: ServerProps) => {
  if (!user || !isStaffUser(user)) return null
  const language = adminLanguageOf(i18n.language)
  const lists = await myWork(await createLocalReq({ user }, payload))
  const typeOf = (collection: string) =>
    getTranslation(payload.collections[collection as 'stories'].config.labels.singular, i18n)
  return (
    <section className="my-work" style={{ marginBottom: 32 }}>
      <div style={{ display: 'flex', gap: 24, alignItems: 'baseline', marginBottom: 12 }}>
        <h2 style={{ margin: 0 }}>{words.heading[language]}</h2>
        <a className="my-work__calendar" href={`${payload.config.routes.admin}${calendarPath}`}>
          {words.calendar[language]}
        </a>
      </div>
      {listOrder.map((name) => {
        const entries = lists[name]
        if (!entries) return null
        return (
          <div key={name} className="my-work__list" data-list={name} style={{ marginBottom: 16 }}>
            <h3 style={{ marginBottom: 8 }}>
              {words[name][language]} ({entries.length})
            </h3>
            {entries.length === 0 ? (
              <p className="my-work__empty">{words.empty[language]}</p>
            ) : (
              <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {entries.map((entry) => {
                  const locale = 'locale' in entry ? entry.locale : undefined
                  const comment = 'comment' in entry ? entry.comment : undefined
                  const author = 'author' in entry ? entry.author : undefined
                  return (
                    <li
                      key={`${entry.collection}/${entry.id}/${locale ?? ''}`}
                      className="my-work__item"
                      style={{ marginBottom: 6 }}
                    >
                      <a href={adminPath(entry.collection, entry.id, locale)}>{entry.title}</a>
                      {locale ? ` [${locale}]` : ''}{' '}
                      <span style={{ color: 'var(--theme-elevation-500)' }}>
                        · {typeOf(entry.collection)}
                        {author ? ` · ${words.by[language]} ${author}` : ''} ·{' '}
                        {formatAdminDate(entry.updatedAt)}
                      </span>
                      {comment ? (
                        <blockquote className="my-work__comment" style={{ margin: '4px 0 0 16px' }}>
                          {comment}
                        </blockquote>
                      ) : null}
                    </li>
                  )
                })}
              </ul>
            )}
          </div>
        )
      })}
    </section>
  )
}
