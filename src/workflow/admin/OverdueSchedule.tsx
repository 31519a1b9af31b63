import { createLocalReq, type ServerProps } from 'payload'

import { formatAdminDate } from '@/i18n/adminDates'
import { adminLanguageOf, type Words } from '@/i18n/adminLanguage'

import { adminPath } from '../adminLink'
import { workflowLabels } from '../labels'
import { findOverdueItems, mayWatchSchedule } from '../schedule/dueItems'

const words: Record<'title' | 'hint' | 'due' | 'publish' | 'unpublish', Words> = {
  title: {
    az: 'Vaxtında icra olunmamış cədvəl',
    en: 'Scheduled actions that did not happen',
    ru: 'Запланированные действия, которые не выполнились',
  },
  hint: {
    az: 'Vaxtı keçib, amma cədvəl işləməyib (server dayanmışdı?) və ya əməliyyat alınmayıb: server jurnalına baxın.',
    en: 'Their time has passed but the scheduler did not take them (was the server stopped?) or they failed: see the server log.',
    ru: 'Их время прошло, но планировщик их не выполнил (сервер был остановлен?) или они не удались: смотрите журнал сервера.',
  },
  due: { az: 'vaxtı', en: 'due', ru: 'срок' },
  publish: { ...workflowLabels.publish, ru: 'Опубликовать' },
  unpublish: { ...workflowLabels.unpublish, ru: 'Снять с публикации' },
}

/**
 * On the dashboard of admins, editors and reviewers (before Payload's own): what the scheduler
 * should have published or unpublished by now and has not. Nothing shows while the schedule is kept.
 */
export const OverdueSchedule = async ({ payload, user, i18n }: ServerProps) => {
  if (!mayWatchSchedule(user)) return null
  const items = await findOverdueItems({ req: await createLocalReq({}, payload), now: new Date() })
  if (items.length === 0) return null
  const language = adminLanguageOf(i18n.language)
  return (
    <section className="overdue-schedule" style={{ marginBottom: 24 }}>
      <h3>{words.title[language]}</h3>
      <p>{words.hint[language]}</p>
      <ul>
        {items.map(({ collection, id, title, action, dueAt }) => (
          <li key={`${collection}/${id}`}>
            {words[action][language]}:{' '}
            <a href={adminPath(collection, id)}>{title || `${collection} ${id}`}</a> —{' '}
            {words.due[language]} {formatAdminDate(dueAt)}
          </li>
        ))}
      </ul>
    </section>
  )
}
