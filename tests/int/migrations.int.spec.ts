import { spawnSync } from 'child_process'
import fs from 'fs'
import path from 'path'
import { createLocalReq, type Migration, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations as ourMigrations } from '@/migrations'
import { applyTransition } from '@/workflow/applyTransition'

import { fullConsent } from '../helpers/fixtures'
import { smallPng } from '../helpers/media'
import { startPayload } from '../helpers/payload'
import { makeTempDir, removeTempDir } from '../helpers/tempDir'

const root = path.resolve(import.meta.dirname, '../..')

describe.runIf(!process.env.TEST_DATABASE_URL)('SQLite migrations', () => {
  const scratch = makeTempDir('migrations')
  afterAll(() => removeTempDir(scratch))

  it('should cover every schema change (run "npm run payload -- migrate:create <name>" after changing fields)', () => {
    const dir = path.join(scratch, 'migrations')
    fs.cpSync(path.join(root, 'src/migrations'), dir, { recursive: true })
    const before = fs.readdirSync(dir).sort()
    const run = spawnSync(
      'npm',
      ['run', '-s', 'payload', '--', 'migrate:create', 'drift', '--skip-empty'],
      {
        cwd: root,
        env: {
          ...process.env,
          MIGRATION_DIR: dir,
          DATABASE_URL: `file:${path.join(scratch, 'drift.db')}`,
        },
        encoding: 'utf8',
      },
    )
    expect(run.status, run.stderr).toBe(0)
    // It really compared the schema (a CLI that dies quietly would also leave no new file).
    expect(run.stdout + run.stderr).toMatch(/Migration DOWN statements generation complete/)
    expect(fs.readdirSync(dir).sort()).toEqual(before)
  })
})

