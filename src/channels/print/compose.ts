import { createHash } from 'crypto'
import path from 'path'

import type { Locale } from '@/i18n/locales'
import { stableJson } from '@/workflow/content'

import type { Artwork, BrochureJob, BrochureSection, PosterJob } from './render/job'
import { lexicalBlocks } from './lexicalBlocks'

/**
 * Pure pieces of a print job: what a story or article prints as, and the fingerprint that says
 * whether a file is still current. Bump the layout version when the renderer's output changes,
 * so every file is made again.
 */
export const printLayoutVersion = 2

type Doc = Record<string, unknown>
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

const toldBy: Record<Locale, (name: string) => string> = {
  az: (name) => `${name} danışır`,
  en: (name) => `As told by ${name}`,
  ru: (name) => `Рассказывает ${name}`,
}

/** A story prints under its pseudonym only: the CMS never holds a real name. */
export const storySection = (doc: Doc, locale: Locale): BrochureSection => ({
  kind: 'story',
  title: text(doc.title),
  byline: text(doc.pseudonym) ? toldBy[locale](text(doc.pseudonym)) : undefined,
  warning: text(doc.contentWarning) || undefined,
  lead: text(doc.summary) || undefined,
  blocks: lexicalBlocks(doc.body),
})

export const articleSection = (doc: Doc): BrochureSection => ({
  kind: 'article',
  title: text(doc.title),
  byline: text(doc.byline) || undefined,
  lead: text(doc.excerpt) || undefined,
  blocks: lexicalBlocks(doc.body),
})

/** The organisations' names in one language, in the order they sign the campaign. */
export const organisationsIn = (
  organisations: Record<string, Partial<Record<Locale, string>> | null | undefined> | undefined,
  locale: Locale,
): string[] =>
  (['campaign', 'department', 'funder'] as const)
    .map((key) => text(organisations?.[key]?.[locale] ?? organisations?.[key]?.az))
    .filter(Boolean)

/** An image by its file name: moving the media folder changes nothing printed. */
const byName = (artwork: Artwork | undefined) =>
  artwork && { ...artwork, path: path.basename(artwork.path) }

/** Everything a file is made from, as one hash: the same inputs never make a file twice. */
export const inputsHash = (job: PosterJob | BrochureJob) =>
  createHash('sha256')
    .update(
      stableJson({
        layout: printLayoutVersion,
        job:
          job.kind === 'poster'
            ? { ...job, artwork: byName(job.artwork) }
            : { ...job, cover: byName(job.cover) },
      }),
    )
    .digest('hex')
