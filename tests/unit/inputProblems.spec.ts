import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { inputProblems } from '@/hooks/inputProblems'
import { richTextProblems } from '@/hooks/richTextShape'

import { paragraphNode, richText, textNode } from '../helpers/richText'

const fields: Field[] = [
  { name: 'title', type: 'text' },
  { type: 'row', fields: [{ name: 'inRow', type: 'text' }] },
  {
    type: 'tabs',
    tabs: [
      { label: 'Unnamed', fields: [{ name: 'inTab', type: 'text' }] },
      { name: 'namedTab', fields: [{ name: 'deep', type: 'text' }] },
    ],
  },
  { name: 'consent', type: 'group', fields: [{ name: 'givenAt', type: 'date' }] },
  { name: 'hotlines', type: 'array', fields: [{ name: 'number', type: 'text' }] },
  { name: 'tags', type: 'text', hasMany: true },
  { name: 'kinds', type: 'select', hasMany: true, options: ['a', 'b'] },
  { name: 'seconds', type: 'number' },
  { name: 'isActive', type: 'checkbox' },
  { name: 'body', type: 'richText' },
  { name: 'artwork', type: 'upload', relationTo: 'media' },
  { name: 'related', type: 'relationship', relationTo: 'stories', hasMany: true },
  { name: 'items', type: 'relationship', relationTo: ['articles', 'stories'], hasMany: true },
]

const paragraph = (text: string, extra: object = {}) =>
  paragraphNode({ ...textNode(text), ...extra })
const doc = richText

const paths = (data: object) => inputProblems(fields, data, 'sqlite').map((problem) => problem.path)

describe('inputProblems', () => {
  it('should accept every declared field, through rows and tabs, and system keys', () => {
    expect(
      inputProblems(
        fields,
        {
          id: 1,
          title: 'x',
          inRow: 'y',
          inTab: 'z',
          namedTab: { deep: 'd' },
          consent: { givenAt: '2026-01-01' },
          hotlines: [{ id: 'a', number: '1' }],
          tags: ['a'],
          kinds: ['a'],
          seconds: 3,
          isActive: false,
          body: doc(paragraph('Salam')),
        },
        'sqlite',
      ),
    ).toEqual([])
  })

  it('should name unknown keys at every level by their path', () => {
    expect(
      paths({
        realName: 'x',
        consent: { givenAt: null, signedBy: 'someone' },
        namedTab: { extra: 1 },
        hotlines: [{ number: '1' }, { number: '2', note: 'n' }],
      }),
    ).toEqual(['realName', 'consent.signedBy', 'namedTab.extra', 'hotlines.1.note'])
    expect(inputProblems(fields, { realName: 'x' }, 'sqlite')[0].message).toBe(
      'Unknown field "realName".',
    )
  })

  it('should not accept system keys below the top level', () => {
    expect(paths({ consent: { password: 'x' } })).toEqual(['consent.password'])
  })

  it('should refuse values of the wrong type instead of coercing them', () => {
    expect(
      inputProblems(
        fields,
        {
          title: { az: 'a' },
          tags: 'labour',
          kinds: [1],
          seconds: '3',
          isActive: 'yes',
          consent: { givenAt: 20260101 },
        },
        'sqlite',
      ),
    ).toEqual([
      { path: 'title', message: '"title" must be text.' },
      { path: 'tags', message: '"tags" must be a list.' },
      { path: 'kinds', message: '"kinds" must be text.' },
      { path: 'seconds', message: '"seconds" must be a number.' },
      { path: 'isActive', message: '"isActive" must be a boolean.' },
      { path: 'consent.givenAt', message: '"consent.givenAt" must be text.' },
    ])
  })

  it('should take only ids the database could have given where a field points at documents', () => {
    const objectId = '65a1b2c3d4e5f60718293a4b'
    expect(
      paths({
        artwork: 12,
        related: ['7', { id: 8 }],
        items: [{ relationTo: 'stories', value: 3 }],
      }),
    ).toEqual([])
    for (const artwork of ['abc', -1, 0, '1e3', { id: 'x' }, [1], true, objectId])
      expect(paths({ artwork }), JSON.stringify(artwork)).toEqual(['artwork'])
    expect(paths({ related: [1, 'abc'] })).toEqual(['related'])
    expect(paths({ items: [{ relationTo: 'users', value: 1 }] })).toEqual(['items'])
    expect(paths({ items: [3] })).toEqual(['items'])
    // MongoDB's ids are ObjectIds: a row number names nothing there.
    expect(inputProblems(fields, { artwork: objectId }, 'mongoose')).toEqual([])
    expect(inputProblems(fields, { artwork: 12 }, 'mongoose')[0].message).toBe(
      '"artwork" must be the id of one of media.',
    )
  })

  it('should refuse rich text that holds what its editor would not show', () => {
    expect(paths({ body: doc(paragraph('x', { realName: 'Aysel' })) })).toEqual(['body'])
    expect(paths({ body: { ...doc(paragraph('x')), victim: { passport: 'C0123' } } })).toEqual([
      'body',
    ])
    expect(paths({ body: 'plain text' })).toEqual(['body'])
  })
})

describe('richTextProblems', () => {
  it('should accept what the editor writes, links and lists included', () => {
    expect(richTextProblems(null)).toEqual([])
    expect(
      richTextProblems(
        doc(
          paragraph('a'),
          {
            type: 'heading',
            tag: 'h2',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            children: [],
          },
          {
            type: 'list',
            listType: 'bullet',
            start: 1,
            tag: 'ul',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            children: [
              {
                type: 'listitem',
                value: 1,
                checked: undefined,
                version: 1,
                direction: 'ltr',
                format: '',
                indent: 0,
                children: [],
              },
            ],
          },
          {
            type: 'link',
            id: 'l1',
            fields: { url: 'https://iom.int', newTab: true, linkType: 'custom' },
            version: 3,
            direction: 'ltr',
            format: '',
            indent: 0,
            children: [],
          },
        ),
      ),
    ).toEqual([])
  })

  it('should say where the problem is', () => {
    expect(richTextProblems(doc(paragraph('x', { realName: 'Aysel' })))).toEqual([
      'root.children.0.children.0.realName is not part of rich text',
    ])
    expect(richTextProblems(doc({ type: 'script', children: [] }))).toEqual([
      'root.children.0 has an unknown node type "script"',
    ])
    expect(
      richTextProblems(doc({ type: 'link', fields: { url: 'x', victim: 'y' }, children: [] })),
    ).toEqual(['root.children.0.fields.victim is not part of rich text'])
    expect(richTextProblems({ root: { type: 'root', children: 'x' } })).toEqual([
      'root.children must be a list',
    ])
  })
})
