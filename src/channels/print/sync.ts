import { randomUUID } from 'crypto'
import type { Payload } from 'payload'
import fsSync from 'fs'
import fs from 'fs/promises'

import { printDir, printPath, removePrintFiles } from './files'
import { slotOf, type PrintFileRecord } from './printFileRecord'
import { PrintLayoutError } from './render/errors'
import { runPrintWorker } from './render/runPrintWorker'
import { wantedPrintFiles, type WantedFile } from './wanted'

type Outcome = { made: number; failed: number; removed: number }

/** An image whose file is gone is said once, on the record, instead of failing every sweep. */
const missingImage = (job: WantedFile['job']) => {
  const image = job.kind === 'poster' ? job.artwork : job.cover
  return image && !fsSync.existsSync(image.path)
    ? 'The image file is missing from the media folder: upload the image again.'
    : undefined
}

const record = async (payload: Payload, wanted: WantedFile, now: Date) => {
  const base = {
    name: wanted.name,
    itemCollection: wanted.itemCollection,
    itemId: wanted.itemId,
    locale: wanted.locale,
    format: wanted.format.key,
    inputsHash: wanted.inputsHash,
    includes: wanted.includes,
    trimWidthMm: wanted.format.trimWidthMm,
    trimHeightMm: wanted.format.trimHeightMm,
    bleedMm: wanted.format.bleedMm,
    generatedAt: now.toISOString(),
  }
  const create = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'print-files',
      data: { ...base, ...data } as never,
      overrideAccess: true,
    })
  const problem = wanted.problem ?? missingImage(wanted.job)
  if (problem) return create({ status: 'failed', error: problem }).then(() => false)
  const id = randomUUID()
  const fileName = `${id}.pdf`
  const previewName = `${id}.png`
  try {
    await fs.mkdir(printDir(), { recursive: true })
    const result = await runPrintWorker({
      ...wanted.job,
      createdAt: now.toISOString(),
      pdfPath: printPath(fileName),
      previewPath: printPath(previewName),
    })
    await create({
      status: 'ready',
      fileName,
      previewName: result.previewWritten ? previewName : null,
      pages: result.pages,
      bytes: result.bytes,
      sha256: result.sha256,
    })
    return true
  } catch (err) {
    await removePrintFiles(fileName, previewName)
    // Content that does not fit is the editor's to fix; anything else is tried again next sweep.
    if (err instanceof PrintLayoutError) {
      await create({ status: 'failed', error: err.message })
      return false
    }
    throw err
  }
}

/**
 * Makes every print file that should exist and does not (or is out of date), then removes the
 * ones no longer wanted: of an item taken down, a language no longer published, a size no longer
 * listed, or inputs that changed. A replacement is made before its old file goes, so a slot is
 * never empty while its item stays live. One sweep at a time per process.
 */
export const syncPrintFiles = (
  payload: Payload,
  clock: () => Date = () => new Date(),
): Promise<Outcome> => {
  const state = globalThis as { xeberdarPrintSweep?: Promise<unknown> }
  const run = (state.xeberdarPrintSweep ?? Promise.resolve())
    .catch(() => undefined)
    // The time is read when the sweep starts, not when it was asked for.
    .then(() => sweep(payload, clock()))
  state.xeberdarPrintSweep = run
  return run
}

const sweep = async (payload: Payload, now: Date): Promise<Outcome> => {
  const outcome: Outcome = { made: 0, failed: 0, removed: 0 }
  const wanted = await wantedPrintFiles(payload, now)
  const readExisting = async () =>
    (
      await payload.find({
        collection: 'print-files',
        depth: 0,
        overrideAccess: true,
        pagination: false,
        sort: '-generatedAt',
      })
    ).docs as unknown as PrintFileRecord[]
  // A ready record whose PDF is gone from disk (a restored volume) is made again.
  const existing = (await readExisting()).filter(
    (file) =>
      file.status !== 'ready' || (!!file.fileName && fsSync.existsSync(printPath(file.fileName))),
  )
  const has = new Set(existing.map((file) => `${slotOf(file)}:${file.inputsHash}`))
  const errors: string[] = []
  for (const file of wanted) {
    if (has.has(`${slotOf({ ...file, format: file.format.key })}:${file.inputsHash}`)) continue
    try {
      if (await record(payload, file, now)) outcome.made++
      else outcome.failed++
    } catch (err) {
      errors.push(`${file.name}: ${(err as Error).message}`)
    }
  }
  // Keep the newest file per slot whose inputs are still wanted; everything else goes.
  const keep = new Set(
    wanted.map((file) => `${slotOf({ ...file, format: file.format.key })}:${file.inputsHash}`),
  )
  const kept = new Set<string>()
  for (const file of await readExisting()) {
    const key = `${slotOf(file)}:${file.inputsHash}`
    if (keep.has(key) && !kept.has(key)) {
      kept.add(key)
      continue
    }
    try {
      await payload.delete({ collection: 'print-files', id: file.id, overrideAccess: true })
      await removePrintFiles(file.fileName, file.previewName)
      outcome.removed++
    } catch (err) {
      errors.push(`${file.name}: could not remove: ${(err as Error).message}`)
    }
  }
  if (errors.length)
    payload.logger.error({ msg: 'Some print files could not be made or removed', errors })
  return outcome
}
