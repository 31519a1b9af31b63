import type { Payload, ServerProps } from 'payload'

import { hasRole } from '@/access/roles'
import { adminLanguageOf, type AdminLanguage, type Words } from '@/i18n/adminLanguage'

import { playTotals, type PlayGrouping, type PlayTotal } from '../playTotals'
import { playsPeriod } from '../playsPeriod'

type Lang = AdminLanguage

const words = {
  title: {
    az: 'Göstərilmələr: plakatlar və stansiyalar üzrə',
    en: 'Plays per poster and station',
    ru: 'Показы по плакатам и станциям',
  },
  from: { az: 'Başlanğıc', en: 'From', ru: 'С' },
  to: { az: 'Son', en: 'To', ru: 'По' },
  show: { az: 'Göstər', en: 'Show', ru: 'Показать' },
  hint: {
    az: 'Günlər Bakı vaxtı ilə, hər iki gün daxil.',
    en: 'Days in Baku time, both included.',
    ru: 'Дни по бакинскому времени, оба включительно.',
  },
  poster: { az: 'Plakat', en: 'Poster', ru: 'Плакат' },
  location: { az: 'Stansiya', en: 'Station', ru: 'Станция' },
  plays: { az: 'Göstərilmə', en: 'Plays', ru: 'Показы' },
  minutes: { az: 'Dəqiqə', en: 'Minutes', ru: 'Минуты' },
  none: {
    az: 'Bu dövrdə göstərilmə yoxdur.',
    en: 'No plays in this period.',
    ru: 'За этот период показов нет.',
  },
} satisfies Record<string, Words>

const collectionOf: Record<PlayGrouping, 'posters' | 'locations'> = {
  poster: 'posters',
  location: 'locations',
}

/** Each total with the poster's title or the station's name in the admin's language. */
const withNames = async ({
  payload,
  by,
  totals,
  lang,
}: {
  payload: Payload
  by: PlayGrouping
  totals: PlayTotal[]
  lang: Lang
}) => {
  const { docs } = await payload.find({
    collection: collectionOf[by],
    where: { id: { in: totals.map(({ id }) => id) } },
    depth: 0,
    pagination: false,
    locale: lang,
    draft: by === 'poster',
  })
  const names = new Map(docs.map((doc) => [String(doc.id), 'title' in doc ? doc.title : doc.name]))
  return totals.map((total) => ({ ...total, name: names.get(total.id) ?? `#${total.id}` }))
}

const TotalsTable = ({
  by,
  rows,
  lang,
  admin,
}: {
  by: PlayGrouping
  rows: (PlayTotal & { name: string })[]
  lang: Lang
  admin: string
}) => (
  <table className="table" data-totals={by} style={{ marginBottom: 16 }}>
    <thead>
      <tr>
        <th>{words[by][lang]}</th>
        <th>{words.plays[lang]}</th>
        <th>{words.minutes[lang]}</th>
      </tr>
    </thead>
    <tbody>
      {rows.map(({ id, name, plays, seconds }) => (
        <tr key={id}>
          <td>
            <a href={`${admin}/collections/${collectionOf[by]}/${id}`}>{name}</a>
          </td>
          <td>{plays}</td>
          <td>{Math.round(seconds / 60)}</td>
        </tr>
      ))}
    </tbody>
  </table>
)

/**
 * Above the list of plays, for admins and reviewers: how often each poster and each station
 * showed over a period the admin picks (a plain GET form, so the period is in the address).
 */
export const PlaysSummary = async ({ payload, user, i18n, searchParams }: ServerProps) => {
  if (!hasRole(user, 'admin', 'reviewer')) return null
  const lang = adminLanguageOf(i18n.language)
  const period = playsPeriod({ from: searchParams?.from, to: searchParams?.to, now: new Date() })
  const range = { payload, from: period.start, to: period.end }
  const [posters, locations] = await Promise.all(
    (['poster', 'location'] as const).map(async (by) =>
      withNames({ payload, by, lang, totals: await playTotals({ ...range, by }) }),
    ),
  )
  const admin = payload.config.routes.admin
  return (
    <section className="plays-summary" style={{ marginBottom: 24 }}>
      <h3>{words.title[lang]}</h3>
      <form method="get" style={{ display: 'flex', gap: 12, alignItems: 'end', marginBottom: 8 }}>
        <label>
          {words.from[lang]} <input type="date" name="from" defaultValue={period.fromDay} />
        </label>
        <label>
          {words.to[lang]} <input type="date" name="to" defaultValue={period.toDay} />
        </label>
        <button type="submit" className="btn btn--style-secondary btn--size-small">
          {words.show[lang]}
        </button>
      </form>
      <p>{words.hint[lang]}</p>
      {posters.length === 0 ? (
        <p>{words.none[lang]}</p>
      ) : (
        <>
          <TotalsTable by="poster" rows={posters} lang={lang} admin={admin} />
          <TotalsTable by="location" rows={locations} lang={lang} admin={admin} />
        </>
      )}
    </section>
  )
}
