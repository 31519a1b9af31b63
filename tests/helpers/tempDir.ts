import fs from 'fs'
import os from 'os'
import path from 'path'

/** A fresh directory for one test file's database and uploads. */
export const makeTempDir = (prefix: string) =>
  fs.mkdtempSync(path.join(os.tmpdir(), `xeberdar-${prefix}-`))

export const removeTempDir = (dir: string) => fs.rmSync(dir, { recursive: true, force: true })
