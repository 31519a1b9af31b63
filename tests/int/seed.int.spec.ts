import { spawnSync } from 'child_process'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoPassword, demoUsers } from '@/seed/content'
import { isDatabaseEmpty, seed, type SeedResult } from '@/seed'
import { sampleHotline } from '@/seed/sampleHotline'
import { availableActions } from '@/workflow/applyTransition'

import { startPayload } from '../helpers/payload'

describe('the sample campaign', () => {
  let payload: Payload
  let stop: () => Promise<void>
  let result: SeedResult

  beforeAll(async () => {
    ;({ payload, stop } = await startPayload())
    expect(await isDatabaseEmpty(payload)).toBe(true)
    result = await seed(payload, { withDemoUsers: true })
  })
  afterAll(async () => {
    await stop?.()
  })

  const adminUser = async () =>
    (await payload.find({ collection: 'users', where: { email: { equals: 'admin@example.org' } } }))
      .docs[0]
  const count = async (collection: any, where?: object) =>
    (await payload.count({ collection, where: where as never })).totalDocs

  it('should run on the database this suite was started for', () => {
    expect(payload.db.name).toBe(process.env.TEST_DATABASE_URL ? 'mongoose' : 'sqlite')
  })

  it('should fill every collection with realistic content', async () => {
    expect(await isDatabaseEmpty(payload)).toBe(false)
    expect(await count('locations', { type: { equals: 'metro-station' } })).toBeGreaterThanOrEqual(
      3,
    )
    expect(await count('screens')).toBe(Object.keys(result.screenKeys).length)
    expect(await count('partners')).toBe(1)
    expect(await count('stories', { _status: { equals: 'published' } })).toBe(2)
    expect(await count('stories')).toBe(3)
    expect(await count('articles', { _status: { equals: 'published' } })).toBe(1)
    expect(await count('videos')).toBe(1)
    expect(await count('posters', { _status: { equals: 'published' } })).toBe(3)
  })

  it('should give stories in az and en with consent records, and posters with artwork per language', async () => {
    const { docs: stories } = await payload.find({
      collection: 'stories',
      locale: 'all',
      draft: true,
    })
    for (const story of stories) {
      expect(Object.keys(story.title as unknown as object)).toEqual(
        expect.arrayContaining(['az', 'en']),
      )
      expect(story.consent?.formReference).toMatch(/^SAMPLE-/)
    }
    const { docs: posters } = await payload.find({ collection: 'posters', locale: 'all', depth: 0 })
    for (const poster of posters) {
      const artwork = poster.artwork as unknown as Record<string, number>
      expect(artwork.az).toBeTruthy()
      expect(artwork.en).toBeTruthy()
      expect(artwork.az).not.toBe(artwork.en)
    }
    const media = await payload.find({ collection: 'media', limit: 1 })
    expect(media.docs[0].sizes?.screenLandscape?.width).toBe(1920)
  })

  it('should show the published sample to each channel as if it had been through the workflow', async () => {
    const visible = async (collection: 'stories' | 'posters', locale: 'az' | 'en', user?: object) =>
      (await payload.find({ collection, locale, user, overrideAccess: false, depth: 0 })).totalDocs
    expect(await visible('stories', 'az')).toBe(2)
    expect(await visible('stories', 'en')).toBe(2)
    // Only the first story's consent covers metro screens.
    expect(await visible('stories', 'az', { collection: 'screens', id: 1 })).toBe(1)
    expect(await visible('posters', 'en', { collection: 'screens', id: 1 })).toBe(3)
    const story = (
      await payload.find({
        collection: 'stories',
        where: { _status: { equals: 'published' } },
        limit: 1,
      })
    ).docs[0]
    const req = await createLocalReq(
      { user: { ...(await adminUser()), collection: 'users' } as never },
      payload,
    )
    const workflow = await availableActions({ req, collection: 'stories', id: story.id })
    expect(workflow).toMatchObject({ stage: 'published', isLive: true })
    expect(workflow.translations.az).toBe('approved')
    expect(workflow.translations.en).toBe('approved')
  })

  it('should give every seeded content item a workflow stage, live and in its latest draft', async () => {
    for (const collection of ['stories', 'articles', 'videos', 'posters', 'brochures'] as const)
      for (const draft of [false, true]) {
        const { docs } = await payload.find({ collection, draft, depth: 0, limit: 100 })
        for (const doc of docs)
          expect({ collection, id: doc.id, draft, stage: doc.workflow?.stage }).toEqual({
            collection,
            id: doc.id,
            draft,
            stage: expect.any(String),
          })
      }
  })

  it('should mark the hotline as a sample in every language', async () => {
    const settings = await payload.findGlobal({ slug: 'settings', locale: 'all' })
    expect(settings.hotlines[0]).toMatchObject({
      number: sampleHotline.number,
      isSample: true,
      label: sampleHotline.label,
    })
  })

  it('should create one demo user per role who can log in', async () => {
    for (const { email, roles } of demoUsers) {
      const login = await payload.login({
        collection: 'users',
        data: { email, password: demoPassword },
      })
      expect(login.user?.roles).toEqual(roles)
    }
  })

  it('should give each screen and the partner a working API key', async () => {
    const [name, key] = Object.entries(result.screenKeys)[0]
    const screens = await payload.find({ collection: 'screens', where: { name: { equals: name } } })
    expect(screens.docs).toHaveLength(1)
    expect(key).toMatch(/^[0-9a-f-]{36}$/)
    expect(result.partnerKey).not.toBe(key)
  })
})

describe('npm run seed', () => {
  it('should refuse to run in production', () => {
    const run = spawnSync('npx', ['tsx', 'src/seed/run.ts'], {
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: 'file:/nonexistent/never.db' },
      encoding: 'utf8',
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/refuses to run in production/)
  })
})
