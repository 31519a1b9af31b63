import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_screen_whole_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_screen_whole_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_screen_whole_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_screen_whole_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_screen_whole_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_screen_whole_filename\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_screen_whole4k_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_screen_whole4k_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_screen_whole4k_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_screen_whole4k_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_screen_whole4k_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_screen_whole4k_filename\` text;`)
  await db.run(sql`CREATE INDEX \`media_sizes_screen_whole_sizes_screen_whole_filename_idx\` ON \`media\` (\`sizes_screen_whole_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_screen_whole4k_sizes_screen_whole4k_filename_idx\` ON \`media\` (\`sizes_screen_whole4k_filename\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_sizes_screen_whole_sizes_screen_whole_filename_idx\`;`)
  await db.run(sql`DROP INDEX \`media_sizes_screen_whole4k_sizes_screen_whole4k_filename_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_screen_whole_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_screen_whole_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_screen_whole_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_screen_whole_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_screen_whole_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_screen_whole_filename\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_screen_whole4k_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_screen_whole4k_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_screen_whole4k_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_screen_whole4k_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_screen_whole4k_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_screen_whole4k_filename\`;`)
}
