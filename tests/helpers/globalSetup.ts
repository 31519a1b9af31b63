import fs from 'fs'
import path from 'path'

/** HTTP and browser tests run the production build: refuse to start without one. */
export default function globalSetup() {
  const root = path.resolve(import.meta.dirname, '../..')
  for (const built of ['dist/server.js', '.next/BUILD_ID']) {
    if (!fs.existsSync(path.join(root, built)))
      throw new Error(`${built} is missing: run "npm run build" first (npm test does it for you).`)
  }
}
