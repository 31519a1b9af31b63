import { describe, expect, it } from 'vitest'

import {
  approveLocales,
  needsUpdate,
  textHash,
  type LocaleMarksByLocale,
  type LocalizedShape,
} from '@/workflow/translations'
import type { Stage } from '@/workflow/transitions'
import {
  myChangesRequested,
  myDrafts,
  needingUpdate,
  toTranslate,
  type WorkItem,
} from '@/workflow/workLists'

const shape: LocalizedShape = { localized: ['title', 'body'], required: ['title'] }
const doc = (az: string, en: string | null = null, ru: string | null = null) => ({
  title: { az, en, ru },
  body: { az: 'Mətn', en: en && 'Text', ru: ru && 'Текст' },
})

let next = 0
const item = (stage: Stage, extra: Partial<WorkItem> = {}): WorkItem => ({
  collection: 'articles',
  id: ++next,
  doc: doc(`Material ${next}`),
  shape,
  stage,
  marks: {},
  updatedAt: `2026-12-0${(next % 9) + 1}T10:00:00.000Z`,
  ...extra,
})
const keys = (entries: { id: string | number; locale?: string }[]) =>
  entries.map(({ id, locale }) => (locale ? `${id}/${locale}` : id))

describe("an editor's lists", () => {
  it('should list the drafts they wrote or last edited, oldest first', () => {
    const mine = item('draft', { authorId: 7 })
    const editedLast = item('draft', { authorId: 1, lastEditorId: '7', updatedAt: '2026-11-01' })
    const others = item('draft', { authorId: 1 })
    const submitted = item('in-review', { authorId: 7 })
    expect(keys(myDrafts([mine, editedLast, others, submitted], 7))).toEqual([
      editedLast.id,
      mine.id,
    ])
  })

  it("should list their items sent back, with the reviewer's comment", () => {
    const sentBack = item('changes-requested', { authorId: 7, comment: 'Adı gizlədin.' })
    const othersSentBack = item('changes-requested', { authorId: 8, comment: 'x' })
    expect(
      myChangesRequested([sentBack, othersSentBack, item('draft', { authorId: 7 })], 7),
    ).toEqual([
      expect.objectContaining({
        id: sentBack.id,
        title: (sentBack.doc.title as { az: string }).az,
        comment: 'Adı gizlədin.',
      }),
    ])
  })
})

describe("a translator's lists", () => {
  it('should list each language missing or unfinished once the original went to review', () => {
    const unwritten = item('in-review')
    const halfDone = item('approved', { doc: doc('Başlıq', 'Title') })
    const enReady: LocaleMarksByLocale = { en: { readyHash: textHash(doc('A', 'B'), shape, 'en') } }
    const enDone = item('published', { doc: doc('A', 'B'), marks: enReady })
    const draft = item('draft')
    const archived = item('archived')
    expect(keys(toTranslate([unwritten, halfDone, enDone, draft, archived]))).toEqual(
      expect.arrayContaining([
        `${unwritten.id}/en`,
        `${unwritten.id}/ru`,
        `${halfDone.id}/en`,
        `${halfDone.id}/ru`,
        `${enDone.id}/ru`,
      ]),
    )
    expect(toTranslate([unwritten, halfDone, enDone, draft, archived])).toHaveLength(5)
    // Only the languages the translator works in, never the original.
    expect(keys(toTranslate([unwritten], ['az', 'ru']))).toEqual([`${unwritten.id}/ru`])
  })

  it('should list a translation ready or approved whose original changed since', () => {
    const before = doc('Köhnə başlıq', 'Old title')
    const marks: LocaleMarksByLocale = {
      en: { readyHash: textHash(before, shape, 'en'), sourceHash: textHash(before, shape, 'az') },
    }
    const unchanged = item('in-review', { doc: before, marks })
    const changed = item('in-review', {
      doc: { ...before, title: { ...before.title, az: 'Yeni başlıq' } },
      marks,
    })
    expect(keys(needingUpdate([unchanged, changed]))).toEqual([`${changed.id}/en`])
    // Not also "to translate": it is finished, only behind.
    expect(keys(toTranslate([changed]))).toEqual([`${changed.id}/ru`])
  })

  it('should remember the original an approval saw, so a later change shows', () => {
    const approvedDoc = doc('Başlıq', 'Title')
    const ready = { en: { readyHash: textHash(approvedDoc, shape, 'en') } }
    const result = approveLocales(approvedDoc, shape, ready)
    if ('refusal' in result) throw new Error(result.refusal)
    expect(result.marks.en?.sourceHash).toBe(textHash(approvedDoc, shape, 'az'))
    expect(result.marks.az).not.toHaveProperty('sourceHash')
    expect(needsUpdate(approvedDoc, shape, 'en', result.marks.en)).toBe(false)
    const edited = { ...approvedDoc, body: { ...approvedDoc.body, az: 'Yeni mətn' } }
    expect(needsUpdate(edited, shape, 'en', result.marks.en)).toBe(true)
    // Marks from before the original was fingerprinted say nothing.
    expect(needsUpdate(edited, shape, 'en', ready.en)).toBe(false)
  })
})
