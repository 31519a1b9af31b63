import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`settings_locales\` ADD \`website_home\` text;`)
  await db.run(sql`ALTER TABLE \`settings_locales\` ADD \`website_stories\` text;`)
  await db.run(sql`ALTER TABLE \`settings_locales\` ADD \`website_articles\` text;`)
  await db.run(sql`ALTER TABLE \`settings_locales\` ADD \`website_videos\` text;`)
  await db.run(sql`ALTER TABLE \`settings_locales\` ADD \`website_posters\` text;`)
  await db.run(sql`ALTER TABLE \`settings_locales\` ADD \`website_brochures\` text;`)
  // The print QR codes' one template becomes the posters' and brochures' address in every
  // language written so far ({locale} and {type} are still filled in).
  await db.run(
    sql`UPDATE \`settings_locales\` SET \`website_posters\` = (SELECT \`print_page_url\` FROM \`settings\` WHERE \`settings\`.\`id\` = \`settings_locales\`.\`_parent_id\`), \`website_brochures\` = (SELECT \`print_page_url\` FROM \`settings\` WHERE \`settings\`.\`id\` = \`settings_locales\`.\`_parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`print_page_url\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`settings\` ADD \`print_page_url\` text;`)
  await db.run(sql`ALTER TABLE \`settings_locales\` DROP COLUMN \`website_home\`;`)
  await db.run(sql`ALTER TABLE \`settings_locales\` DROP COLUMN \`website_stories\`;`)
  await db.run(sql`ALTER TABLE \`settings_locales\` DROP COLUMN \`website_articles\`;`)
  await db.run(sql`ALTER TABLE \`settings_locales\` DROP COLUMN \`website_videos\`;`)
  await db.run(sql`ALTER TABLE \`settings_locales\` DROP COLUMN \`website_posters\`;`)
  await db.run(sql`ALTER TABLE \`settings_locales\` DROP COLUMN \`website_brochures\`;`)
}
