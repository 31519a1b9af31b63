import { parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql'
import { describe, expect, it } from 'vitest'

import { queryProblem } from '@/server/queryGuard'
import { operationProblem } from '@/channels/website/graphqlLimits'
import { checkPreview, signPreview, type PreviewGrant } from '@/channels/website/previewToken'
import { signToken } from '@/links/signedToken'
import { imagesOf, imageUses } from '@/channels/website/publicImages'
import { imagesInRichText } from '@/richText/images'
import { whereProblems, type QueryField } from '@/http/whereProblems'

const fields: QueryField[] = [
  { name: 'title', type: 'text' },
  { name: 'duration', type: 'number' },
  { name: 'createdAt', type: 'date' },
  { name: 'heroImage', type: 'upload', relationTo: 'media' },
  { name: 'isMinor', type: 'checkbox' },
  {
    name: 'consent',
    type: 'group',
    flattenedFields: [{ name: 'expiresAt', type: 'date' }],
  },
]
const problems = (where: unknown, adapter = 'sqlite') => whereProblems({ where, fields, adapter })

describe('whereProblems', () => {
  it('should accept conditions whose values fit their fields', () => {
    expect(
      problems({
        title: { like: 'x' },
        duration: { greater_than: '10' },
        createdAt: { less_than: '2026-12-01T08:00:00Z' },
        id: { in: '1,2,3' },
        heroImage: { equals: 'null' },
        isMinor: { equals: 'false' },
        'consent.expiresAt': { exists: 'true' },
        or: [{ title: { equals: 'a' } }, { and: { 0: { duration: { equals: 3 } } } }],
      }),
    ).toEqual([])
    expect(problems({ id: { equals: '0123456789abcdef01234567' } }, 'mongoose')).toEqual([])
    // Paths Payload must judge (unknown, through relationships) are left to it.
    expect(problems({ nothing: { equals: 'x' }, 'heroImage.alt': { equals: 1 } })).toEqual([])
  })

  it('should name every value of the wrong type, however deep', () => {
    expect(
      problems({
        createdAt: { greater_than: 'notadate' },
        id: { in: 'abc' },
        or: [{ and: [{ 'consent.expiresAt': { equals: 'x' } }] }],
        duration: { equals: 'ten' },
        isMinor: { equals: 'maybe' },
      }),
    ).toEqual([
      'where[createdAt][greater_than]: "notadate" is not a date (use e.g. 2026-12-01T08:00:00Z)',
      'where[id][in]: "abc" is not an id',
      'where[or][0][and][0][consent.expiresAt][equals]: "x" is not a date (use e.g. 2026-12-01T08:00:00Z)',
      'where[duration][equals]: "ten" is not a number',
      'where[isMinor][equals]: "maybe" is not true or false',
    ])
    expect(problems({ id: { equals: '12' } }, 'mongoose')).toEqual([
      'where[id][equals]: "12" is not an id',
    ])
  })

  it('should refuse shapes that are no condition', () => {
    expect(problems('x')).toEqual(['where must be a condition such as where[title][equals]=…'])
    expect(problems({ title: 'x' })[0]).toMatch(/needs an operator/)
    expect(problems({ title: { foo: 'x' } })[0]).toMatch(/unknown operator "foo"/)
    expect(problems({ or: 'x' })[0]).toMatch(/list of conditions/)
    expect(problems({ createdAt: { equals: { a: 1 } } })[0]).toMatch(/single value/)
    expect(problems({ title: { exists: 'yes' } })[0]).toMatch(/true or false/)
    expect(problems({ title: { near: '1,2' } })[0]).toMatch(/only for map points/)
    let deep: object = { title: { equals: 'x' } }
    for (let i = 0; i < 10; i++) deep = { and: [deep] }
    expect(problems(deep)[0]).toMatch(/nested more than 8 deep/)
  })
})

describe('queryProblem and pagination', () => {
  it('should refuse switching pagination off', () => {
    expect(queryProblem({ pagination: 'false' })).toMatch(/pagination/)
    expect(queryProblem({ pagination: 'true' })).toBeNull()
  })
})

const check = (query: string, variables?: Record<string, unknown>) => {
  const document = parse(query)
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((d) => [d.name.value, d]),
  )
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  )!
  return operationProblem({ operation, fragments, variables })
}

