import path from 'path'
import type { Payload } from 'payload'

import { relationId, type Id } from '@/db/relationId'
import { locales, type Locale } from '@/i18n/locales'
import { publicNowWhere } from '@/ledger/publicNow'
import { backgroundColour } from '@/media/edgeColour'
import { mediaDir } from '@/media/storage'
import { hotlineIn, type HotlineSetting } from '@/globals/hotline'
import { pageAddress, pageAddressesIn } from '@/links/pageAddress'

import { articleSection, inputsHash, organisationsIn, storySection } from './compose'
import { brochureFoldFormats, type BrochureFold, type PrintFormat } from './formats'
import { printFormatsIn } from './printFormats'
import type { IncludedItem, PrintedCollection } from './printFileRecord'
import type { Artwork, BrochureJob, BrochureSection, PosterJob } from './render/job'

/** A file that should exist now: what to draw, or why it cannot be drawn. */
export type WantedFile = {
  itemCollection: PrintedCollection
  itemId: string
  locale: Locale
  format: PrintFormat
  name: string
  job: PosterJob | BrochureJob
  includes: IncludedItem[]
  inputsHash: string
  /** Shown to editors instead of a file: something they can fix. */
  problem?: string
}

type Doc = Record<string, any>

/** What print may use now, in one language: read exactly as the print channel's rules say. */
const liveForPrint = async (
  payload: Payload,
  collection: 'posters' | 'brochures' | 'articles' | 'stories',
  locale: Locale,
  now: Date,
  ids?: Id[],
) => {
  const live = publicNowWhere({
    language: locale,
    channel: 'print',
    hasConsent: collection === 'stories',
    now,
  })
  const { docs } = await payload.find({
    collection,
    where: ids ? { and: [live, { id: { in: ids } }] } : live,
    locale,
    fallbackLocale: false,
    draft: false,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  return docs as Doc[]
}

/** An image as the renderer places it; `background` is the item's own colour, if it has one. */
const artworkOf = (
  media: Doc | undefined,
  { madeForFormat = false, background }: { madeForFormat?: boolean; background?: unknown } = {},
): Artwork | null =>
  media?.filename
    ? {
        path: path.join(mediaDir('images'), media.filename),
        focalX: typeof media.focalX === 'number' ? media.focalX : 50,
        focalY: typeof media.focalY === 'number' ? media.focalY : 50,
        safeToCrop: media.safeToCrop === true,
        madeForFormat,
        background: backgroundColour(background, media.edgeColour),
      }
    : null

/** The poster's artwork for a format: its own for the format's shape, else the general one. */
const posterArtwork = (
  doc: Doc,
  format: PrintFormat,
  mediaOf: (value: unknown) => Doc | undefined,
) => {
  const own = format.artworkSlot ? mediaOf(doc.formatArtwork?.[format.artworkSlot]) : undefined
  return artworkOf(own ?? mediaOf(doc.artwork), {
    madeForFormat: !!own,
    background: doc.artworkBackground,
  })
}

/**
 * Every print file that should exist now: each live poster in each of its published languages at
 * each print size, and each live brochure in each published language at its fold, with only the
 * articles and stories print may use in that language now.
 */
export const wantedPrintFiles = async (
  payload: Payload,
  now: Date,
  /** Only this poster's or brochure's files (to check one file as it is served). */
  only?: { collection: PrintedCollection; id: string },
): Promise<WantedFile[]> => {
  const settings = (await payload.findGlobal({
    slug: 'settings',
    locale: 'all',
    depth: 0,
    overrideAccess: true,
  })) as Doc
  const formats = printFormatsIn(settings)
  const hotlines: HotlineSetting[] = settings.hotlines ?? []
  const wanted: WantedFile[] = []

  const add = (
    entry: Omit<WantedFile, 'inputsHash' | 'name'>,
    { title, problem }: { title: string; problem?: string },
  ) =>
    wanted.push({
      ...entry,
      name: `${title} — ${entry.locale} — ${entry.format.label}`,
      inputsHash: inputsHash(entry.job),
      // Every piece carries the hotline and a working QR code, or it is not printed.
      problem:
        problem ??
        (!entry.job.qrUrl
          ? `Set the website address of this type in ${entry.locale} (Settings → Website addresses) first: the QR code opens it.`
          : !entry.job.hotline.length
            ? `Set the hotline in ${entry.locale} (Settings → Hotline) first.`
            : undefined),
    })

  for (const locale of locales) {
    const common = (type: PrintedCollection, doc: Doc) => ({
      locale,
      title: String(doc.title ?? ''),
      hotline: hotlineIn(hotlines, locale),
      qrUrl:
        pageAddress(pageAddressesIn(settings.website, locale), { type, locale, id: doc.id }) ?? '',
      organisations: organisationsIn(settings.organisations, locale),
    })
    const read = async (collection: PrintedCollection) =>
      !only
        ? liveForPrint(payload, collection, locale, now)
        : only.collection === collection
          ? liveForPrint(payload, collection, locale, now, [only.id])
          : []
    const posters = await read('posters')
    const brochures = await read('brochures')
    const mediaIds = [
      ...posters.flatMap((doc) => [
        relationId(doc.artwork),
        relationId(doc.formatArtwork?.aSeries),
        relationId(doc.formatArtwork?.metro),
      ]),
      ...brochures.map((doc) => relationId(doc.cover)),
    ].filter((id): id is Id => id !== null)
    const { docs: media } = await payload.find({
      collection: 'media',
      where: { id: { in: mediaIds } },
      depth: 0,
      overrideAccess: true,
      pagination: false,
    })
    const mediaById = new Map(media.map((doc) => [String(doc.id), doc as Doc]))
    const mediaOf = (value: unknown) => mediaById.get(String(relationId(value)))

    for (const doc of posters) {
      for (const format of formats) {
        const artwork = posterArtwork(doc, format, mediaOf)
        const job: PosterJob = {
          kind: 'poster',
          ...common('posters', doc),
          artwork: artwork ?? {
            path: '',
            focalX: 50,
            focalY: 50,
            safeToCrop: false,
            madeForFormat: false,
            background: null,
          },
          format,
        }
        add(
          { itemCollection: 'posters', itemId: String(doc.id), locale, format, job, includes: [] },
          {
            title: job.title,
            problem: artwork ? undefined : `This poster has no artwork in ${locale}.`,
          },
        )
      }
    }

    for (const doc of brochures) {
      const refs = ((doc.items ?? []) as { relationTo: 'articles' | 'stories'; value: unknown }[])
        .map(({ relationTo, value }) => ({ collection: relationTo, id: relationId(value) }))
        .filter((ref): ref is { collection: 'articles' | 'stories'; id: Id } => ref.id !== null)
      const found = new Map<string, BrochureSection>()
      for (const collection of ['articles', 'stories'] as const) {
        const ids = refs.filter((ref) => ref.collection === collection).map((ref) => ref.id)
        if (!ids.length) continue
        for (const item of await liveForPrint(payload, collection, locale, now, ids))
          found.set(
            `${collection}:${item.id}`,
            collection === 'stories' ? storySection(item, locale) : articleSection(item),
          )
      }
      const printed = refs.filter((ref) => found.has(`${ref.collection}:${ref.id}`))
      const format =
        brochureFoldFormats[doc.fold as BrochureFold] ?? brochureFoldFormats['booklet-a5']
      const job: BrochureJob = {
        kind: 'brochure',
        ...common('brochures', doc),
        fold: format.key as BrochureJob['fold'],
        intro: String(doc.intro ?? ''),
        cover: artworkOf(mediaOf(doc.cover)) ?? undefined,
        sections: printed.map((ref) => found.get(`${ref.collection}:${ref.id}`)!),
      }
      add(
        {
          itemCollection: 'brochures',
          itemId: String(doc.id),
          locale,
          format,
          job,
          includes: printed.map((ref) => ({ collection: ref.collection, id: String(ref.id) })),
        },
        {
          title: job.title,
          problem: printed.length
            ? undefined
            : `None of this brochure's articles and stories can be printed in ${locale} now: they are not published in it, or a story's consent does not allow print.`,
        },
      )
    }
  }
  return wanted
}
