import type { ServerProps } from 'payload'

import { isStaffUser } from '@/access/roles'
import { adminLanguageOf, type Words } from '@/i18n/adminLanguage'

import { calendarPath } from '../calendar'

const words: Words = { az: 'Dərc təqvimi', en: 'Publishing calendar', ru: 'Календарь публикаций' }

/** After the collections in the nav: the way to the publishing calendar (/admin/calendar). */
export const CalendarNavLink = ({ payload, user, i18n }: ServerProps) =>
  isStaffUser(user) ? (
    <a
      className="nav__link calendar-nav-link"
      href={`${payload.config.routes.admin}${calendarPath}`}
      style={{ display: 'block', padding: '8px 0' }}
    >
      {words[adminLanguageOf(i18n.language)]}
    </a>
  ) : null
