import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`two_organisation_sign_off_stories\` integer DEFAULT true,
  	\`two_organisation_sign_off_videos\` integer DEFAULT false,
  	\`two_organisation_sign_off_articles\` integer DEFAULT false,
  	\`two_organisation_sign_off_posters\` integer DEFAULT false,
  	\`two_organisation_sign_off_brochures\` integer DEFAULT true,
  	\`screen_poll_seconds\` numeric DEFAULT 30 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_settings\`("id", "two_organisation_sign_off_stories", "two_organisation_sign_off_videos", "two_organisation_sign_off_articles", "two_organisation_sign_off_posters", "two_organisation_sign_off_brochures", "screen_poll_seconds", "updated_at", "created_at") SELECT "id", "two_organisation_sign_off_stories", "two_organisation_sign_off_videos", "two_organisation_sign_off_articles", "two_organisation_sign_off_posters", "two_organisation_sign_off_brochures", "screen_poll_seconds", "updated_at", "created_at" FROM \`settings\`;`)
  await db.run(sql`DROP TABLE \`settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_settings\` RENAME TO \`settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`artwork_background\` text;`)
  await db.run(sql`ALTER TABLE \`posters_locales\` ADD \`format_artwork_a_series_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`posters_locales\` ADD \`format_artwork_metro_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`posters_locales\` ADD \`format_artwork_screen_landscape_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`posters_locales\` ADD \`format_artwork_screen_portrait_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`posters_format_artwork_format_artwork_a_series_idx\` ON \`posters_locales\` (\`format_artwork_a_series_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`posters_format_artwork_format_artwork_metro_idx\` ON \`posters_locales\` (\`format_artwork_metro_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`posters_format_artwork_format_artwork_screen_landscape_idx\` ON \`posters_locales\` (\`format_artwork_screen_landscape_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`posters_format_artwork_format_artwork_screen_portrait_idx\` ON \`posters_locales\` (\`format_artwork_screen_portrait_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_artwork_background\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v_locales\` ADD \`version_format_artwork_a_series_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_posters_v_locales\` ADD \`version_format_artwork_metro_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_posters_v_locales\` ADD \`version_format_artwork_screen_landscape_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_posters_v_locales\` ADD \`version_format_artwork_screen_portrait_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_format_artwork_version_format_artwork_idx\` ON \`_posters_v_locales\` (\`version_format_artwork_a_series_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_format_artwork_version_format_artwo_1_idx\` ON \`_posters_v_locales\` (\`version_format_artwork_metro_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_format_artwork_version_format_artwo_2_idx\` ON \`_posters_v_locales\` (\`version_format_artwork_screen_landscape_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_format_artwork_version_format_artwo_3_idx\` ON \`_posters_v_locales\` (\`version_format_artwork_screen_portrait_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`safe_to_crop\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`edge_colour\` text;`)
  await db.run(sql`ALTER TABLE \`settings_print_formats\` ADD \`safe_mm\` numeric;`)
  await db.run(sql`ALTER TABLE \`settings_print_formats\` ADD \`artwork_slot\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_posters_locales\` (
  	\`title\` text,
  	\`title_search\` text,
  	\`title_search_plain\` text,
  	\`title_sort_key\` text,
  	\`artwork_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`artwork_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_posters_locales\`("title", "title_search", "title_search_plain", "title_sort_key", "artwork_id", "id", "_locale", "_parent_id") SELECT "title", "title_search", "title_search_plain", "title_sort_key", "artwork_id", "id", "_locale", "_parent_id" FROM \`posters_locales\`;`)
  await db.run(sql`DROP TABLE \`posters_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_posters_locales\` RENAME TO \`posters_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`posters_title_search_idx\` ON \`posters_locales\` (\`title_search\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`posters_title_search_plain_idx\` ON \`posters_locales\` (\`title_search_plain\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`posters_title_sort_key_idx\` ON \`posters_locales\` (\`title_sort_key\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`posters_artwork_idx\` ON \`posters_locales\` (\`artwork_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`posters_locales_locale_parent_id_unique\` ON \`posters_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__posters_v_locales\` (
  	\`version_title\` text,
  	\`version_title_search\` text,
  	\`version_title_search_plain\` text,
  	\`version_title_sort_key\` text,
  	\`version_artwork_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_artwork_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_posters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__posters_v_locales\`("version_title", "version_title_search", "version_title_search_plain", "version_title_sort_key", "version_artwork_id", "id", "_locale", "_parent_id") SELECT "version_title", "version_title_search", "version_title_search_plain", "version_title_sort_key", "version_artwork_id", "id", "_locale", "_parent_id" FROM \`_posters_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_posters_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__posters_v_locales\` RENAME TO \`_posters_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_version_title_search_idx\` ON \`_posters_v_locales\` (\`version_title_search\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_version_title_search_plain_idx\` ON \`_posters_v_locales\` (\`version_title_search_plain\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_version_title_sort_key_idx\` ON \`_posters_v_locales\` (\`version_title_sort_key\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_version_artwork_idx\` ON \`_posters_v_locales\` (\`version_artwork_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_posters_v_locales_locale_parent_id_unique\` ON \`_posters_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`two_organisation_sign_off_stories\` integer DEFAULT true,
  	\`two_organisation_sign_off_videos\` integer DEFAULT false,
  	\`two_organisation_sign_off_articles\` integer DEFAULT false,
  	\`two_organisation_sign_off_posters\` integer DEFAULT false,
  	\`two_organisation_sign_off_brochures\` integer DEFAULT false,
  	\`screen_poll_seconds\` numeric DEFAULT 30 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_settings\`("id", "two_organisation_sign_off_stories", "two_organisation_sign_off_videos", "two_organisation_sign_off_articles", "two_organisation_sign_off_posters", "two_organisation_sign_off_brochures", "screen_poll_seconds", "updated_at", "created_at") SELECT "id", "two_organisation_sign_off_stories", "two_organisation_sign_off_videos", "two_organisation_sign_off_articles", "two_organisation_sign_off_posters", "two_organisation_sign_off_brochures", "screen_poll_seconds", "updated_at", "created_at" FROM \`settings\`;`)
  await db.run(sql`DROP TABLE \`settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_settings\` RENAME TO \`settings\`;`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`artwork_background\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_artwork_background\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`safe_to_crop\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`edge_colour\`;`)
  await db.run(sql`ALTER TABLE \`settings_print_formats\` DROP COLUMN \`safe_mm\`;`)
  await db.run(sql`ALTER TABLE \`settings_print_formats\` DROP COLUMN \`artwork_slot\`;`)
}
