import { defaultLocale, locales, type Locale } from '@/i18n/locales'

import {
  needsUpdate,
  translationStatus,
  type LocaleMarksByLocale,
  type LocalizedShape,
} from './translations'
import type { Stage } from './transitions'

/**
 * The dashboard's lists of work, one pure function per list (no Payload here): what waits for
 * whom, decided from each item's workflow record. src/workflow/myWork.ts loads the items.
 */

type Id = string | number

/** An item as the lists read it: its latest version in every language and its workflow record. */
export type WorkItem = {
  collection: string
  id: Id
  doc: Record<string, unknown>
  shape: LocalizedShape
  stage: Stage
  authorId?: Id | null
  lastEditorId?: Id | null
  comment?: string | null
  marks: LocaleMarksByLocale
  updatedAt: string
}

/** One line of a list; `locale` when it is about one language (its edit view opens in it). */
export type WorkEntry = {
  collection: string
  id: Id
  title: string
  updatedAt: string
  locale?: Locale
  comment?: string | null
}

const sameId = (a: Id | null | undefined, b: Id) => a != null && String(a) === String(b)

/** The editor wrote it or edited it last: it is theirs to move on. */
const isMine = (item: WorkItem, userId: Id) =>
  sameId(item.authorId, userId) || sameId(item.lastEditorId, userId)

/** The title in the editors' language, then any language that has one. */
const titleOf = (item: WorkItem) => {
  const title = item.doc.title as Partial<Record<Locale, string | null>> | string | undefined
  if (typeof title === 'string') return title
  return title?.[defaultLocale] || locales.map((l) => title?.[l]).find(Boolean) || `#${item.id}`
}

const entryOf = (item: WorkItem, extra: Partial<WorkEntry> = {}): WorkEntry => ({
  collection: item.collection,
  id: item.id,
  title: titleOf(item),
  updatedAt: item.updatedAt,
  ...extra,
})

const oldestFirst = (a: WorkEntry, b: WorkEntry) => a.updatedAt.localeCompare(b.updatedAt)

/** An editor's own drafts, not yet submitted. */
export const myDrafts = (items: readonly WorkItem[], userId: Id) =>
  items
    .filter((item) => item.stage === 'draft' && isMine(item, userId))
    .map((item) => entryOf(item))
    .sort(oldestFirst)

/** An editor's items a reviewer sent back, with what the reviewer said. */
export const myChangesRequested = (items: readonly WorkItem[], userId: Id) =>
  items
    .filter((item) => item.stage === 'changes-requested' && isMine(item, userId))
    .map((item) => entryOf(item, { comment: item.comment ?? null }))
    .sort(oldestFirst)

/**
 * Translations are wanted once the original has gone to review (it may still change) and until
 * the item is archived: a draft's original is still being written.
 */
const wantsTranslations = (stage: Stage) => stage !== 'draft' && stage !== 'archived'

const translations = (languages: readonly Locale[]) =>
  languages.filter((locale) => locale !== defaultLocale)

/** Languages not written yet or not finished, per item and language. */
export const toTranslate = (items: readonly WorkItem[], languages: readonly Locale[] = locales) =>
  items
    .filter((item) => wantsTranslations(item.stage))
    .flatMap((item) =>
      translations(languages)
        .filter((locale) => {
          const status = translationStatus(item.doc, item.shape, locale, item.marks[locale])
          return status === 'missing' || status === 'in-progress'
        })
        .map((locale) => entryOf(item, { locale })),
    )
    .sort(oldestFirst)

/** Translations ready or approved whose original changed since (`needsUpdate`). */
export const needingUpdate = (items: readonly WorkItem[], languages: readonly Locale[] = locales) =>
  items
    .filter((item) => wantsTranslations(item.stage))
    .flatMap((item) =>
      translations(languages)
        .filter((locale) => {
          const status = translationStatus(item.doc, item.shape, locale, item.marks[locale])
          return (
            (status === 'ready' || status === 'approved') &&
            needsUpdate(item.doc, item.shape, locale, item.marks[locale])
          )
        })
        .map((locale) => entryOf(item, { locale })),
    )
    .sort(oldestFirst)
