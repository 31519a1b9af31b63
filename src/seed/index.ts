import { randomUUID } from 'crypto'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { withTransaction } from '@/http/transaction'
import type { Locale } from '@/i18n/locales'

import { renderPosterArtwork, renderPrintIllustration } from './artwork'
import {
  demoPassword,
  demoUsers,
  sampleArticle,
  sampleBrochure,
  sampleCity,
  sampleLocations,
  sampleOrganisations,
  samplePartner,
  samplePageAddresses,
  samplePosters,
  sampleScreens,
  sampleStories,
  sampleVideo,
} from './content'
import { markSeededPublished } from './published'
import { paragraphs } from './richText'
import { sampleHotline } from './sampleHotline'

type Localized<T> = Partial<Record<Locale, T>>
const localesOf = <T>(value: Localized<T>) => Object.keys(value) as Locale[]

export const isDatabaseEmpty = async (payload: Payload): Promise<boolean> =>
  (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0

export type SeedResult = { screenKeys: Record<string, string>; partnerKey: string }

/**
 * Fills an empty database with the sample campaign in one transaction, so a failure leaves the
 * database as empty as it found it. Demo users (one per role, a shared password) only on request:
 * production never gets them.
 */
export const seed = async (
  payload: Payload,
  { withDemoUsers }: { withDemoUsers: boolean },
): Promise<SeedResult> => {
  const req = await createLocalReq({}, payload)
  const result = await withTransaction(req, () => seedAll(payload, req, withDemoUsers))
  payload.logger.info('Sample campaign added.')
  return result
}

const seedAll = async (payload: Payload, req: PayloadRequest, withDemoUsers: boolean) => {
  const base = { req, overrideAccess: true, depth: 0 } as const

  /**
   * Creates in Azerbaijani, then adds each other language to the same document, as drafts; what
   * the sample shows as published is then published as if it had been through the workflow.
   */
  const createLocalized = async <
    S extends 'stories' | 'articles' | 'videos' | 'posters' | 'brochures' | 'locations',
  >(
    collection: S,
    { _status, ...shared }: Record<string, unknown>,
    perLocale: Localized<Record<string, unknown>>,
  ) => {
    const [first, ...rest] = localesOf(perLocale)
    const doc = await payload.create({
      ...base,
      collection,
      locale: first,
      draft: true,
      data: { ...shared, ...perLocale[first] } as never,
    })
    for (const locale of rest) {
      await payload.update({
        ...base,
        collection,
        id: doc.id,
        locale,
        draft: true,
        data: { ...shared, ...perLocale[locale] } as never,
      })
    }
    if (_status === 'published' && collection !== 'locations')
      await markSeededPublished(req, collection as never, doc.id)
    return doc
  }

  const settings = await payload.updateGlobal({
    ...base,
    slug: 'settings',
    locale: 'az',
    data: {
      hotlines: [{ number: sampleHotline.number, label: sampleHotline.label.az, isSample: true }],
      organisations: {
        campaign: sampleOrganisations.campaign.az,
        department: sampleOrganisations.department.az,
        funder: sampleOrganisations.funder.az,
      },
      screenPollSeconds: 30,
      website: samplePageAddresses.az,
    },
  })
  for (const locale of ['en', 'ru'] as const) {
    await payload.updateGlobal({
      ...base,
      slug: 'settings',
      locale,
      data: {
        hotlines: settings.hotlines.map((row) => ({ ...row, label: sampleHotline.label[locale] })),
        organisations: {
          campaign: sampleOrganisations.campaign[locale],
          department: sampleOrganisations.department[locale],
          funder: sampleOrganisations.funder[locale],
        },
        website: samplePageAddresses[locale],
      },
    })
  }

  const locations = []
  for (const { name, type } of sampleLocations) {
    const perLocale = Object.fromEntries(
      localesOf(name).map((locale) => [locale, { name: name[locale], city: sampleCity[locale] }]),
    )
    locations.push(await createLocalized('locations', { type }, perLocale))
  }

  const screenKeys: Record<string, string> = {}
  for (const { name, location, resolution, languages } of sampleScreens) {
    const apiKey = randomUUID()
    await payload.create({
      ...base,
      collection: 'screens',
      data: {
        name,
        location: locations[location].id,
        resolution,
        languages: [...languages],
        enableAPIKey: true,
        apiKey,
      },
    })
    screenKeys[name] = apiKey
  }

  const partnerKey = randomUUID()
  await payload.create({
    ...base,
    collection: 'partners',
    data: {
      ...samplePartner,
      contentTypes: [...samplePartner.contentTypes],
      languages: [...samplePartner.languages],
      enableAPIKey: true,
      apiKey: partnerKey,
    },
  })

  const video = await createLocalized(
    'videos',
    {
      sourceType: 'external',
      externalUrl: sampleVideo.externalUrl,
      duration: sampleVideo.duration,
      _status: 'published',
    },
    { az: sampleVideo.az, en: sampleVideo.en },
  )

  const stories = []
  for (const story of sampleStories) {
    const { status, exploitationTypes, consentChannels, ...texts } = story
    const perLocale = Object.fromEntries(
      Object.entries(texts).map(([locale, { body, ...rest }]) => [
        locale,
        { ...rest, body: paragraphs(...body) },
      ]),
    )
    stories.push(
      await createLocalized(
        'stories',
        {
          _status: status,
          exploitationTypes: [...exploitationTypes],
          relatedVideo: video.id,
          consent: {
            givenAt: '2019-09-16T00:00:00.000Z',
            expiresAt: '2031-09-16T00:00:00.000Z',
            channels: [...consentChannels],
            languages: localesOf(perLocale),
            mediaTypes: ['text', 'video'],
            formReference: `SAMPLE-2019/${String(stories.length + 1).padStart(4, '0')}`,
          },
        },
        perLocale,
      ),
    )
  }

  const article = await createLocalized(
    'articles',
    {
      _status: 'published',
      relatedStories: stories.slice(0, 2).map((story) => story.id),
      relatedVideos: [video.id],
    },
    Object.fromEntries(
      localesOf(sampleArticle).map((locale) => {
        const { body, tags, ...rest } = sampleArticle[locale]!
        return [locale, { ...rest, tags: [...tags], body: paragraphs(...body) }]
      }),
    ),
  )

  await createLocalized(
    'brochures',
    {
      _status: 'published',
      fold: 'booklet-a5',
      items: [
        ...stories.map((story) => ({ relationTo: 'stories', value: story.id })),
        { relationTo: 'articles', value: article.id },
      ],
    },
    sampleBrochure,
  )

  const upload = async (
    image: Buffer,
    name: string,
    data: Record<string, unknown>,
    locale?: Locale,
  ) =>
    payload.create({
      ...base,
      collection: 'media',
      ...(locale ? { locale } : {}),
      data: { credit: 'Xəbərdar (sample artwork)', ...data } as never,
      file: {
        data: image,
        mimetype: 'image/jpeg',
        name: `${name}-${randomUUID().slice(0, 8)}.jpg`,
        size: image.length,
      },
    })

  // What good input looks like: screen artwork drawn for each screen shape, its text inside
  // the frame, and a text-free illustration for print that may be cropped to any sheet (one
  // for the three posters: a large upload is the slowest step of the sample campaign).
  const illustration = await upload(await renderPrintIllustration('#0b2545'), 'poster-print', {
    alt: 'Üç nəfər üfüqə doğru gedir',
    safeToCrop: true,
  })
  for (const poster of samplePosters) {
    const { orientation, exploitationTypes, colour, ...texts } = poster
    const perLocale: Localized<Record<string, unknown>> = {}
    for (const [locale, { title, line }] of Object.entries(texts) as [
      Locale,
      { title: string; line: string },
    ][]) {
      const hotline = `${sampleHotline.label[locale]}: ${sampleHotline.number}`
      const screenArtwork = async (shape: 'landscape' | 'portrait') =>
        (
          await upload(
            await renderPosterArtwork({
              headline: title,
              line,
              hotline,
              orientation: shape,
              colour,
            }),
            `poster-${locale}`,
            { alt: `${title}. ${line} ${hotline}` },
            locale,
          )
        ).id
      const other = orientation === 'portrait' ? 'landscape' : 'portrait'
      perLocale[locale] = {
        title,
        artwork: await screenArtwork(orientation),
        formatArtwork: {
          aSeries: illustration.id,
          metro: illustration.id,
          [other === 'portrait' ? 'screenPortrait' : 'screenLandscape']: await screenArtwork(other),
        },
      }
    }
    await createLocalized(
      'posters',
      {
        _status: 'published',
        orientation,
        exploitationTypes: [...exploitationTypes],
        displaySeconds: 12,
      },
      perLocale,
    )
  }

  if (withDemoUsers) {
    for (const user of demoUsers) {
      await payload.create({
        ...base,
        collection: 'users',
        data: { ...user, roles: [...user.roles], password: demoPassword },
      })
    }
  }

  return { screenKeys, partnerKey }
}
