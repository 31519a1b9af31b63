import type { PayloadRequest } from 'payload'

import { screenMessages } from './messages'
import { playKey, type Play } from './playReport'

export type PlaysResult = {
  /** New plays stored. */
  accepted: number
  /** Plays already stored from an earlier (re-sent) report, or twice in this one. */
  duplicates: number
  /** Items that name no poster; the rest of the report is stored. */
  rejected: { index: number; posterId: string | number; message: string }[]
}

/**
 * Stores a screen's checked plays once each. Writes go straight to the database adapter: a report
 * holds up to 500 plays, already checked whole, and the collection takes no other writes, so
 * Payload's per-document hooks would only cost time. No transaction: a report that fails halfway
 * is re-sent, and the play key makes the second attempt store only what is missing.
 */
export const recordPlays = async ({
  req,
  screen,
  plays,
}: {
  req: PayloadRequest
  screen: { id: string | number; location?: unknown }
  plays: Play[]
}): Promise<PlaysResult> => {
  const { payload } = req
  const posterIds = [...new Set(plays.map((play) => play.posterId))]
  const { docs: posters } = await payload.find({
    collection: 'posters',
    where: { id: { in: posterIds } },
    depth: 0,
    pagination: false,
    select: { displaySeconds: true },
    req,
  })
  const knownPosters = new Set(posters.map((poster) => String(poster.id)))
  const keys = plays.map((play) => playKey(screen.id, play))
  const { docs: stored } = await payload.find({
    collection: 'plays',
    where: { playKey: { in: keys } },
    depth: 0,
    pagination: false,
    select: { playKey: true },
    req,
  })
  const seen = new Set(stored.map((play) => play.playKey))
  const location =
    typeof screen.location === 'object' && screen.location !== null
      ? (screen.location as { id: string | number }).id
      : (screen.location as string | number | undefined)

  const result: PlaysResult = { accepted: 0, duplicates: 0, rejected: [] }
  for (const [index, play] of plays.entries()) {
    if (!knownPosters.has(String(play.posterId))) {
      result.rejected.push({
        index,
        posterId: play.posterId,
        message: screenMessages.unknownPoster,
      })
      continue
    }
    const key = keys[index]
    if (seen.has(key)) {
      result.duplicates++
      continue
    }
    seen.add(key)
    const now = new Date().toISOString()
    try {
      await payload.db.create({
        collection: 'plays',
        data: {
          playKey: key,
          screen: screen.id,
          location,
          poster: play.posterId,
          locale: play.locale,
          startedAt: play.startedAt.toISOString(),
          durationSeconds: play.durationSeconds,
          createdAt: now,
          updatedAt: now,
        },
        req,
        returning: false,
      })
      result.accepted++
    } catch (err) {
      // The same report sent twice at once: the other request stored it first.
      const isStored = await payload.count({
        collection: 'plays',
        where: { playKey: { equals: key } },
        req,
      })
      if (isStored.totalDocs === 0) throw err
      result.duplicates++
    }
  }
  return result
}
