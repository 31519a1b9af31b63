import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fillMongoTextKeys } from '@/db/fillMongoTextKeys'

import { startPayload } from '../helpers/payload'
import { azerbaijaniAlphabet, ownLetterOf, shuffled } from '../helpers/alphabet'

/**
 * Search and sorting by the rules of the language being read, on whichever database the suite
 * runs against (README "Search and sorting").
 */
describe('Azerbaijani, Russian and English text in queries', () => {
  let payload: Payload
  let stop: () => Promise<void>
  // One article per letter of the alphabet, titled with that letter only ("Əəə", "Iıı", "İii").
  const letterTitles = azerbaijaniAlphabet.map(([upper, lower]) => `${upper}${lower}${lower}`)

  const titles = async (where: Where, locale: 'az' | 'en' | 'ru' = 'az') =>
    (
      await payload.find({
        collection: 'articles',
        locale,
        where: { and: [where, { byline: { equals: 'alphabet' } }] },
        limit: 100,
        sort: 'id',
      })
    ).docs
      .map((doc) => doc.title)
      .sort()

  const sortedTitles = async (locale: 'az' | 'en' | 'ru', sort = 'title') =>
    (
      await payload.find({
        collection: 'articles',
        locale,
        where: { byline: { equals: 'alphabet' } },
        limit: 100,
        sort,
      })
    ).docs.map((doc) => doc.title)

  beforeAll(async () => {
    ;({ payload, stop } = await startPayload())
    // Created in a shuffled order, so an order by id cannot pass for alphabetical order.
    for (const title of shuffled(letterTitles, 15)) {
      const { id } = await payload.create({
        collection: 'articles',
        locale: 'az',
        data: { title, byline: 'alphabet' },
      })
      for (const locale of ['en', 'ru'] as const) {
        await payload.update({
          collection: 'articles',
          id,
          locale,
          data: { title, byline: 'alphabet' },
        })
      }
    }
  })
  afterAll(async () => {
    await stop?.()
  })

  it('finds every Azerbaijani letter typed in either case, and plain letters in their marked forms', async () => {
    for (const [upper, lower] of azerbaijaniAlphabet) {
      const own = `${upper}${lower}${lower}`
      for (const typed of [upper, lower]) {
        // A letter with a mark of its own (or İ, chosen over I) finds only itself; a plain letter
        // finds the letters that are written with it plainly (e finds Ə, i finds I and İ).
        const plainOf = (letter: string) => ownLetterOf(letter)?.plain ?? letter.toLowerCase()
        const expected = ownLetterOf(typed)
          ? [own]
          : letterTitles.filter((title) => plainOf(title[0]!) === plainOf(typed))
        expect(await titles({ title: { like: typed } }), `searching "${typed}"`).toEqual(
          [...expected].sort(),
        )
        expect(await titles({ title: { contains: typed } }), `containing "${typed}"`).toEqual(
          [...expected].sort(),
        )
      }
    }
  })

  it('sorts the alphabet as each language orders it', async () => {
    const inAlphabet = azerbaijaniAlphabet.map(([upper, lower]) => `${upper}${lower}${lower}`)
    expect(await sortedTitles('az')).toEqual(inAlphabet)
    expect(await sortedTitles('az', '-title')).toEqual([...inAlphabet].reverse())
    for (const locale of ['az', 'en', 'ru'] as const) {
      expect(await sortedTitles(locale), locale).toEqual(
        [...letterTitles].sort(new Intl.Collator(locale).compare),
      )
    }
    // In English, ç is a c with an accent, and x and q are where English has them.
    expect((await sortedTitles('en')).slice(0, 5)).toEqual(['Aaa', 'Bbb', 'Ccc', 'Ççç', 'Ddd'])
    expect((await sortedTitles('en')).indexOf('Xxx')).toBeGreaterThan(
      (await sortedTitles('en')).indexOf('Vvv'),
    )
  })

  it('stores composed Unicode and finds it from decomposed input, and the other way round', async () => {
    const decomposed = 'S\u0327e\u0301ki Gu\u0308ls\u0327ən'
    const composed = decomposed.normalize('NFC')
    expect(composed).not.toBe(decomposed)
    const made = await payload.create({
      collection: 'articles',
      locale: 'az',
      data: { title: decomposed, excerpt: decomposed, byline: 'forms' },
    })
    expect(made.title).toBe(composed)
    expect(made.excerpt).toBe(composed)
    const byForm = async (where: Where) =>
      (
        await payload.find({
          collection: 'articles',
          locale: 'az',
          where: { and: [where, { byline: { equals: 'forms' } }] },
        })
      ).docs.map((doc) => doc.id)
    for (const typed of [decomposed, composed]) {
      expect(await byForm({ title: { equals: typed } })).toEqual([made.id])
      expect(await byForm({ title: { like: typed.toLocaleUpperCase('az') } })).toEqual([made.id])
      expect(await byForm({ excerpt: { contains: typed.slice(0, 6) } })).toEqual([made.id])
    }
  })

  it('finds Russian Ё typed as Е, but not the other way round, and sorts ё beside е', async () => {
    const words = ['Ёлка', 'ёж', 'Елена', 'еда', 'Жук', 'Яма', 'Ель']
    for (const title of shuffled(words, 7)) {
      await payload.create({ collection: 'articles', locale: 'ru', data: { title, byline: 'ru' } })
    }
    const ru = (where: Where, sort?: string) =>
      payload
        .find({
          collection: 'articles',
          locale: 'ru',
          where: { and: [where, { byline: { equals: 'ru' } }] },
          sort,
        })
        .then(({ docs }) => docs.map((doc) => doc.title))
    expect((await ru({ title: { like: 'ЕЛКА' } })).sort()).toEqual(['Ёлка'])
    expect((await ru({ title: { like: 'ёлка' } })).sort()).toEqual(['Ёлка'])
    expect((await ru({ title: { like: 'ЕЛ' } })).sort()).toEqual(['Ёлка', 'Ель', 'Елена'].sort())
    expect((await ru({ title: { like: 'Ёл' } })).sort()).toEqual(['Ёлка'])
    expect(await ru({}, 'title')).toEqual([...words].sort(new Intl.Collator('ru').compare))
  })

  it('keeps the keys in step with edits, translations and every searchable field', async () => {
    const story = await payload.create({
      collection: 'articles',
      locale: 'az',
      data: { title: 'Şəki yolunda', byline: 'edits' },
    })
    const find = (locale: 'az' | 'en', term: string) =>
      payload
        .find({
          collection: 'articles',
          locale,
          where: { and: [{ title: { like: term } }, { id: { equals: story.id } }] },
        })
        .then(({ docs }) => docs.map((doc) => doc.id))
    const save = (locale: 'az' | 'en', data: object) =>
      payload.update({ collection: 'articles', id: story.id, locale, data })
    expect(await find('az', 'seki')).toEqual([story.id])
    await save('az', { title: 'Gəncə yolunda' })
    expect(await find('az', 'seki')).toEqual([])
    expect(await find('az', 'GƏNCƏ')).toEqual([story.id])
    // A translation gets its own keys by its own language's rules; Azerbaijani keeps its own.
    expect(await find('en', 'ganja')).toEqual([])
    await save('en', { title: 'On the road to Ganja' })
    expect(await find('en', 'GANJA')).toEqual([story.id])
    expect(await find('az', 'ganja')).toEqual([])
    expect(await find('az', 'gence')).toEqual([story.id])
    // A save that does not send the title keeps its keys.
    await save('az', { excerpt: 'Qısa' })
    expect(await find('az', 'gəncə')).toEqual([story.id])

    const location = await payload.create({
      collection: 'locations',
      locale: 'az',
      data: { name: 'İçərişəhər', type: 'metro-station', city: 'Bakı' },
    })
    const locations = await payload.find({
      collection: 'locations',
      locale: 'az',
      where: { name: { like: 'icerisheher'.replace('sh', 's') } },
    })
    expect(locations.docs.map((doc) => doc.id)).toEqual([location.id])
    // The keys are the server's business: never in an answer.
    expect(Object.keys(locations.docs[0]!).filter((key) => /Search|SortKey/.test(key))).toEqual([])
  })

  it.runIf(process.env.TEST_DATABASE_URL?.startsWith('mongodb'))(
    'gives documents written before search keys their keys at start-up',
    async () => {
      const model = (payload.db as any).collections.articles.collection
      const now = new Date()
      await model.insertOne({
        title: { az: 'S\u0327əki', en: 'Sheki' },
        byline: { az: 'before keys' },
        _status: 'draft',
        createdAt: now,
        updatedAt: now,
      })
      const find = (term: string, locale: 'az' | 'en') =>
        payload
          .find({
            collection: 'articles',
            locale,
            where: { and: [{ title: { like: term } }, { createdAt: { equals: now } }] },
          })
          .then(({ docs }) => docs.map((doc) => doc.title))
      expect(await find('seki', 'az')).toEqual([])
      await fillMongoTextKeys(payload)
      expect(await find('seki', 'az')).toEqual(['Şəki'])
      expect(await find('SHEKI', 'en')).toEqual(['Sheki'])
    },
  )
})
