import fs from 'fs'

/** A file as the system knows it: the same path may later name another file. */
export type FileIdentity = { dev: number; ino: number }

export const fileIdentity = (file: string): FileIdentity | null => {
  const stats = fs.statSync(file, { throwIfNoEntry: false })
  return stats ? { dev: stats.dev, ino: stats.ino } : null
}

/** Whether the path still names the file that was opened: 'moved' when nothing is there now. */
export const databaseFileState = (
  opened: FileIdentity,
  now: FileIdentity | null,
): 'same' | 'moved' | 'replaced' =>
  !now ? 'moved' : now.dev === opened.dev && now.ino === opened.ino ? 'same' : 'replaced'
