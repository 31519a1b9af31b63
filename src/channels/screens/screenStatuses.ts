import type { Payload } from 'payload'

import { screenStatus, versionState, type ScreenStatus, type VersionState } from './status'

/** The playlist version the feed would give a screen now; null while it has none built. */
export type CurrentPlaylistVersion = (screenId: string) => string | null

export type ScreenStatusRow = {
  id: string | number
  name: string
  location: string | number | null
  status: ScreenStatus
  lastSeenAt: string | null
  lastPlaylistVersion: string | null
  currentPlaylistVersion: string | null
  version: VersionState
}

/**
 * Every screen with its status as of `now`. The current version comes from the caller: the feed's
 * in-memory cache lives in the server process, not in the database.
 */
export const screenStatuses = async ({
  payload,
  now,
  currentVersion,
}: {
  payload: Payload
  now: Date
  currentVersion: CurrentPlaylistVersion
}): Promise<{ pollSeconds: number; screens: ScreenStatusRow[] }> => {
  const [settings, { docs: screens }, { docs: seen }] = await Promise.all([
    payload.findGlobal({ slug: 'settings', depth: 0, select: { screenPollSeconds: true } }),
    payload.find({
      collection: 'screens',
      depth: 0,
      pagination: false,
      sort: 'name',
      select: { name: true, location: true },
    }),
    payload.find({ collection: 'screen-status', depth: 0, pagination: false }),
  ])
  const pollSeconds = settings.screenPollSeconds
  const seenBy = new Map(seen.map((row) => [String(row.screen), row]))
  return {
    pollSeconds,
    screens: screens.map((screen) => {
      const last = seenBy.get(String(screen.id))
      const current = currentVersion(String(screen.id))
      return {
        id: screen.id,
        name: screen.name,
        location: (screen.location as string | number | null) ?? null,
        status: screenStatus({ lastSeenAt: last?.lastSeenAt, now, pollSeconds }),
        lastSeenAt: last?.lastSeenAt ?? null,
        lastPlaylistVersion: last?.lastPlaylistVersion ?? null,
        currentPlaylistVersion: current,
        version: versionState({ lastVersion: last?.lastPlaylistVersion, currentVersion: current }),
      }
    }),
  }
}
