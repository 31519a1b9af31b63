// What clients are told when the database cannot take a write, in one place.
export const databaseMessages = {
  busy: 'The database is locked by another process: nothing was saved. Try again in a moment.',
  fileLost:
    'The database file is no longer the one this server opened (moved or replaced): nothing was saved. An operator must put it back or restart the server.',
} as const
