import { parse } from 'graphql'
import { describe, expect, it } from 'vitest'

import { maxImageBytes, maxUploadBytes } from '@/media/renditions'
import { bodyVerdict, maxDocumentBytes, uploadCollectionOf } from '@/server/bodyLimits'
import { fragmentCycle, fragmentsOf } from '@/channels/website/graphqlLimits'

const multipart = 'multipart/form-data; boundary=----x'

describe('bodyVerdict', () => {
  it('should allow every document body 1 MB, whoever sends it', () => {
    for (const principal of [undefined, 'anonymous', 'apiKey', 'staff'] as const)
      for (const [method, path, contentType] of [
        ['POST', '/api/stories', 'application/json'],
        ['PATCH', '/api/media/12', 'application/json'],
        ['POST', '/api/graphql', 'application/json'],
        ['POST', '/api/stories', multipart],
        ['POST', '/admin/collections/stories/1', 'text/plain;charset=UTF-8'],
        ['POST', '/api/users/login', undefined],
      ] as const)
        expect(bodyVerdict({ method, path, contentType, principal })).toEqual({
          maxBytes: maxDocumentBytes,
          tooLargeMessage: 'The body is too large: the limit is 1 MB for a document.',
        })
  })

  it('should let staff upload an image up to 40 MB and a video up to 1 GB, with room for the form', () => {
    expect(
      bodyVerdict({
        method: 'POST',
        path: '/api/media',
        contentType: multipart,
        principal: 'staff',
      }),
    ).toEqual({
      maxBytes: maxImageBytes + maxDocumentBytes,
      tooLargeMessage: 'The body is too large: the limit is 40 MB for an image.',
    })
    expect(
      bodyVerdict({
        method: 'PATCH',
        path: '/api/video-files/7/',
        contentType: multipart,
        principal: 'staff',
      }),
    ).toEqual({
      maxBytes: maxUploadBytes + maxDocumentBytes,
      tooLargeMessage: 'The body is too large: the limit is 1024 MB for a video file.',
    })
  })

  it('should refuse uploads from anyone but staff before reading them', () => {
    for (const path of ['/api/media', '/api/video-files', '/api/media/3'])
      for (const [principal, status] of [
        ['anonymous', 401],
        [undefined, 401],
        ['apiKey', 403],
      ] as const)
        expect(
          bodyVerdict({ method: 'POST', path, contentType: multipart, principal }),
        ).toMatchObject({ status })
  })

  it('should refuse a multipart body without its boundary', () => {
    for (const contentType of [
      'multipart/form-data',
      'multipart/form-data; boundary=',
      'Multipart/mixed;',
    ])
      expect(
        bodyVerdict({ method: 'POST', path: '/api/stories', contentType, principal: 'staff' }),
      ).toMatchObject({ status: 400, message: expect.stringMatching(/boundary/) })
  })
})

describe('uploadCollectionOf', () => {
  it('should name the file collection of a multipart write, and nothing else', () => {
    expect(uploadCollectionOf({ method: 'POST', path: '/api/media', contentType: multipart })).toBe(
      'media',
    )
    expect(
      uploadCollectionOf({ method: 'PUT', path: '/api/video-files/5', contentType: multipart }),
    ).toBe('video-files')
    for (const request of [
      { method: 'GET', path: '/api/media', contentType: multipart },
      { method: 'POST', path: '/api/media', contentType: 'application/json' },
      { method: 'POST', path: '/api/stories', contentType: multipart },
      { method: 'POST', path: '/api/media/1/workflow/x', contentType: multipart },
      { method: 'POST', path: '/api/constructor', contentType: multipart },
    ])
      expect(uploadCollectionOf(request), JSON.stringify(request)).toBeUndefined()
  })
})

const cycleIn = (query: string) => fragmentCycle(fragmentsOf(parse(query)))

describe('fragmentCycle (GraphQL)', () => {
  it('should find a fragment spreading into itself, directly or through others', () => {
    expect(cycleIn('fragment A on Story { id ...A }')).toBe('A → A')
    expect(
      cycleIn(
        'fragment A on Story { id heroImage { ...B } } fragment B on Media { ... on Media { ...C } } fragment C on Story { ...A }',
      ),
    ).toBe('A → B → C → A')
  })

  it('should accept fragments shared without a cycle', () => {
    expect(
      cycleIn(
        'fragment A on Story { ...B ...C } fragment B on Story { ...C } fragment C on Story { id ...Missing }',
      ),
    ).toBeNull()
  })
})
