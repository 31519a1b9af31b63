import { execFileSync, spawn } from 'child_process'
import path from 'path'
import readline from 'readline'

import { makeTempDir, removeTempDir } from './tempDir'

const root = path.resolve(import.meta.dirname, '../..')

/**
 * What FerretDB 1.24 cannot do, switched off in Payload's MongoDB adapter for the test run only:
 * no transactions or sessions, and no $lookup (joins run as separate finds). Production MongoDB
 * runs with none of these switches.
 */
export const ferretDbAdapterOptions = {
  transactionOptions: false,
  useJoinAggregations: false,
  usePipelineInSortLookup: false,
  bulkOperationsSingleTransaction: true,
}

/** True in `npm run test:mongo` without TEST_MONGODB_URL: FerretDB stands in for MongoDB. */
export const isFerretDbRun =
  Boolean(process.env.MONGODB_ADAPTER_OPTIONS) && !process.env.TEST_MONGODB_URL

export type RunningFerretDb = {
  url: string
  address: string
  dataDir: string
  stop: () => Promise<void>
}

type FerretDbOptions = {
  /** host:port to listen on; a free loopback port by default. */
  address?: string
  /** Its files; a fresh folder by default. Pass both to restart the same server. */
  dataDir?: string
}

/** Builds FerretDB if needed (cached) and starts it; `stop` keeps a given dataDir. */
export const startFerretDb = async ({
  address: listen = '127.0.0.1:0',
  dataDir: given,
}: FerretDbOptions = {}): Promise<RunningFerretDb> => {
  const binary = execFileSync('bash', [path.join(root, 'tools/ferretdb/build.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim()
  const dataDir = given ?? makeTempDir('ferretdb')
  const child = spawn(binary, ['-listen-addr', listen, '-sqlite-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  const address = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = line.match(/^READY (\S+)$/)
      if (match) resolve(match[1])
    })
    void exited.then((code) => reject(new Error(`FerretDB exited (${code}) before it was ready`)))
  })
  return {
    url: `mongodb://${address}/`,
    address,
    dataDir,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
      if (!given) removeTempDir(dataDir)
    },
  }
}
