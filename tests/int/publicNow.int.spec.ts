import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import {
  consentChannels,
  publicNow,
  publicNowWhere,
  type ConsentMediaType,
  type PublicItem,
  type Reading,
} from '@/ledger/publicNow'

import { fullConsent } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

/**
 * The rule's two forms agree: random items written straight to a real database, then for every
 * language and channel at a fixed moment, the query returns exactly the items the pure function
 * calls public. fast-check is not installed: a seeded generator, so a failure replays.
 */
const seed = Number(process.env.PUBLIC_NOW_SEED ?? 20261207)
const storyCount = 400
const posterCount = 120
const now = new Date('2026-06-01T09:00:00.000Z')

/** mulberry32: small, seeded, good enough to pick cases. */
const random = (() => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
})()
const oneOf = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]
/** Mostly the value that lets an item out, so that every clause is often the only one failing. */
const usually = <T>(good: T, bad: readonly T[]): T => (random() < 0.85 ? good : oneOf(bad))
const someOf = <T>(values: readonly T[]): T[] => values.filter(() => random() < 0.5)
const usuallyAll = <T>(values: readonly T[]): T[] => (random() < 0.8 ? [...values] : someOf(values))

const shift = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString()
const past = () => shift(-1 - Math.floor(random() * 100_000))
const future = () => shift(1 + Math.floor(random() * 100_000))
/** Unset (missing or null), or a time before, at or after `now`. */
const unset = () => oneOf([undefined, null])
const anyTime = () => oneOf([unset, past, future, () => now.toISOString()])()
const references = ['F-1', 'İAMBİ-2026/0001', 'Ф-7', '', ' ', '   ', '\u00a0', '\t\n', ' F-2']
const reference = () => usually(oneOf(references.slice(0, 3)), [...references.slice(3), null])

const itemParts = (): PublicItem => ({
  _status: usually('published', ['draft']),
  workflow: {
    publishedLocales: usuallyAll(locales),
    withdrawnAt: usually(oneOf([undefined, null]), [past()]),
  },
  publishAt: usually(oneOf([undefined, null, past(), now.toISOString()]), [future()]),
  unpublishAt: usually(oneOf([undefined, null, future()]), [past(), now.toISOString()]),
})

const story = (): PublicItem => {
  const isMinor = oneOf([undefined, null, false, true])
  return {
    ...itemParts(),
    consent: usually(
      {
        givenAt: usually(oneOf([past(), now.toISOString()]), [future(), null]),
        expiresAt: usually(future(), [past(), now.toISOString(), null]),
        channels: usuallyAll(consentChannels),
        languages: usuallyAll(locales),
        mediaTypes: usually<ConsentMediaType[]>(
          ['text', 'image'],
          [['image', 'video'], [], ['text']],
        ),
        formReference: reference(),
        isMinor,
        ...(isMinor && random() < 0.9
          ? {
              guardianGivenAt: usually(past(), [future(), null]),
              guardianFormReference: reference(),
            }
          : {}),
      } as PublicItem['consent'],
      [null, {}],
    ),
  }
}

type Written = { id: string; item: PublicItem }
const collections = [
  { slug: 'stories', hasConsent: true, make: story, count: storyCount },
  { slug: 'posters', hasConsent: false, make: itemParts, count: posterCount },
] as const

describe('"public now": the pure rule and its query agree on a real database', () => {
  let payload: Payload
  let stop: () => Promise<void>
  const written: Record<string, Written[]> = {}

  beforeAll(async () => {
    ;({ payload, stop } = await startPayload())
    for (const { slug, make, count } of collections) {
      written[slug] = []
      for (let i = 0; i < count; i++) {
        const item = make()
        // Straight to the adapter: the workflow's hooks would refuse to publish (as they should).
        const doc = await payload.db.create({ collection: slug, data: item as any })
        written[slug].push({ id: String(doc.id), item })
      }
    }
  })
  afterAll(async () => {
    await stop?.()
  })

  const readings: Reading[] = locales.flatMap((language) =>
    consentChannels.map((channel) => ({ language, channel, now })),
  )

  for (const { slug, hasConsent } of collections)
    it(`should return exactly the ${slug} the rule calls public, in every language on every channel (seed ${seed})`, async () => {
      const failingAlone = new Set<string>()
      for (const reading of readings) {
        const expected = written[slug]
          .filter(({ item }) => publicNow({ item, hasConsent, ...reading }).isPublic)
          .map(({ id }) => id)
        const { docs } = await payload.find({
          collection: slug,
          where: publicNowWhere({ hasConsent, ...reading }),
          locale: reading.language,
          draft: false,
          depth: 0,
          overrideAccess: true,
          pagination: false,
          select: {},
        })
        const label = `${reading.language} on ${reading.channel}`
        expect(docs.map((doc) => String(doc.id)).sort(), label).toEqual(expected.sort())
        // Not vacuous: some items are out and some in.
        expect(expected.length, label).toBeGreaterThan(0)
        expect(expected.length, label).toBeLessThan(written[slug].length)
        for (const { item } of written[slug]) {
          const { reasons } = publicNow({ item, hasConsent, ...reading })
          if (reasons.length === 1) failingAlone.add(reasons[0].replace(/\d.*$/, ''))
        }
      }
      // Each part of the rule was, somewhere, the only thing keeping an item off.
      expect([...failingAlone].length).toBeGreaterThanOrEqual(hasConsent ? 14 : 5)
    })

  it('should save a form reference typed with spaces around it as the reference itself', async () => {
    const doc = await payload.create({
      collection: 'stories',
      data: {
        title: 'Boşluqlu forma',
        pseudonym: 'Aygün',
        consent: {
          ...fullConsent,
          formReference: ' F-9\u00a0',
          isMinor: true,
          guardianGivenAt: '2026-01-10T00:00:00.000Z',
          guardianFormReference: '\tG-9 ',
        },
      },
      draft: true,
    })
    expect(doc.consent).toMatchObject({ formReference: 'F-9', guardianFormReference: 'G-9' })
    await payload.delete({ collection: 'stories', id: doc.id })
  })
})
