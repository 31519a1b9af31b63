import fs from 'fs'
import path from 'path'

/** What every bench script shares: the median of its runs, and one results file for all. */
export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Merges figures into bench/results.json (git-ignored), keeping the other scripts' keys. */
export const saveResults = (figures: Record<string, unknown>) => {
  const file = path.join(import.meta.dirname, 'results.json')
  const previous = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {}
  fs.writeFileSync(file, `${JSON.stringify({ ...previous, ...figures }, null, 2)}\n`)
}
