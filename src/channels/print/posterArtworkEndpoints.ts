import path from 'path'
import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '@/access/roles'
import { relationId, type Id } from '@/db/relationId'
import { isWellFormedId } from '@/http/ids'
import { refuse } from '@/http/refuse'
import { defaultLocale, isLocale, locales, type Locale } from '@/i18n/locales'
import { backgroundColour, edgeColourOf } from '@/media/edgeColour'
import { mediaDir } from '@/media/storage'

import { drawArtworkPreview, UnreadableArtworkError, type PreviewFrame } from './artworkPreview'
import { printFormatsIn } from './printFormats'
import {
  artworkResolution,
  chosenImage,
  isScreenKind,
  posterPlacement,
  printResolution,
  screenKinds,
  screenResolution,
  type ImageInfo,
  type PosterImages,
} from './resolution'

type Doc = Record<string, any>
type MediaDoc = ImageInfo & {
  filename?: string | null
  edgeColour?: string | null
  sizes?: { web?: { filename?: string | null } | null } | null
}

const slots = ['aSeries', 'metro', 'screenLandscape', 'screenPortrait'] as const

/** A query parameter given at most once, as text: `?locale[]=az` or a repeat is refused, not half-read. */
const singleParam = (req: PayloadRequest, name: string) => {
  const keys = [...req.searchParams.keys()].filter(
    (key) => key === name || key.startsWith(`${name}[`),
  )
  if (keys.length > 1 || keys.some((key) => key !== name))
    throw refuse(400, `Give "${name}" once, as ?${name}=…`)
  return req.searchParams.get(name)
}

/** The poster's draft in one language, its images and print sizes, for staff only. */
const readDraft = async (req: PayloadRequest) => {
  if (!req.user) throw refuse(401, 'Log in to check a poster’s artwork.')
  if (!isStaffUser(req.user)) throw refuse(403, 'Only campaign staff check posters’ artwork.')
  const id = req.routeParams?.id
  if (!isWellFormedId(id, req.payload.db.name)) throw refuse(404, 'No such poster.')
  const locale = singleParam(req, 'locale') ?? defaultLocale
  if (!isLocale(locale))
    throw refuse(400, `"locale" must be one of ${locales.join(', ')}, e.g. ?locale=az.`)
  // The latest version, approved or not: the check is for the editor and the reviewer before it.
  const poster = (await req.payload.findByID({
    collection: 'posters',
    id: id as string,
    draft: true,
    locale,
    fallbackLocale: false,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    req,
  })) as Doc | null
  if (!poster) throw refuse(404, 'No such poster.')
  const ids = [poster.artwork, ...slots.map((slot) => poster.formatArtwork?.[slot])]
    .map(relationId)
    .filter((value): value is Id => value !== null)
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    req,
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc as unknown as MediaDoc]))
  // An image without stored dimensions cannot be measured: treated as none.
  const mediaOf = (value: unknown) => {
    const media = byId.get(String(relationId(value)))
    return media?.width && media?.height ? media : null
  }
  const images: PosterImages = {
    artwork: mediaOf(poster.artwork),
    formatArtwork: Object.fromEntries(
      slots.map((slot) => [slot, mediaOf(poster.formatArtwork?.[slot])]),
    ),
  }
  const settings = (await req.payload.findGlobal({
    slug: 'settings',
    depth: 0,
    overrideAccess: true,
    req,
  })) as Doc
  return { poster, locale: locale as Locale, images, byId, formats: printFormatsIn(settings) }
}

const imagePath = (media: MediaDoc | undefined, { preferWeb = false } = {}) => {
  const name = (preferWeb && media?.sizes?.web?.filename) || media?.filename
  return name ? path.join(mediaDir('images'), name) : null
}

/** As the renderer chooses it: the poster's colour, else the image's edge (stored, or read). */
const backgroundOf = async (poster: Doc, media: MediaDoc | undefined) => {
  const chosen = backgroundColour(poster.artworkBackground, media?.edgeColour)
  if (chosen) return chosen
  const file = imagePath(media, { preferWeb: true })
  return file ? edgeColourOf(file).catch(() => '#ffffff') : '#ffffff'
}

/**
 * `GET /api/posters/:id/artwork-check?locale=az`: for the draft in that language, each print
 * format's effective ppi and each screen's scale, which image they use and how, and whether it is
 * below what the format needs (src/channels/print/resolution.ts).
 */
const artworkCheck: Endpoint = {
  path: '/:id/artwork-check',
  method: 'get',
  handler: async (req) => {
    const { poster, locale, images, byId, formats } = await readDraft(req)
    const { print, screens } = artworkResolution(images, formats)
    const describe = async <T extends { fit: unknown; imageId: Id | null }>({
      fit: _fit,
      ...rest
    }: T) => ({
      ...rest,
      background:
        rest.imageId === null ? null : await backgroundOf(poster, byId.get(String(rest.imageId))),
    })
    return Response.json(
      {
        id: poster.id,
        locale,
        print: await Promise.all(print.map(describe)),
        screens: await Promise.all(screens.map(describe)),
        low: [...print, ...screens].filter((entry) => entry.isLow).map((entry) => entry.key),
      },
      { headers: { 'cache-control': 'private, no-store' } },
    )
  },
}

/**
 * `GET /api/posters/:id/artwork-preview?locale=az&format=a4` (a print format's key, or
 * screenLandscape, screenPortrait, screen4k): a PNG of the format with the draft's artwork placed
 * as the renderer places it, and its bleed, trim and safe area drawn over it.
 */
const artworkPreview: Endpoint = {
  path: '/:id/artwork-preview',
  method: 'get',
  handler: async (req) => {
    const { poster, locale, images, byId, formats } = await readDraft(req)
    const key = singleParam(req, 'format') ?? ''
    const format = formats.find((candidate) => candidate.key === key)
    if (!format && !isScreenKind(key))
      throw refuse(
        400,
        `"format" must be one of ${[...formats.map((f) => f.key), ...Object.keys(screenKinds)].join(', ')}.`,
      )
    const chosen = chosenImage(
      images,
      format ? format.artworkSlot : screenKinds[key as 'screen4k'].slot,
    )
    if (!chosen) throw refuse(404, `This poster has no artwork in ${locale}.`)
    const media = byId.get(String(chosen.image.id))
    const background = await backgroundOf(poster, media)
    let fit
    let frame: PreviewFrame
    if (format) {
      const { sheet, zone, safe } = posterPlacement(format)
      fit = printResolution(images, format).fit
      frame = {
        size: sheet,
        zone,
        background,
        panelTop: zone.y + zone.height,
        trim: sheet.trim,
        safe,
      }
    } else {
      const result = screenResolution(images, key as keyof typeof screenKinds)
      const screen = { x: 0, y: 0, width: result.width, height: result.height }
      fit = result.fit
      frame = { size: screen, zone: screen, background }
    }
    const png = await drawArtworkPreview({
      file: imagePath(media, { preferWeb: true }),
      source: chosen.image,
      fit,
      frame,
    }).catch((err) => {
      if (!(err instanceof UnreadableArtworkError)) throw err
      req.payload.logger.error({ err, msg: `Artwork preview of poster ${poster.id}` })
      throw refuse(409, 'The artwork’s file cannot be read: upload the image again.')
    })
    return new Response(new Uint8Array(png), {
      headers: {
        'content-type': 'image/png',
        'content-length': String(png.length),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    })
  },
}

export const posterArtworkEndpoints: Endpoint[] = [artworkCheck, artworkPreview]
