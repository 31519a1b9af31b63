import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { markSeededPublished } from '@/seed/published'
import { applyTransition } from '@/workflow/applyTransition'

import { fullConsent } from '../helpers/fixtures'
import { createStaff, idsVisibleTo, startPayload } from '../helpers/payload'

let payload: Payload
let stop: () => Promise<void>
let people: Awaited<ReturnType<typeof createStaff>>

// One Payload for the file: the config is imported once.
beforeAll(async () => {
  ;({ payload, stop } = await startPayload())
  people = await createStaff(payload)
})
afterAll(async () => {
  await stop?.()
})

/**
 * A story's draft waits for the signed form: its consent record may be incomplete until submit.
 * Whatever is missing means no consent, on every channel.
 */
describe('a consent record that is not complete yet', () => {
  const made: (number | string)[] = []

  const as = (who: keyof typeof people) =>
    createLocalReq({ user: { ...people[who], collection: 'users' } as never }, payload)
  const draftAsEditor = async (consent: object | undefined) => {
    const story = await payload.create({
      collection: 'stories',
      locale: 'az',
      draft: true,
      overrideAccess: false,
      user: { ...people.editor, collection: 'users' },
      data: { title: 'Gözləyən hekayə', pseudonym: 'Leyla', consent } as never,
    })
    made.push(story.id)
    return story
  }

  afterAll(async () => {
    for (const id of made) await payload.delete({ collection: 'stories', id })
  })

  it('should save a draft without a consent record, or with only part of one', async () => {
    expect((await draftAsEditor(undefined)).id).toBeDefined()
    const partial = await draftAsEditor({ formReference: 'İAMBİ-2026/0042' })
    expect(partial.consent?.formReference).toBe('İAMBİ-2026/0042')
    expect(partial.consent?.givenAt ?? null).toBeNull()
  })

  it('should still refuse a value that is there but wrong', async () => {
    await expect(draftAsEditor({ channels: ['television'] })).rejects.toMatchObject({
      status: 400,
    })
  })

  it('should refuse to submit an incomplete record, saying what is missing', async () => {
    const none = await draftAsEditor(undefined)
    await expect(
      applyTransition({
        req: await as('editor'),
        collection: 'stories',
        id: none.id,
        action: 'submit',
      }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/no consent record/) })
    const { expiresAt: _expiresAt, ...withoutEnd } = fullConsent
    const open = await draftAsEditor(withoutEnd)
    await expect(
      applyTransition({
        req: await as('editor'),
        collection: 'stories',
        id: open.id,
        action: 'submit',
      }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/until when it holds/) })
  })

  it('should let nothing out through any channel when any part of the record is missing', async () => {
    const published = async (consent: object) => {
      const story = await draftAsEditor(consent)
      await markSeededPublished(await createLocalReq({}, payload), 'stories', story.id)
      return story.id
    }
    // The whole record lets the story out to every reader: the check below can fail.
    const complete = await published(fullConsent)
    const parts = ['givenAt', 'expiresAt', 'channels', 'languages', 'mediaTypes', 'formReference']
    const missing = await Promise.all(
      parts.map((part) =>
        published(Object.fromEntries(Object.entries(fullConsent).filter(([key]) => key !== part))),
      ),
    )
    const readers = {
      website: undefined,
      screens: { collection: 'screens', id: 1 },
      partners: { collection: 'partners', id: 1, contentTypes: ['stories'], languages: ['az'] },
    }
    for (const [channel, reader] of Object.entries(readers)) {
      const visible = await idsVisibleTo(payload, 'stories', reader)
      expect(visible, channel).toContain(complete)
      for (const [index, id] of missing.entries())
        expect(visible, `${channel} without ${parts[index]}`).not.toContain(id)
    }
  })
})

describe('staff seen by their colleagues', () => {
  const read = (who: keyof typeof people, whom: keyof typeof people) =>
    payload.findByID({
      collection: 'users',
      id: people[whom].id,
      overrideAccess: false,
      user: { ...people[who], collection: 'users' },
    })

  it('should show a reviewer another person by name, role and organisation, without the address', async () => {
    const police = await read('reviewer', 'police')
    expect(police).toMatchObject({
      name: 'police',
      roles: ['reviewer'],
      organisation: 'department',
    })
    expect(police).not.toHaveProperty('email')
    expect(JSON.stringify(police)).not.toMatch(/@test\.example|hash|salt/)
  })

  it('should show people their own address', async () => {
    expect((await read('reviewer', 'reviewer')).email).toBe('reviewer@test.example')
  })

  it('should let nobody outside the staff read people', async () => {
    await expect(
      payload.findByID({
        collection: 'users',
        id: people.editor.id,
        overrideAccess: false,
        user: { collection: 'partners', id: 1 },
      }),
    ).rejects.toMatchObject({ status: 403 })
    // Nor can a colleague look a person up by their address.
    await expect(
      payload.find({
        collection: 'users',
        overrideAccess: false,
        user: { ...people.reviewer, collection: 'users' },
        where: { email: { equals: 'editor@test.example' } },
      }),
    ).rejects.toMatchObject({ status: 400 })
  })
})
