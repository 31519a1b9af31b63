/** Mulberry32: a tiny deterministic random sequence, the same "random" history on every run. */
export const seededRandom = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/** A seeded random sequence with the two ways tests draw from it. */
export const randomHistory = (seed: number) => {
  const random = seededRandom(seed)
  return {
    random,
    pick: <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)],
    /** A whole number from `min` to `max`, both included. */
    between: (min: number, max: number) => min + Math.floor(random() * (max - min + 1)),
  }
}
