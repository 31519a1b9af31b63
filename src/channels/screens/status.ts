/** How an admin sees a screen: answering on time, late, or gone quiet. */
export type ScreenStatus = 'online' | 'stale' | 'silent'
/** Whether it shows what the feed would give it now. */
export type VersionState = 'current' | 'older' | 'unknown'

/** A screen that has not asked for a day is treated like one that never did. */
export const silentAfterMs = 24 * 60 * 60 * 1000

/**
 * Online while its last fetch is within three poll intervals (one missed poll is network
 * weather, three are not), stale after that, silent when it never asked or not for a day.
 */
export const screenStatus = ({
  lastSeenAt,
  now,
  pollSeconds,
}: {
  lastSeenAt: Date | string | null | undefined
  now: Date
  pollSeconds: number
}): ScreenStatus => {
  if (!lastSeenAt) return 'silent'
  const age = now.getTime() - new Date(lastSeenAt).getTime()
  if (age <= 3 * pollSeconds * 1000) return 'online'
  return age < silentAfterMs ? 'stale' : 'silent'
}

/** Unknown when either side is missing: a screen never seen, or a playlist not built yet. */
export const versionState = ({
  lastVersion,
  currentVersion,
}: {
  lastVersion: string | null | undefined
  currentVersion: string | null | undefined
}): VersionState => {
  if (!lastVersion || !currentVersion) return 'unknown'
  return lastVersion === currentVersion ? 'current' : 'older'
}
