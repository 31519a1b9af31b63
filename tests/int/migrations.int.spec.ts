import { spawnSync } from 'child_process'
import fs from 'fs'
import path from 'path'
import { afterAll, describe, expect, it } from 'vitest'

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
