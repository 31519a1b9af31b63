import { createLocalReq, type ServerProps } from 'payload'

import { hasRole } from '@/access/roles'

import { workflowLabels } from '../labels'
import { bakuTime } from '../schedule/due'
import { findOverdueItems } from '../schedule/dueItems'

const words = {
  title: {
    az: 'Vaxtında icra olunmamış cədvəl',
    en: 'Scheduled actions that did not happen',
  },
  hint: {
    az: 'Vaxtı keçib, amma cədvəl işləməyib (server dayanmışdı?) və ya əməliyyat alınmayıb: server jurnalına baxın.',
    en: 'Their time has passed but the scheduler did not take them (was the server stopped?) or they failed: see the server log.',
  },
  due: { az: 'vaxtı', en: 'due' },
}

/**
 * On the admins' dashboard (before Payload's own): what the scheduler should have published or
 * unpublished by now and has not. Nothing shows while the schedule is kept.
 */
export const OverdueSchedule = async ({ payload, user, i18n }: ServerProps) => {
  if (!hasRole(user, 'admin')) return null
  const items = await findOverdueItems({ req: await createLocalReq({}, payload), now: new Date() })
  if (items.length === 0) return null
  const lang = i18n.language === 'az' ? 'az' : 'en'
  const admin = payload.config.routes.admin
  return (
    <section className="overdue-schedule" style={{ marginBottom: 24 }}>
      <h3>{words.title[lang]}</h3>
      <p>{words.hint[lang]}</p>
      <ul>
        {items.map(({ collection, id, title, action, dueAt }) => (
          <li key={`${collection}/${id}`}>
            {workflowLabels[action][lang]}:{' '}
            <a href={`${admin}/collections/${collection}/${id}`}>
              {title || `${collection} ${id}`}
            </a>{' '}
            — {words.due[lang]} {bakuTime(dueAt, lang === 'az' ? 'az' : 'en-GB')}
          </li>
        ))}
      </ul>
    </section>
  )
}
