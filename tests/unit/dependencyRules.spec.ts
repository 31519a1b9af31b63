import { spawnSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * `npm run lint:deps` passing proves nothing unless the rules can fail: these run the project's
 * own .dependency-cruiser.cjs on small trees laid out like src/, one that keeps every rule and one
 * that breaks each, and expect the check to fail on exactly those.
 */
const root = path.resolve(import.meta.dirname, '../..')
const config = path.join(root, '.dependency-cruiser.cjs')

/** The installed dependency-cruiser (a devDependency), or one on NODE_PATH. */
const depcruiseBin = () => {
  const places = [
    path.join(root, 'node_modules'),
    ...(process.env.NODE_PATH ?? '').split(path.delimiter).filter(Boolean),
  ]
  const bin = places
    .map((place) => path.join(place, 'dependency-cruiser/bin/dependency-cruise.mjs'))
    .find((file) => fs.existsSync(file))
  if (!bin) throw new Error('dependency-cruiser is not installed: run "npm ci"')
  return bin
}

const trees: string[] = []
afterAll(() => {
  for (const tree of trees) fs.rmSync(tree, { recursive: true, force: true })
})

/** Writes `files` (path → source) into a fresh folder and cruises it with the project's rules. */
const cruise = (files: Record<string, string>) => {
  const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'xeberdar-deps-'))
  trees.push(tree)
  for (const [file, source] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(tree, file)), { recursive: true })
    fs.writeFileSync(path.join(tree, file), source)
  }
  const run = spawnSync(
    process.execPath,
    [depcruiseBin(), 'src', 'payload.config.ts', '--config', config, '--output-type', 'err'],
    // npm's node-options preload a file by a path relative to the project: not here.
    { cwd: tree, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
  )
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

const broken = (output: string) =>
  [...output.matchAll(/error ([\w-]+): (\S+) →\s+(\S+)/g)].map(([, rule, from, to]) =>
    [rule, from, to].join(' '),
  )

const leaf = "export const refusal = 'no'\n"

describe('the dependency rules (.dependency-cruiser.cjs)', () => {
  it('should pass a tree that keeps every rule', () => {
    const { status, output } = cruise({
      'payload.config.ts': "import '@/channels/website/page'\nexport default {}\n",
      'src/http/refuse.ts': leaf,
      'src/workflow/transitions.ts':
        "import { refusal } from '../http/refuse'\nexport const t = refusal\n",
      'src/channels/website/page.ts':
        "import { t } from '../../workflow/transitions'\nexport const page = t\n",
      'src/collections/Stories/index.ts':
        "import { page } from '../../channels/website/page'\nexport const s = page\n",
      'src/seed/index.ts': "import { t } from '../workflow/transitions'\nexport const seed = t\n",
      'src/seed/run.ts':
        "import { seed } from './index'\nimport config from '../../payload.config'\nexport { seed, config }\n",
      'src/server.ts': "export const start = () => import('./seed/index')\n",
    })
    expect(output).not.toMatch(/error /)
    expect(status).toBe(0)
  })

  it('should fail on each kind of forbidden import', () => {
    const { status, output } = cruise({
      'payload.config.ts': 'export default {}\n',
      'src/http/refuse.ts':
        "import { queue } from '../workflow/queue'\nexport const refusal = queue\n",
      'src/channels/website/page.ts':
        "import { playlist } from '../screens/playlist'\nexport const page = playlist\n",
      'src/channels/screens/playlist.ts': leaf.replace('refusal', 'playlist'),
      'src/workflow/queue.ts':
        "import { page } from '../channels/website/page'\nexport const queue = page\n",
      'src/collections/Stories/hooks/afterChange.ts':
        "import { page } from '../../../channels/website/page'\nexport const hook = page\n",
      'src/workflow/consent.ts':
        "import { settings } from './settings'\nexport const consent = settings\n",
      'src/workflow/settings.ts':
        "import config from '../../payload.config'\nexport const settings = config\n",
      'src/access/isStaff.ts':
        "import { seed } from '../seed/index'\nexport const isStaff = seed\n",
      'src/seed/index.ts': leaf.replace('refusal', 'seed'),
      'src/server.ts': "import { seed } from './seed/index'\nexport const start = seed\n",
      'src/fields/a.ts': "import { b } from './b'\nexport const a = 1\nexport const c = b\n",
      'src/fields/b.ts': "import { a } from './a'\nexport const b = a\n",
    })
    expect(status).not.toBe(0)
    expect(broken(output)).toEqual(
      expect.arrayContaining([
        'channels-never-import-each-other src/channels/website/page.ts src/channels/screens/playlist.ts',
        'workflow-access-ledger-import-no-channel src/workflow/queue.ts src/channels/website/page.ts',
        'collections-wire-channels-only-in-index src/collections/Stories/hooks/afterChange.ts src/channels/website/page.ts',
        'rules-never-reach-payload-config src/workflow/consent.ts payload.config.ts',
        'only-seed-and-tests-import-seed src/access/isStaff.ts src/seed/index.ts',
        'server-loads-seed-lazily src/server.ts src/seed/index.ts',
        'http-is-a-leaf src/http/refuse.ts src/workflow/queue.ts',
        expect.stringMatching(/^no-circular src\/fields\/[ab]\.ts src\/fields\/[ab]\.ts$/),
      ]),
    )
  })
})
