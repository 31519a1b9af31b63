import { describe, expect, it } from 'vitest'

import { articleSection, inputsHash, organisationsIn, storySection } from '@/channels/print/compose'
import { lexicalBlocks } from '@/channels/print/lexicalBlocks'
import type { PosterJob } from '@/channels/print/render/job'
import { checkPrintGrant, signPrintGrant, type PrintGrant } from '@/channels/print/shareLink'
import { signToken } from '@/links/signedToken'
import { signPreview } from '@/channels/website/previewToken'

import { paragraphs } from '../helpers/richText'

const secret = 'a-secret-of-the-test-0123456789'

describe('brochure sections', () => {
  it('should print Lexical as headings, paragraphs, quotes and list items', () => {
    const doc = {
      root: {
        children: [
          { type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'Başlıq' }] },
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Bir ' },
              { type: 'link', children: [{ type: 'text', text: 'keçid' }] },
            ],
          },
          { type: 'paragraph', children: [] },
          { type: 'quote', children: [{ type: 'text', text: 'Sitat' }] },
          {
            type: 'list',
            listType: 'number',
            children: [
              { type: 'listitem', children: [{ type: 'text', text: 'Birinci' }] },
              { type: 'listitem', children: [{ type: 'text', text: 'İkinci' }] },
            ],
          },
          { type: 'upload', value: 7 },
        ],
      },
    }
    expect(lexicalBlocks(doc)).toEqual([
      { type: 'heading', text: 'Başlıq' },
      { type: 'paragraph', text: 'Bir keçid' },
      { type: 'quote', text: 'Sitat' },
      { type: 'paragraph', text: '1. Birinci' },
      { type: 'paragraph', text: '2. İkinci' },
    ])
    expect(lexicalBlocks(null)).toEqual([])
  })

  it('should print a story under its pseudonym, with its warning first, and nothing else about the person', () => {
    const section = storySection(
      {
        title: 'Leylanın yolu',
        pseudonym: 'Leyla',
        summary: 'Qısa',
        contentWarning: 'Zorakılıq təsvir olunur',
        body: paragraphs('Mətn'),
        consent: { formReference: 'FORM-1' },
        destination: 'Dubai',
      },
      'en',
    )
    expect(section).toEqual({
      kind: 'story',
      title: 'Leylanın yolu',
      byline: 'As told by Leyla',
      warning: 'Zorakılıq təsvir olunur',
      lead: 'Qısa',
      blocks: [{ type: 'paragraph', text: 'Mətn' }],
    })
    expect(JSON.stringify(section)).not.toContain('FORM-1')
    expect(articleSection({ title: 'T', byline: 'B', excerpt: ' ', body: null })).toEqual({
      kind: 'article',
      title: 'T',
      byline: 'B',
      lead: undefined,
      blocks: [],
    })
  })

  it('should name the organisations in the language, falling back to Azerbaijani', () => {
    expect(
      organisationsIn(
        { campaign: { az: 'BMqT', en: 'IOM' }, department: { az: 'Baş İdarə' }, funder: null },
        'en',
      ),
    ).toEqual(['IOM', 'Baş İdarə'])
  })
})

describe('inputs hash', () => {
  const job: PosterJob = {
    kind: 'poster',
    locale: 'az',
    title: 'Plakat',
    hotline: [{ label: 'Qaynar xətt', number: '152' }],
    qrUrl: 'https://xeberdar.example/az/posters/1',
    organisations: ['BMqT'],
    artwork: {
      path: '/m/a.jpg',
      focalX: 50,
      focalY: 50,
      safeToCrop: false,
      madeForFormat: false,
      background: null,
    },
    format: { key: 'a4', label: 'A4', trimWidthMm: 210, trimHeightMm: 297, bleedMm: 3 },
  }

  it('should not depend on key order, and change with anything printed', () => {
    const reordered = JSON.parse(JSON.stringify({ ...job, title: undefined }))
    reordered.title = 'Plakat'
    expect(inputsHash(reordered)).toBe(inputsHash(job))
    for (const changed of [
      { ...job, hotline: [{ label: 'Qaynar xətt', number: '153' }] },
      { ...job, format: { ...job.format, bleedMm: 5 } },
      { ...job, artwork: { ...job.artwork, focalX: 40 } },
      { ...job, artwork: { ...job.artwork, safeToCrop: true } },
      { ...job, artwork: { ...job.artwork, background: '#112233' } },
      { ...job, format: { ...job.format, safeMm: 12 } },
      { ...job, qrUrl: 'https://xeberdar.example/az/posters/2' },
    ])
      expect(inputsHash(changed)).not.toBe(inputsHash(job))
  })
})

describe('print shop links', () => {
  const grant: PrintGrant = {
    itemCollection: 'posters',
    itemId: '7',
    itemCreatedAt: '2026-11-30T10:00:00.000Z',
    locale: 'az',
    format: 'a3',
  }
  const at = (iso: string) => new Date(iso)
  const expiresAt = Date.parse('2026-12-10T00:00:00Z') / 1000

  it('should open what it was signed for until it expires', () => {
    const token = signPrintGrant(secret, grant, expiresAt)
    expect(checkPrintGrant(secret, token, at('2026-12-09T23:59:59Z'))).toEqual({ grant, expiresAt })
    expect(checkPrintGrant(secret, token, at('2026-12-10T00:00:00Z'))).toMatchObject({
      status: 410,
    })
  })

  it('should open nothing when tampered with, signed with another secret, or made for a preview', () => {
    const token = signPrintGrant(secret, grant, expiresAt)
    const now = at('2026-12-01T00:00:00Z')
    const other = signPrintGrant(secret, { ...grant, format: 'metro' }, expiresAt)
    const preview = signPreview(secret, {
      collection: 'posters',
      id: '7',
      createdAt: grant.itemCreatedAt,
      locale: 'az',
      expiresAt,
    })
    for (const bad of [
      `${other.split('.')[0]}.${token.split('.')[1]}`,
      signPrintGrant('another-secret', grant, expiresAt),
      preview,
      // The same fields under another kind of link's signature.
      signToken(
        secret,
        'website-preview',
        ['posters', '7', 'az', 'a3', grant.itemCreatedAt],
        expiresAt,
      ),
      `${token}.x`,
      '',
      'x.y',
    ])
      expect(checkPrintGrant(secret, bad, now), bad).toEqual({
        status: 404,
        message: 'This print link is not valid.',
      })
  })

  it('should send an old link, made without the item creation time, back for a new one', () => {
    const old = signToken(secret, 'print-shop', ['posters', '7', 'az', 'a3'], expiresAt)
    expect(checkPrintGrant(secret, old, at('2026-12-01T00:00:00Z'))).toEqual({
      status: 410,
      message: 'This print link is out of date: ask the campaign for a new one.',
    })
  })
})
