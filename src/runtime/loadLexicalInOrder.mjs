// Node 20's ESM loader can deadlock (exit code 13, "unsettled top-level await") when several of
// Lexical's packages, each of which picks its build with a top-level `await import()`, are first
// imported at the same time; the Payload config does exactly that through the rich-text editor,
// roughly every other start. Evaluating them one at a time, dependencies first, before anything
// else runs avoids it. Node 22 does not have the fault. Loaded by src/server.ts and, through
// .npmrc's node-options, by every npm script (the payload CLI, seed, tests).
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const { resolve } = createRequire(import.meta.url)
const isLexical = (name) => name === 'lexical' || name.startsWith('@lexical/')

/** The package's manifest, or null before `npm install` has put it there. */
const manifestOf = (name) => {
  const file = (resolve.paths(name) ?? [])
    .map((dir) => path.join(dir, name, 'package.json'))
    .find((candidate) => existsSync(candidate))
  return file ? JSON.parse(readFileSync(file, 'utf8')) : null
}

const lexicalDependencies = (name) => {
  const manifest = manifestOf(name)
  return Object.keys({ ...manifest?.dependencies, ...manifest?.peerDependencies }).filter(isLexical)
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
