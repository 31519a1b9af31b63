import { spawn, type ChildProcess } from 'child_process'
import { randomBytes } from 'crypto'
import fs from 'fs'
import net from 'net'
import path from 'path'
import readline from 'readline'

import { makeTempDir, removeTempDir } from './tempDir'

const root = path.resolve(import.meta.dirname, '../..')

/** The address test servers let claim their first admin account (see tests/helpers/api.ts). */
export const firstAdminEmail = 'admin@test.example'

/** process.env plus overrides, where `undefined` removes a variable. */
const childEnv = (overrides: Record<string, string | undefined>) =>
  Object.fromEntries(
    Object.entries({ ...process.env, ...overrides }).filter(([, value]) => value !== undefined),
  ) as NodeJS.ProcessEnv

export type RunningServer = {
  url: string
  dataDir: string
  child: ChildProcess
  /** Everything the server printed so far. */
  output: () => string
  /** SIGTERM, then wait for the exit code. */
  stop: () => Promise<number | null>
}

/** The database a test server uses: TEST_DATABASE_URL (e.g. the MongoDB run) or a fresh SQLite file. */
export const testDatabaseUrl = (dataDir: string) =>
  process.env.TEST_DATABASE_URL
    ? process.env.TEST_DATABASE_URL.replace(
        '{name}',
        path.basename(dataDir).replace(/[^a-z0-9]/gi, '_'),
      )
    : `file:${path.join(dataDir, 'xeberdar.db')}`

/**
 * A fresh SQLite database for a server in `dataDir`: a copy of the file the production server
 * made by migrating an empty one at the start of the run (tests/helpers/globalSetup.ts), which is
 * what the server would make of an empty file itself. Without a template (the bench scripts, or
 * a given DATABASE_URL) the server starts on an empty file and migrates it.
 */
const copySqliteTemplate = (dataDir: string) => {
  const template = process.env.TEST_SQLITE_TEMPLATE
  if (!template || process.env.TEST_DATABASE_URL) return
  fs.copyFileSync(template, path.join(dataDir, 'xeberdar.db'))
}

/** A loopback port that was free a moment ago. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

/**
 * Starts the production build (`node dist/server.js`) on a free loopback port with its own
 * database and media folder, and resolves once it is listening. The port is chosen first because
 * PUBLIC_URL must name it: Payload accepts the admin's session cookie only from that origin.
 */
export const startServer = async (
  env: Record<string, string | undefined> = {},
): Promise<RunningServer> => {
  const dataDir = makeTempDir('server')
  if (!('DATABASE_URL' in env)) copySqliteTemplate(dataDir)
  const port = await freePort()
  const child = spawn(process.execPath, ['dist/server.js'], {
    cwd: root,
    env: childEnv({
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      FIRST_ADMIN_EMAIL: firstAdminEmail,
      PAYLOAD_SECRET: randomBytes(24).toString('hex'),
      DATABASE_URL: testDatabaseUrl(dataDir),
      MEDIA_DIR: path.join(dataDir, 'media'),
      NEXT_TELEMETRY_DISABLED: '1',
      // Nothing happens on a clock in tests unless a test asks for it (SCHEDULER: undefined).
      SCHEDULER: 'off',
      ...env,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))

  const url = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! })
    lines.on('line', (line) => {
      output += `${line}\n`
      const match = line.match(/listening on ([\d.]+):(\d+)/)
      if (match) resolve(`http://${match[1]}:${match[2]}`)
    })
    void exited.then((code) =>
      reject(new Error(`server exited (${code}) before listening:\n${output}`)),
    )
  })

  return {
    url,
    dataDir,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      const code = await exited
      removeTempDir(dataDir)
      return code
    },
  }
}

/** The request log's lines (src/server/requestLog.ts) a server printed so far. */
export const loggedRequests = (server: RunningServer) =>
  server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line))
    .filter((entry) => entry.msg === 'request')

/** Runs the server expecting it to refuse to start; resolves with its exit code and output. */
export const startServerExpectingFailure = async (env: Record<string, string | undefined>) => {
  const child = spawn(process.execPath, ['dist/server.js'], {
    cwd: root,
    env: childEnv({ NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  return { code, output }
}
