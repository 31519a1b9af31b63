import { createClient, type Client } from '@libsql/client'
import path from 'path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { autoIncrementId } from '@/db/autoIncrementIds'
import { parentsFirst, rebuildIds } from '@/db/autoIncrementRebuild'
import { hasReusableId, upgradePushedIds } from '@/db/upgradePushedIds'

import { makeTempDir, removeTempDir } from '../helpers/tempDir'

// Tables shaped the way Drizzle writes them, with a cascade, a set null and a text-id child.
const schema = [
  'CREATE TABLE `media` (`id` integer PRIMARY KEY NOT NULL, `alt` text)',
  `CREATE TABLE \`articles_locales\` (\`id\` integer PRIMARY KEY NOT NULL, \`title\` text,
    \`_parent_id\` integer NOT NULL,
    FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade)`,
  'CREATE TABLE `articles` (`id` integer PRIMARY KEY NOT NULL, `created_at` text NOT NULL)',
  `CREATE TABLE \`articles_rels\` (\`id\` integer PRIMARY KEY NOT NULL, \`parent_id\` integer NOT NULL,
    \`media_id\` integer,
    FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null)`,
  `CREATE TABLE \`articles_tags\` (\`id\` text PRIMARY KEY NOT NULL, \`_parent_id\` integer NOT NULL,
    FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade)`,
  'CREATE UNIQUE INDEX `articles_locales_locale_parent_id_unique` ON `articles_locales` (`_parent_id`)',
  'CREATE INDEX `articles_rels_parent_idx` ON `articles_rels` (`parent_id`)',
  'CREATE TABLE `audit_log` (`id` integer PRIMARY KEY NOT NULL, `target_collection` text, `target_id` text)',
  'CREATE TABLE `print_files` (`id` integer PRIMARY KEY NOT NULL, `item_collection` text, `item_id` text)',
  'CREATE TABLE `publication_ledger` (`id` integer PRIMARY KEY NOT NULL, `type` text, `item_id` text)',
]

const data = [
  "INSERT INTO media VALUES (1, 'a'), (2, 'b')",
  "INSERT INTO articles VALUES (1, '2026-01-01'), (2, '2026-01-02'), (3, '2026-01-03')",
  "INSERT INTO articles_locales VALUES (1, 'one', 1), (2, 'two', 2)",
  'INSERT INTO articles_rels VALUES (1, 1, 2), (2, 2, 1)',
  "INSERT INTO articles_tags VALUES ('t1', 1), ('t2', 2)",
  // Article 3 is the newest and is deleted; poster 12 once existed (only print files name it).
  'DELETE FROM articles WHERE id = 3',
  "INSERT INTO audit_log VALUES (1, 'articles', '3'), (2, 'articles', '1')",
  "INSERT INTO print_files VALUES (1, 'posters', '12')",
  "INSERT INTO publication_ledger VALUES (1, 'articles', '2')",
  'CREATE TABLE `posters` (`id` integer PRIMARY KEY NOT NULL)',
]

const tableNames = ['media', 'articles', 'articles_locales', 'articles_rels', 'articles_tags']

