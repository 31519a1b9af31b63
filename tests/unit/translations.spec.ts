import { describe, expect, it } from 'vitest'

import {
  approveLocales,
  localeHash,
  planPublication,
  sharedHash,
  textHash,
  translationStatus,
  translationStatusesOf,
  type LocalizedShape,
} from '@/workflow/translations'

const shape: LocalizedShape = { localized: ['title', 'body'], required: ['title'] }
const doc = {
  id: 1,
  title: { az: 'Başlıq', en: 'Title', ru: null },
  body: { az: 'Mətn', en: 'Text', ru: 'Текст' },
  heroImage: 7,
  workflow: { stage: 'in-review' },
}
const readyAll = { en: { readyHash: textHash(doc, shape, 'en') } }
/** The marks after approving `doc` with az submitted and en marked ready. */
const approvedMarks = () => {
  const result = approveLocales(doc, shape, readyAll)
  if ('refusal' in result) throw new Error(result.refusal)
  return result
}

describe('translation status', () => {
  it('should be missing without required text, in progress until marked, ready when marked', () => {
    expect(translationStatus({ ...doc, title: {}, body: {} }, shape, 'ru')).toBe('missing')
    // Body alone is not the required title: still missing.
    expect(translationStatus(doc, shape, 'ru')).toBe('missing')
    expect(translationStatus(doc, shape, 'en')).toBe('in-progress')
    expect(translationStatus(doc, shape, 'en', readyAll.en)).toBe('ready')
  })

  it('should make the original ready by submitting the item, not by a mark', () => {
    expect(translationStatus(doc, shape, 'az', { readyHash: textHash(doc, shape, 'az') })).toBe(
      'in-progress',
    )
    expect(translationStatus(doc, shape, 'az', {}, true)).toBe('ready')
  })

  it('should fall back to in progress when the text changes after the ready mark', () => {
    const edited = { ...doc, title: { ...doc.title, en: 'Another title' } }
    expect(translationStatus(edited, shape, 'en', readyAll.en)).toBe('in-progress')
  })

  it('should not count the workflow record or timestamps as text', () => {
    const touched = { ...doc, workflow: { stage: 'approved' }, updatedAt: 'now' }
    expect(textHash(touched, shape, 'en')).toBe(textHash(doc, shape, 'en'))
    expect(sharedHash(touched, shape)).toBe(sharedHash(doc, shape))
  })
})

describe('approval per language', () => {
  it('should refuse when the original is not complete, naming its status', () => {
    expect(approveLocales({ ...doc, title: { en: 'Title' } }, shape, readyAll)).toEqual({
      refusal: 'The az original is missing: it must be complete and submitted before approval.',
    })
  })

  it('should approve exactly the languages that are ready', () => {
    const result = approvedMarks()
    expect(result.approved).toEqual(['az', 'en'])
    expect(translationStatusesOf(doc, shape, result.marks)).toEqual({
      az: 'approved',
      en: 'approved',
      ru: 'missing',
    })
  })

  it('should send every language back to review when a shared field changes', () => {
    const result = approvedMarks()
    const newImage = { ...doc, heroImage: 8 }
    expect(translationStatusesOf(newImage, shape, result.marks, true)).toEqual({
      az: 'ready',
      en: 'ready',
      ru: 'missing',
    })
  })

  it('should keep other languages approved when one language is edited', () => {
    const result = approvedMarks()
    const enEdited = { ...doc, title: { ...doc.title, en: 'New' } }
    expect(translationStatusesOf(enEdited, shape, result.marks)).toMatchObject({
      az: 'approved',
      en: 'in-progress',
    })
  })
})

describe('publication plan', () => {
  const approvedAz = { az: { approvedHash: localeHash(doc, shape, 'az') } }

  it('should publish approved languages and keep a live one whose shared fields are unchanged', () => {
    expect(
      planPublication({
        doc,
        shape,
        marks: approvedAz,
        liveLocales: ['az', 'en'],
        liveSharedHash: sharedHash(doc, shape),
      }),
    ).toEqual({ publish: ['az'], keep: ['en'], takenOff: [], live: ['az', 'en'] })
  })

  it('should take a live language off when the shared fields it was approved with changed', () => {
    expect(
      planPublication({
        doc,
        shape,
        marks: approvedAz,
        liveLocales: ['az', 'en'],
        liveSharedHash: 'older shared fields',
      }),
    ).toEqual({ publish: ['az'], keep: [], takenOff: ['en'], live: ['az'] })
  })
})
