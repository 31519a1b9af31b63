// Node 20's ESM loader can deadlock (exit code 13, "unsettled top-level await") when several of
// Lexical's packages, each of which picks its build with a top-level `await import()`, are first
// imported at the same time; the Payload config does exactly that through the rich-text editor,
// roughly every other start. Evaluating them one at a time, dependencies first, before anything
// else runs avoids it. Node 22 does not have the fault. Loaded with `node --import`.
import { readFileSync } from 'node:fs'

const nodeModules = new URL('../../node_modules/', import.meta.url)
const isLexical = (name) => name === 'lexical' || name.startsWith('@lexical/')

const lexicalDependencies = (name) => {
  const manifest = JSON.parse(readFileSync(new URL(`${name}/package.json`, nodeModules), 'utf8'))
  return Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).filter(isLexical)
}

const loaded = new Set()
const loadInOrder = async (name) => {
  if (loaded.has(name)) return
  loaded.add(name)
  for (const dependency of lexicalDependencies(name)) await loadInOrder(dependency)
  // Some (e.g. @lexical/internal) carry only types and have nothing to import.
  await import(name).catch((error) => {
    if (error.code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw error
  })
}

if (Number(process.versions.node.split('.')[0]) < 22) {
  for (const name of lexicalDependencies('@payloadcms/richtext-lexical')) await loadInOrder(name)
}
