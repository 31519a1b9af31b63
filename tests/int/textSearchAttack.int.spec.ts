import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fullConsent } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

/**
 * Review of issue 15 (search and sorting by language), as an attacker and a demanding user:
 * each test here is a finding or a probe that held.
 */
describe('language-aware search under attack', () => {
  let payload: Payload
  let stop: () => Promise<void>
  let admin: Record<string, unknown>
  let articleId: number | string

  beforeAll(async () => {
    ;({ payload, stop } = await startPayload())
    admin = (await payload.create({
      collection: 'users',
      data: {
        email: 'attack-admin@example.org',
        password: 'test-password-Ə1',
        name: 'İlham Işıqlı',
        roles: ['admin'],
      } as never,
    })) as never
    admin = { ...admin, collection: 'users' }
    // Published in Azerbaijani only; its English title is written but not published.
    const article = await payload.create({
      collection: 'articles',
      locale: 'az',
      data: { title: 'Şəki yolunda', byline: 'attack' } as never,
    })
    articleId = article.id
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'en',
      data: { title: 'Unpublished English secret' } as never,
    })
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'az',
      data: {
        _status: 'published',
        workflow: { stage: 'published', publishedLocales: ['az'] },
      } as never,
      context: { isWorkflowAction: true },
    })
  })
  afterAll(async () => {
    await stop?.()
  })

  /** How many of `ids` have a title the term finds, as the staff read them. */
  const titlesMatching = async (term: string, locale: string, ids: Array<number | string>) =>
    (
      await payload.find({
        collection: 'articles',
        locale: locale as 'az',
        where: { and: [{ title: { like: term } }, { id: { in: ids } }] },
        depth: 0,
      })
    ).totalDocs

  const find = (collection: 'users' | 'articles', where: Where, locale: string, user?: object) =>
    payload.find({
      collection,
      where,
      locale: locale as 'az',
      user,
      overrideAccess: false,
      depth: 0,
      limit: 50,
    })

  it('finds an untranslated name (keyed by Azerbaijani rules) with its own letters whatever the locale read', async () => {
    // "Işıqlı" and "İlham" are keyed by Azerbaijani rules (README: names are not translated);
    // the term must be lowered by the same rules, not by the request's language.
    for (const locale of ['az', 'en', 'ru']) {
      const byOwnLetters = await find('users', { name: { like: 'IŞIQLI' } }, locale, admin)
      expect(byOwnLetters.totalDocs, `IŞIQLI in ${locale}`).toBe(1)
      const byDottedI = await find('users', { name: { like: 'İLHAM' } }, locale, admin)
      expect(byDottedI.totalDocs, `İLHAM in ${locale}`).toBe(1)
    }
  })

  it('rewrites searches inside GraphQL-style OR / AND (upper case, as Payload accepts them)', async () => {
    // Payload's GraphQL sends `OR`/`AND` as written and the database adapters accept them in
    // any case; the plain term "seki" must find "Şəki" there too, not be refused or compared raw.
    for (const key of ['OR', 'AND']) {
      const found = await find(
        'articles',
        { [key]: [{ title: { like: 'seki' } }, { byline: { equals: 'attack' } }] } as Where,
        'az',
        admin,
      )
      expect(found.docs.map((doc) => (doc as { title?: string }).title)).toEqual(['Şəki yolunda'])
    }
  })

  it('does not let a reader in one language probe the keys of a language that is not published', async () => {
    // Sanity: the English title is stored on the live document.
    const asStaff = await payload.findByID({ collection: 'articles', id: articleId, locale: 'en' })
    expect(asStaff.title).toBe('Unpublished English secret')
    // The public reads in Azerbaijani and sees the item...
    expect((await find('articles', {}, 'az')).totalDocs).toBe(1)
    // ...but may not learn its English title through a path naming the language.
    const found: Record<string, number | string> = {}
    for (const path of ['title.en', 'titleSearch.en', 'titleSearchPlain.en', 'titleSortKey.en']) {
      try {
        found[path] = (await find('articles', { [path]: { like: 'secret' } }, 'az')).totalDocs
      } catch (error) {
        found[path] = 'refused'
      }
    }
    // Each either refused or finding nothing: 1 would tell the reader the unpublished title.
    expect(Object.entries(found).filter(([, count]) => count === 1)).toEqual([])
  })

  it('keeps the keys out of every answer, versions and locale=all included', async () => {
    const all = await payload.findByID({
      collection: 'articles',
      id: articleId,
      locale: 'all',
      user: admin,
      overrideAccess: false,
    })
    expect(Object.keys(all).filter((key) => /Search|SortKey/.test(key))).toEqual([])
    const versions = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: articleId } },
      user: admin,
      overrideAccess: false,
      locale: 'all',
    })
    expect(JSON.stringify(versions.docs)).not.toMatch(/Search|SortKey/)
  })

  it('keeps keys in step through per-language writes, a cleared translation and a duplicate', async () => {
    const made = await payload.create({
      collection: 'articles',
      locale: 'az',
      data: { title: 'Çətin iş', byline: 'steps' } as never,
    })
    // (A locale=all write with { az, en, ru } is refused as bad input before any hook.)
    for (const [locale, title] of [
      ['az', 'Ağır əmək'],
      ['en', 'Hard labour'],
      ['ru', 'Тяжёлый труд'],
    ] as const)
      await payload.update({
        collection: 'articles',
        id: made.id,
        locale,
        data: { title } as never,
      })
    const ids: Array<number | string> = [made.id]
    const search = (term: string, locale: string) => titlesMatching(term, locale, ids)
    expect(await search('agir', 'az')).toBe(1)
    expect(await search('cetin', 'az')).toBe(0)
    expect(await search('LABOUR', 'en')).toBe(1)
    expect(await search('тяжелый', 'ru')).toBe(1)
    // A translation's text removed: its key goes with it (title is required, the byline is not).
    const bylines = async (term: string) =>
      (
        await payload.find({
          collection: 'articles',
          locale: 'en',
          where: { and: [{ byline: { like: term } }, { id: { equals: made.id } }] },
          depth: 0,
        })
      ).totalDocs
    await payload.update({
      collection: 'articles',
      id: made.id,
      locale: 'en',
      data: { byline: 'Anna Ivanova' } as never,
    })
    expect(await bylines('ANNA')).toBe(1)
    await payload.update({
      collection: 'articles',
      id: made.id,
      locale: 'en',
      data: { byline: null } as never,
    })
    expect(await bylines('anna')).toBe(0)
    expect(await search('agir', 'az')).toBe(1)
    ids.push((await payload.duplicate({ collection: 'articles', id: made.id, locale: 'az' })).id)
    expect(await search('agir', 'az')).toBe(2)
    expect(await search('тяжелый', 'ru')).toBe(2)
  })

  const outcome = async (term: string) => {
    try {
      return (await find('articles', { title: { like: term } }, 'az')).totalDocs
    } catch (error) {
      return `${(error as { status?: number }).status ?? 500}`
    }
  }

  it('treats % and _ in a term as characters, not SQLite LIKE wildcards (as MongoDB does)', async () => {
    // "%" and "_" are characters in a title, as MongoDB treats them, not SQLite LIKE wildcards.
    expect(await outcome('%')).toBe(0)
    expect(await outcome('ş_ki')).toBe(0)
    for (const title of ['Qazanc 100%', 'iş_yeri'])
      await payload.create({ collection: 'articles', locale: 'az', data: { title } })
    // As staff see drafts: each finds its own title and nothing else.
    const staffFinds = async (term: string) =>
      (
        await payload.find({
          collection: 'articles',
          locale: 'az',
          where: { title: { like: term } },
        })
      ).docs.map((doc) => doc.title)
    expect(await staffFinds('100%')).toEqual(['Qazanc 100%'])
    expect(await staffFinds('%')).toEqual(['Qazanc 100%'])
    expect(await staffFinds('_')).toEqual(['iş_yeri'])
    expect(await staffFinds('IS_YERI')).toEqual(['iş_yeri'])
  })

  it('answers a term too big for the database with a 400 or nothing, never a server error', async () => {
    // Longer than SQLite's LIKE pattern limit (50,000 bytes), and more words than its
    // expression depth (1,000): a reader's mistake, not a server error.
    expect([0, '400']).toContain(
      await outcome(Array.from({ length: 1500 }, () => 'seki').join(' ')),
    )
    expect([0, '400']).toContain(await outcome('ə'.repeat(30_000)))
  })

  it('keeps the bytes of secrets as given: NFC is for text, not for a webhook signing secret', async () => {
    // A secret agreed with a partner signs with its bytes; composing it would change every signature.
    const secret = 'Sirr-s\u0327\u0259-0123456789abcdef'.normalize('NFD')
    const partner = await payload.create({
      collection: 'partners',
      data: {
        name: 'Sirr',
        contentTypes: ['articles'],
        languages: ['az'],
        webhookSecret: secret,
      } as never,
    })
    const stored = await payload.findByID({ collection: 'partners', id: partner.id, depth: 0 })
    expect((stored as { webhookSecret?: string }).webhookSecret).toBe(secret)
  })

  it('publishing one language keeps the live keys of the others, not their drafts', async () => {
    const publish = (id: number | string, locale: 'az' | 'en') =>
      payload.update({
        collection: 'articles',
        id,
        locale,
        draft: false,
        publishSpecificLocale: locale,
        data: { _status: 'published' } as never,
        context: { isWorkflowAction: true },
      })
    const made = await payload.create({
      collection: 'articles',
      locale: 'az',
      data: { title: 'Alfa başlıq' } as never,
    })
    await payload.update({
      collection: 'articles',
      id: made.id,
      locale: 'en',
      data: { title: 'Alpha heading' } as never,
    })
    await publish(made.id, 'az')
    await publish(made.id, 'en')
    // A new English draft, then only Azerbaijani is published again.
    await payload.update({
      collection: 'articles',
      id: made.id,
      locale: 'en',
      draft: true,
      data: { title: 'Beta unapproved' } as never,
    })
    await payload.update({
      collection: 'articles',
      id: made.id,
      locale: 'az',
      draft: true,
      data: { title: 'Alfa yenilənib' } as never,
    })
    await publish(made.id, 'az')
    const live = await payload.findByID({ collection: 'articles', id: made.id, locale: 'en' })
    expect(live.title).toBe('Alpha heading')
    const liveFound = (term: string, locale: 'az' | 'en') => titlesMatching(term, locale, [made.id])
    expect(await liveFound('beta', 'en')).toBe(0)
    expect(await liveFound('alpha', 'en')).toBe(1)
    expect(await liveFound('yenilenib', 'az')).toBe(1)
    expect(await liveFound('alfa', 'az')).toBe(1)
  })

  it('does not let a reader test the title of a story that is not public through a published article linking it', async () => {
    const story = await payload.create({
      collection: 'stories',
      locale: 'az',
      data: { title: 'Gizli hekayə', pseudonym: 'Aygün', consent: fullConsent } as never,
    })
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'az',
      data: { relatedStories: [story.id] } as never,
      context: { isWorkflowAction: true },
    })
    // Sanity: staff find the article by its linked story's title.
    expect(
      (await find('articles', { 'relatedStories.title': { like: 'gizli' } }, 'az', admin))
        .totalDocs,
    ).toBe(1)
    const found: Record<string, number | string> = {}
    for (const path of [
      'relatedStories.title',
      'relatedStories.titleSearch',
      'relatedStories.pseudonym',
    ]) {
      try {
        const term = path.endsWith('pseudonym') ? 'aygün' : 'gizli'
        found[path] = (await find('articles', { [path]: { like: term } }, 'az')).totalDocs
      } catch {
        found[path] = 'refused'
      }
    }
    expect(Object.entries(found).filter(([, count]) => count === 1)).toEqual([])
  })
})
