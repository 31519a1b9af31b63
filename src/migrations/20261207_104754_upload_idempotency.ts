import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`upload_key_hash\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`upload_file_hash\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_upload_key_hash_idx\` ON \`media\` (\`upload_key_hash\`);`)
  await db.run(sql`ALTER TABLE \`video_files\` ADD \`upload_key_hash\` text;`)
  await db.run(sql`ALTER TABLE \`video_files\` ADD \`upload_file_hash\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`video_files_upload_key_hash_idx\` ON \`video_files\` (\`upload_key_hash\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_upload_key_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`upload_key_hash\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`upload_file_hash\`;`)
  await db.run(sql`DROP INDEX \`video_files_upload_key_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`video_files\` DROP COLUMN \`upload_key_hash\`;`)
  await db.run(sql`ALTER TABLE \`video_files\` DROP COLUMN \`upload_file_hash\`;`)
}