describe('rebuilding tables with AUTOINCREMENT ids', () => {
  let dir: string
  let client: Client
  const rows = async (query: string) => (await client.execute(query)).rows
  const counts = async () =>
    Promise.all(
      tableNames.map(async (name) => (await rows(`SELECT count(*) AS n FROM ${name}`))[0].n),
    )
  const indexes = async () =>
    (await rows("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name")).map(
      (row) => row.name,
    )

  /** The rebuild as a migration runs it: in one transaction, foreign keys on. */
  const rebuild = async (isAutoIncrement: boolean) => {
    const tx = await client.transaction('write')
    await rebuildIds(async (statement) => (await tx.execute(statement)).rows, { isAutoIncrement })
    await tx.commit()
  }

  beforeEach(async () => {
    dir = makeTempDir('rebuild')
    client = createClient({ url: `file:${path.join(dir, 'test.db')}` })
    for (const statement of [...schema, ...data]) await client.execute(statement)
  })
  afterEach(() => {
    client.close()
    removeTempDir(dir)
  })

  it('should order tables so that each comes after the tables it references', () => {
    const ordered = parentsFirst(
      schema
        .filter((sql) => sql.startsWith('CREATE TABLE'))
        .map((sql) => ({ name: sql.match(/`(\w+)`/)![1], sql })),
    ).map((table) => table.name)
    expect(ordered.indexOf('articles')).toBeLessThan(ordered.indexOf('articles_locales'))
    expect(ordered.indexOf('media')).toBeLessThan(ordered.indexOf('articles_rels'))
  })

  it('should keep rows, indexes and foreign keys, and never hand out a deleted id again', async () => {
    const before = { counts: await counts(), indexes: await indexes() }
    // What SQLite does without AUTOINCREMENT: the deleted newest id comes back.
    await client.execute("INSERT INTO articles (created_at) VALUES ('probe')")
    expect((await rows("SELECT id FROM articles WHERE created_at = 'probe'"))[0].id).toBe(3)
    await client.execute("DELETE FROM articles WHERE created_at = 'probe'")

    await rebuild(true)

    expect(await counts()).toEqual(before.counts)
    expect(await indexes()).toEqual(before.indexes)
    expect(await rows('PRAGMA foreign_key_check')).toEqual([])
    const articlesSql = String(
      (await rows("SELECT sql FROM sqlite_schema WHERE name = 'articles'"))[0].sql,
    )
    expect(articlesSql).toMatch(/PRIMARY KEY AUTOINCREMENT/)
    expect(
      (await rows("SELECT sql FROM sqlite_schema WHERE name = 'articles_tags'"))[0].sql,
    ).not.toMatch(/AUTOINCREMENT/)

    // Cascades and set null still reach the renamed tables.
    await client.execute('DELETE FROM articles WHERE id = 1')
    await client.execute('DELETE FROM media WHERE id = 1')
    expect(await rows('SELECT _parent_id FROM articles_locales')).toEqual([
      expect.objectContaining({ _parent_id: 2 }),
    ])
    expect(await rows('SELECT id FROM articles_tags')).toEqual([
      expect.objectContaining({ id: 't2' }),
    ])
    expect((await rows('SELECT media_id FROM articles_rels'))[0].media_id).toBeNull()

    // Above every id the audit log, print files and change log name, not only the rows left.
    await client.execute("INSERT INTO articles (created_at) VALUES ('new')")
    await client.execute('INSERT INTO posters DEFAULT VALUES')
    await client.execute("INSERT INTO media (alt) VALUES ('c')")
    expect((await rows("SELECT id FROM articles WHERE created_at = 'new'"))[0].id).toBe(4)
    expect((await rows('SELECT max(id) AS id FROM posters'))[0].id).toBe(13)
    expect((await rows("SELECT id FROM media WHERE alt = 'c'"))[0].id).toBe(3)
    expect(
      await rows("SELECT name FROM sqlite_sequence WHERE name LIKE '\\_\\_new%' ESCAPE '\\'"),
    ).toEqual([])
  })

  it('should upgrade a pushed development database before the push, once', async () => {
    const url = `file:${path.join(dir, 'test.db')}`
    const before = await counts()
    const upgrade = upgradePushedIds(url) as (args: { schema: object }) => Promise<object>
    await upgrade({ schema: {} })
    expect(await counts()).toEqual(before)
    const definitions = await rows("SELECT sql FROM sqlite_schema WHERE type = 'table'")
    expect(definitions.filter((row) => hasReusableId(String(row.sql)))).toEqual([])
    await client.execute("INSERT INTO articles (created_at) VALUES ('new')")
    expect((await rows("SELECT id FROM articles WHERE created_at = 'new'"))[0].id).toBe(4)
    // Nothing left to do: the tables stay as they are.
    await upgrade({ schema: {} })
    expect(await rows("SELECT sql FROM sqlite_schema WHERE type = 'table'")).toEqual(definitions)
  })

  it('should undo the change the same way, keeping the rows', async () => {
    const before = await counts()
    await rebuild(true)
    await rebuild(false)
    expect(await counts()).toEqual(before)
    expect(await rows("SELECT name FROM sqlite_schema WHERE sql LIKE '%AUTOINCREMENT%'")).toEqual(
      [],
    )
    expect(await rows('PRAGMA foreign_key_check')).toEqual([])
  })
})

describe('AUTOINCREMENT for the ids Payload leaves out', () => {
  it('should turn generated integer keys into AUTOINCREMENT ones and leave other columns alone', () => {
    expect(autoIncrementId({ name: 'id', type: 'serial', primaryKey: true })).toEqual({
      name: 'id',
      type: 'integer',
      primaryKey: true,
      autoIncrement: true,
    })
    const textId = { name: 'id', type: 'varchar', primaryKey: true }
    expect(autoIncrementId(textId)).toBe(textId)
    expect(autoIncrementId(undefined)).toBeUndefined()
  })
})
