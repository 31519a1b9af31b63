// Search and sorting by language in a library of 10,000 published articles, read anonymously as
// a website would, a page of 20 each: a title search (`like`, answered from the search keys) and
// a title sort (the collation key), each beside a plain list of the same page size, measured in
// the same run. Target: titleSearch10k within 2× of list10k. Runs on a real Payload and database
// in process; writes list10k, titleSearch10k, titleSort10k to bench/results.json (git-ignored).
import { commitTransaction, createLocalReq, initTransaction, type Where } from 'payload'

import { textKeyNames } from '@/fields/searchableText'
import { searchKeys } from '@/i18n/searchKey'
import { sortKey } from '@/i18n/sortKey'

import { startPayload } from '../tests/helpers/payload'
import { median, saveResults } from './results'

const runs = Number(process.env.BENCH_RUNS ?? 5) * 4
const { payload, stop } = await startPayload()

const places = ['Şəki', 'Gəncə', 'Lənkəran', 'Quba', 'Şamaxı', 'Naxçıvan', 'Zaqatala', 'Bakı']
const words = ['Saxta iş təklifi', 'Əmək istismarı', 'Ağır iş', 'Çətin yol', 'Ümid', 'Işıq']

/** A title and the keys its field hooks store (written straight to the database, as sync's bench does). */
const titleWithKeys = (i: number) => {
  const title = `${words[i % words.length]} — ${places[Math.floor(i / 7) % places.length]} ${i}`
  const names = textKeyNames('title')
  const keys = searchKeys(title, 'az')
  // The database adapter takes a localized field's value per language.
  return {
    title: { az: title },
    [names.caseless]: { az: keys.caseless },
    [names.plain]: { az: keys.plain },
    [names.sort]: { az: sortKey(title, 'az') },
  }
}

try {
  for (let batch = 0; batch < 10_000; batch += 1000) {
    const req = await createLocalReq({ locale: 'az' }, payload)
    await initTransaction(req)
    for (let i = batch; i < batch + 1000; i++) {
      await payload.db.create({
        collection: 'articles',
        req,
        data: {
          ...titleWithKeys(i),
          _status: 'published',
          workflow: { stage: 'published', publishedLocales: ['az'] },
        },
      })
    }
    await commitTransaction(req)
  }

  /** Median ms of an anonymous page of 20 in Azerbaijani. */
  const timed = async (query: { where?: Where; sort?: string }, expected: number) => {
    const times: number[] = []
    for (let run = 0; run < runs; run++) {
      const started = performance.now()
      const page = await payload.find({
        collection: 'articles',
        locale: 'az',
        limit: 20,
        depth: 0,
        overrideAccess: false,
        ...query,
      })
      times.push(performance.now() - started)
      if (page.totalDocs !== expected) throw new Error(`${page.totalDocs} items, not ${expected}`)
    }
    return { ms: Math.round(median(times) * 10) / 10 }
  }
  // A reader types "seki" for Şəki: one title in eight has it.
  const withSeki = Array.from({ length: 10_000 }, (_, i) => titleWithKeys(i).title.az).filter(
    (title) => title.includes('Şəki'),
  ).length
  const list10k = await timed({}, 10_000)
  const titleSearch10k = await timed({ where: { title: { like: 'seki' } } }, withSeki)
  const titleSort10k = await timed({ sort: 'title' }, 10_000)

  console.log(
    `\nSearch and sorting by language (${payload.db.name}, 10,000 published articles, anonymous, page of 20, median of ${runs})\n`,
  )
  console.log('| what | ms | × list |\n|---|---|---|')
  console.log(`| reference: list, newest first | ${list10k.ms} | 1.0 |`)
  for (const [name, { ms }] of [
    ['title search "seki" (finds Şəki), plain-letter key', titleSearch10k],
    ['sorted by title in Azerbaijani order, collation key', titleSort10k],
  ] as const)
    console.log(`| ${name} | ${ms} | ${(ms / list10k.ms).toFixed(2)} |`)
  console.log(
    `\ntitleSearch10k ÷ list10k: ${(titleSearch10k.ms / list10k.ms).toFixed(2)} (target ≤ 2)`,
  )
  saveResults({ list10k, titleSearch10k, titleSort10k })
} finally {
  await stop()
}
