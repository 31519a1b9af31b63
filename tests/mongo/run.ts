// `npm run test:mongo`: the same suite again, through Payload's MongoDB adapter. Uses
// TEST_MONGODB_URL when set (a real MongoDB, e.g. `docker compose up mongo`), otherwise starts
// FerretDB (MongoDB wire protocol on SQLite) for the run and stops it afterwards. tests/unit is
// left out: its files never open a database (pure rules, the print renderer, the dependency
// rules), so the first run has already proven all they prove.
import { spawn } from 'child_process'

import { ferretDbAdapterOptions, startFerretDb } from '../helpers/ferretdb'

const given = process.env.TEST_MONGODB_URL
const ferret = given ? undefined : await startFerretDb()
const base = (given ?? ferret!.url).replace(/\/?(\?.*)?$/, '')
const query = given?.match(/\?.*$/)?.[0] ?? ''
console.log(`MongoDB run against ${given ? 'TEST_MONGODB_URL' : `FerretDB at ${base}`}`)

const vitest = spawn(
  'npx',
  ['vitest', 'run', '--exclude=tests/unit/**', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      // Each test file and server gets its own database: {name} is filled in per use.
      TEST_DATABASE_URL: `${base}/xeberdar_{name}${query}`,
      ...(ferret ? { MONGODB_ADAPTER_OPTIONS: JSON.stringify(ferretDbAdapterOptions) } : {}),
    },
  },
)
const code = await new Promise<number | null>((resolve) => vitest.on('exit', resolve))
await ferret?.stop()
process.exit(code ?? 1)