describe('operationProblem (GraphQL limits)', () => {
  it('should accept ordinary reads and introspection', () => {
    expect(check('{ Stories(limit: 20, page: 2) { docs { id heroImage { url } } } }')).toBeNull()
    expect(check('query($l: Int) { Stories(limit: $l) { docs { id } } }', { l: 500 })).toBeNull()
    expect(
      check(
        '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }',
      ),
    ).toBeNull()
  })

  it('should refuse limits and pages out of range, literal or in variables', () => {
    expect(check('{ Stories(limit: 0) { totalDocs } }')).toMatch(
      /"limit" must be a whole number from 1 to 500/,
    )
    expect(check('{ Stories(limit: 100000) { totalDocs } }')).toMatch(/limit/)
    expect(check('{ Stories(page: 0) { totalDocs } }')).toMatch(/"page"/)
    expect(check('query($l: Int) { Stories(limit: $l) { totalDocs } }', { l: 0 })).toMatch(/limit/)
    expect(check('query($l: Int = 0) { Stories(limit: $l) { totalDocs } }')).toMatch(/limit/)
    expect(check('{ Stories(pagination: false) { totalDocs } }')).toMatch(/pagination/)
  })

  it('should refuse nesting too deep, through fragments too', () => {
    const nest = (levels: number) =>
      Array.from({ length: levels }, (_, i) => (i % 2 ? 'relatedStories {' : 'relatedVideo {'))
        .join(' ')
        .concat(' id ', '} '.repeat(levels))
    const deep = `{ Stories { docs { ${nest(10)} } } }`
    expect(check(`{ Stories { docs { ${nest(9)} } } }`)).toBeNull()
    expect(check(deep)).toMatch(/nested more than 12 deep/)
    const viaFragments = `
      { Stories { docs { ...A } } }
      fragment A on Story { relatedVideo { relatedStories { ...B } } }
      fragment B on Story { relatedVideo { relatedStories { ...C } } }
      fragment C on Story { ${nest(6)} }`
    expect(check(viaFragments)).toMatch(/nested more than 12 deep/)
  })

  it('should count documents over every alias', () => {
    const aliases = Array.from({ length: 3 }, (_, i) => `a${i}: Stories(limit: 500) { totalDocs }`)
    expect(check(`{ ${aliases.join(' ')} }`)).toMatch(/up to 1500 documents; at most 1000/)
    expect(check(`{ ${aliases.slice(0, 2).join(' ')} }`)).toBeNull()
  })
})

describe('preview tokens', () => {
  const secret = 'a-secret-of-some-length-for-tests'
  const grant: PreviewGrant = {
    collection: 'stories',
    id: '7',
    createdAt: '2026-11-30T10:00:00.000Z',
    locale: 'en',
    expiresAt: 2_000_000_000,
  }
  const before = new Date((grant.expiresAt - 1) * 1000)

  it('should open what it was signed for until it expires', () => {
    const token = signPreview(secret, grant)
    expect(checkPreview({ secret, token, now: before })).toEqual({ grant })
    expect(checkPreview({ secret, token, now: new Date(grant.expiresAt * 1000) })).toMatchObject({
      status: 410,
    })
  })

  it('should refuse a token changed in any part, or signed with another secret', () => {
    const token = signPreview(secret, grant)
    const [, signature] = token.split('.')
    const other = signPreview(secret, { ...grant, id: '8' }).split('.')[0]
    for (const bad of [
      `${other}.${signature}`,
      `${token}x`,
      token.slice(1),
      `${token}.extra`,
      'nonsense',
      '',
      signPreview('another-secret', grant),
    ])
      expect(checkPreview({ secret, token: bad, now: before }), bad).toMatchObject({ status: 404 })
  })

  it('should send an old link, made without the item creation time, back for a new one', () => {
    const old = signToken(secret, 'website-preview', ['stories', '7', 'en'], grant.expiresAt)
    expect(checkPreview({ secret, token: old, now: before })).toEqual({
      status: 410,
      message: 'This preview link is out of date: ask an editor for a new one.',
    })
  })
})

describe('images of an item', () => {
  it('should find upload nodes of media anywhere in rich text', () => {
    const body = {
      root: {
        children: [
          { type: 'paragraph', children: [{ type: 'upload', relationTo: 'media', value: 3 }] },
          { type: 'upload', relationTo: 'media', value: { id: 4, url: '/x' } },
          { type: 'upload', relationTo: 'video-files', value: 5 },
        ],
      },
    }
    expect(imagesInRichText(body)).toEqual([3, 4])
    const articles = imageUses.find((use) => use.collection === 'articles')!
    expect(imagesOf({ cover: { id: 9 }, body }, articles)).toEqual([9, 3, 4])
    expect(imagesOf({ cover: null }, articles)).toEqual([])
  })
})
