import { getTranslation } from '@payloadcms/translations'
import { createLocalReq, type ServerProps } from 'payload'

import { hasRole } from '@/access/roles'

import { adminPath } from '../adminLink'
import { reviewQueue } from '../reviewQueue'

const words = {
  heading: { az: 'Rəyimi gözləyənlər', en: 'Waiting for my review' },
  empty: { az: 'Hazırda rəyinizi gözləyən material yoxdur.', en: 'Nothing is waiting for you.' },
  by: { az: 'müəllif', en: 'by' },
}

/**
 * Above the dashboard, for reviewers and admins: the items they may approve now, oldest first,
 * each linking to its edit view. The same list as GET /api/review-queue.
 */
export const ReviewQueue = async ({ payload, user, i18n }: ServerProps) => {
  if (!user || !hasRole(user, 'admin', 'reviewer')) return null
  const language = i18n.language === 'az' ? 'az' : 'en'
  const entries = await reviewQueue(await createLocalReq({ user }, payload))
  const when = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Baku',
  })
  return (
    <section className="review-queue" style={{ marginBottom: 32 }}>
      <h2 style={{ marginBottom: 12 }}>{words.heading[language]}</h2>
      {entries.length === 0 ? (
        <p className="review-queue__empty">{words.empty[language]}</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {entries.map((entry) => (
            <li
              key={`${entry.collection}/${entry.id}`}
              className="review-queue__item"
              style={{ marginBottom: 8 }}
            >
              <a href={adminPath(entry.collection, entry.id)}>{entry.title}</a>{' '}
              <span style={{ color: 'var(--theme-elevation-500)' }}>
                ·{' '}
                {getTranslation(payload.collections[entry.collection].config.labels.singular, i18n)}
                {entry.author ? ` · ${words.by[language]} ${entry.author}` : ''} ·{' '}
                {when.format(new Date(entry.updatedAt))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