describe.runIf(!process.env.TEST_DATABASE_URL)('upgrading a database to ids never reused', () => {
  // Payload types a migration's arguments as unknown; ours name the SQLite adapter's.
  const migrations = ourMigrations as unknown as Migration[]
  let payload: Payload
  let stop: () => Promise<void>
  const upgrade = migrations.findIndex((migration) => migration.name.endsWith('_autoincrement_ids'))
  const textKeys = migrations.findIndex((migration) =>
    migration.name.endsWith('_language_aware_text'),
  )
  const oldTitles = ['Zəfər', 'S\u0327əki yolu', 'Çay', 'İlham']

  const rows = async (query: string) =>
    (await (payload.db as any).client.execute(query)).rows as Record<string, unknown>[]
  const tables = async () =>
    (
      await rows(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
    ).map((row) => ({ name: String(row.name), sql: String(row.sql) }))
  const rowCounts = async () =>
    Object.fromEntries(
      await Promise.all(
        (await tables()).map(async ({ name }) => [
          name,
          (await rows(`SELECT count(*) AS n FROM "${name}"`))[0].n,
        ]),
      ),
    )
  const indexNames = async () =>
    (await rows("SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name")).map(
      (row) => row.name,
    )

  beforeAll(async () => {
    // The schema comes from the migrations alone, as in production: no push.
    process.env.PAYLOAD_MIGRATING = 'true'
    ;({ payload, stop } = await startPayload())
    // Articles written before search keys existed, one title typed with combining marks.
    await payload.db.migrate({ migrations: migrations.slice(0, textKeys) })
    for (const title of oldTitles) {
      const [{ id }] = await rows(
        "INSERT INTO articles (updated_at, created_at, _status) VALUES ('2026-01-01', '2026-01-01', 'draft') RETURNING id",
      )
      await (payload.db as any).client.execute({
        sql: "INSERT INTO articles_locales (title, _locale, _parent_id) VALUES (?, 'az', ?)",
        args: [title, id],
      })
    }
    await payload.db.migrate({ migrations: migrations.slice(0, upgrade) })
  })
  afterAll(async () => {
    delete process.env.PAYLOAD_MIGRATING
    await stop?.()
  })

  it('should give rows written before search keys their NFC text and keys', async () => {
    const found = await payload.find({
      collection: 'articles',
      locale: 'az',
      where: { title: { like: 'seki' } },
    })
    expect(found.docs.map((doc) => doc.title)).toEqual(['Şəki yolu'])
    const sorted = await payload.find({
      collection: 'articles',
      locale: 'az',
      where: { title: { in: oldTitles.map((title) => title.normalize('NFC')) } },
      sort: 'title',
    })
    expect(sorted.docs.map((doc) => doc.title)).toEqual(['Çay', 'İlham', 'Şəki yolu', 'Zəfər'])
  })

  it('should keep every row, index and foreign key, and then give no deleted id again', async () => {
    // Content the way the schema before holds it: languages, versions, relationships, selects.
    const png = await smallPng()
    const artwork = (
      await payload.create({
        collection: 'media',
        data: { alt: 'Plakat' },
        file: { data: png, mimetype: 'image/png', name: 'p.png', size: png.length },
      })
    ).id
    const editor = await payload.create({
      collection: 'users',
      data: {
        name: 'editor',
        email: 'editor@test.example',
        password: 'x-password-1',
        roles: ['editor'],
        organisation: 'campaign',
      },
    })
    const kept = await payload.create({
      collection: 'articles',
      locale: 'az',
      data: { title: 'Qalan', excerpt: 'Qısa' },
      draft: true,
    })
    await payload.update({
      collection: 'articles',
      id: kept.id,
      locale: 'en',
      data: { title: 'Kept' },
      draft: true,
    })
    await payload.create({ collection: 'posters', data: { title: 'Plakat', artwork }, draft: true })
    await payload.create({
      collection: 'stories',
      data: { title: 'Hekayə', pseudonym: 'Aynur', consent: fullConsent },
      draft: true,
    })
    const deleted = await payload.create({
      collection: 'articles',
      data: { title: 'Silinən' },
      draft: true,
    })
    await applyTransition({
      req: await createLocalReq({ user: { ...editor, collection: 'users' } }, payload),
      collection: 'articles',
      id: deleted.id,
      action: 'submit',
    })
    await payload.delete({ collection: 'articles', id: deleted.id })
    const before = { counts: await rowCounts(), indexes: await indexNames() }
    expect(before.counts._articles_v_locales).toBeGreaterThan(0)

    await payload.db.migrate({ migrations })

    expect(await rowCounts()).toEqual({ ...before.counts, payload_migrations: upgrade + 1 })
    expect(await indexNames()).toEqual(before.indexes)
    expect(await rows('PRAGMA foreign_key_check')).toEqual([])
    const integerIds = (await tables()).filter(({ sql }) => /[`"]id[`"] integer/i.test(sql))
    expect(integerIds.length).toBeGreaterThan(50)
    for (const { name, sql } of integerIds) expect(sql, name).toMatch(/PRIMARY KEY AUTOINCREMENT/)
    // The tables are what the config describes: Drizzle would rebuild none for its ids. It would
    // rebuild these for another reason, older than this migration: columns that earlier migrations
    // added with a bare REFERENCES, where the config says ON DELETE SET NULL.
    const { pushSchema } = (payload.db as any).requireDrizzleKit()
    const push = await pushSchema((payload.db as any).schema, (payload.db as any).drizzle)
    const rebuiltByDrizzle = (push.statementsToExecute as string[]).flatMap(
      (statement) => statement.match(/^CREATE TABLE `__new_(\w+)`/)?.[1] ?? [],
    )
    // (payload_locked_documents_rels got its rules back when the ledger's migration rebuilt it.)
    expect(rebuiltByDrizzle.sort()).toEqual(
      ['articles', 'posters', 'stories', 'videos'].flatMap((name) => [name, `_${name}_v`]).sort(),
    )

    const read = await payload.findByID({
      collection: 'articles',
      id: kept.id,
      locale: 'en',
      draft: true,
    })
    expect(read.title).toBe('Kept')
    // The deleted article was the newest: its id, named in the audit log, is not given again.
    const next = await payload.create({
      collection: 'articles',
      data: { title: 'Yeni' },
      draft: true,
    })
    expect(next.id).toBeGreaterThan(deleted.id as number)
  })
})
