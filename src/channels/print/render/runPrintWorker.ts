import { spawn } from 'child_process'
import fs from 'fs'
import path from 'path'

import { PrintLayoutError } from './errors'
import type { RenderJob, RenderResult } from './job'

const timeoutMs = 120_000

/**
 * The production build runs the bundled worker (dist/printWorker.js); development and tests
 * that run the sources run the TypeScript file through tsx.
 */
const workerCommand = () => {
  const built = path.resolve('dist/printWorker.js')
  if (process.env.NODE_ENV === 'production' && fs.existsSync(built)) return [built]
  return ['--import', 'tsx/esm', path.resolve('src/channels/print/render/printWorker.ts')]
}

const workerEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(
    ['PATH', 'HOME', 'TMPDIR', 'LANG', 'NODE_ENV']
      .filter((name) => process.env[name] !== undefined)
      .map((name) => [name, process.env[name]]),
  ) as NodeJS.ProcessEnv

/** Draws one print file in a child process; rejects with PrintLayoutError for the editor's part. */
export const runPrintWorker = (job: RenderJob): Promise<RenderResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, workerCommand(), {
      stdio: ['pipe', 'pipe', 'pipe'],
      // Only what a process needs to run: the worker decodes uploaded images and has no use
      // for the server's secrets, database address or Node options.
      env: workerEnv(),
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const failed = () =>
        new Error(
          `The print worker failed (${signal ?? `exit ${code}`}): ${Buffer.concat(err).toString('utf8').slice(-2000)}`,
        )
      const answer = () => JSON.parse(Buffer.concat(out).toString('utf8'))
      try {
        if (code === 0) resolve(answer() as RenderResult)
        else if (code === 2) reject(new PrintLayoutError((answer() as { error: string }).error))
        else reject(failed())
      } catch {
        // An answer that is no JSON is the worker's failure, not a reason to crash the server.
        reject(failed())
      }
    })
    // A worker that dies before reading its job is reported by 'close'; the broken pipe is not news.
    child.stdin.on('error', () => undefined)
    child.stdin.end(JSON.stringify(job))
  })
