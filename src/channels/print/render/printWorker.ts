/**
 * The print worker: reads one RenderJob as JSON on stdin, draws it, and writes its RenderResult
 * as JSON on stdout. It runs as its own process so a large rendition's memory is returned to the
 * system when it ends and never grows the server. A layout problem exits 2 with {"error"}.
 */
import sharp from 'sharp'

import { PrintLayoutError } from './errors'
import type { RenderJob } from './job'
import { renderPrintFile } from './renderPrintFile'

// One image at a time and no cache: the worker makes one file and ends.
sharp.concurrency(1)
sharp.cache(false)

const readStdin = async () => {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

try {
  const job = JSON.parse(await readStdin()) as RenderJob
  const result = await renderPrintFile(job)
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024)
  process.stdout.write(JSON.stringify({ ...result, peakRssMb }))
} catch (err) {
  if (err instanceof PrintLayoutError) {
    process.stdout.write(JSON.stringify({ error: err.message }))
    process.exitCode = 2
  } else {
    process.stderr.write(`${(err as Error).stack ?? err}\n`)
    process.exitCode = 1
  }
}
