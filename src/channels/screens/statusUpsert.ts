export type SeenRow = { screenId: string | number; version: string; at: Date }

/**
 * Every screen's status in one SQLite statement: one row per screen, inserted or updated on the
 * unique screen column. Screens deleted since their fetch are left out rather than failing the
 * whole statement on the foreign key.
 */
export const statusUpsertStatement = (rows: SeenRow[], now: Date) => {
  const values = rows.map((_, i) => `(?${3 * i + 2}, ?${3 * i + 3}, ?${3 * i + 4})`).join(', ')
  return {
    sql:
      'INSERT INTO screen_status (screen_id, last_seen_at, last_playlist_version, updated_at, created_at) ' +
      `SELECT column1, column2, column3, ?1, ?1 FROM (VALUES ${values}) ` +
      'WHERE column1 IN (SELECT id FROM screens) ' +
      'ON CONFLICT (screen_id) DO UPDATE SET last_seen_at = excluded.last_seen_at, ' +
      'last_playlist_version = excluded.last_playlist_version, updated_at = excluded.updated_at',
    args: [
      now.toISOString(),
      ...rows.flatMap(({ screenId, version, at }) => [Number(screenId), at.toISOString(), version]),
    ],
  }
}
