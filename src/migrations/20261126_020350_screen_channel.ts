import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`posters_dayparts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`posters_dayparts_order_idx\` ON \`posters_dayparts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`posters_dayparts_parent_id_idx\` ON \`posters_dayparts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_posters_v_version_dayparts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_posters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_posters_v_version_dayparts_order_idx\` ON \`_posters_v_version_dayparts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_dayparts_parent_id_idx\` ON \`_posters_v_version_dayparts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`screen_status\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`screen_id\` integer NOT NULL,
  	\`last_seen_at\` text NOT NULL,
  	\`last_playlist_version\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`screen_id\`) REFERENCES \`screens\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`screen_status_screen_idx\` ON \`screen_status\` (\`screen_id\`);`)
  await db.run(sql`CREATE INDEX \`screen_status_updated_at_idx\` ON \`screen_status\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`screen_status_created_at_idx\` ON \`screen_status\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`plays\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`started_at\` text NOT NULL,
  	\`poster_id\` integer NOT NULL,
  	\`screen_id\` integer NOT NULL,
  	\`location_id\` integer,
  	\`locale\` text NOT NULL,
  	\`duration_seconds\` numeric NOT NULL,
  	\`play_key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`screen_id\`) REFERENCES \`screens\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`location_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`plays_started_at_idx\` ON \`plays\` (\`started_at\`);`)
  await db.run(sql`CREATE INDEX \`plays_poster_idx\` ON \`plays\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`plays_screen_idx\` ON \`plays\` (\`screen_id\`);`)
  await db.run(sql`CREATE INDEX \`plays_location_idx\` ON \`plays\` (\`location_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`plays_play_key_idx\` ON \`plays\` (\`play_key\`);`)
  await db.run(sql`CREATE INDEX \`plays_updated_at_idx\` ON \`plays\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plays_created_at_idx\` ON \`plays\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`channel_state\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`token\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`play_order\` numeric DEFAULT 100;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_play_order\` numeric DEFAULT 100;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`screen_status_id\` integer REFERENCES screen_status(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`plays_id\` integer REFERENCES plays(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_screen_status_id_idx\` ON \`payload_locked_documents_rels\` (\`screen_status_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plays_id_idx\` ON \`payload_locked_documents_rels\` (\`plays_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`posters_dayparts\`;`)
  await db.run(sql`DROP TABLE \`_posters_v_version_dayparts\`;`)
  await db.run(sql`DROP TABLE \`screen_status\`;`)
  await db.run(sql`DROP TABLE \`plays\`;`)
  await db.run(sql`DROP TABLE \`channel_state\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`stories_id\` integer,
  	\`videos_id\` integer,
  	\`articles_id\` integer,
  	\`posters_id\` integer,
  	\`media_id\` integer,
  	\`video_files_id\` integer,
  	\`locations_id\` integer,
  	\`screens_id\` integer,
  	\`partners_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posters_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`video_files_id\`) REFERENCES \`video_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`locations_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`screens_id\`) REFERENCES \`screens\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "stories_id", "videos_id", "articles_id", "posters_id", "media_id", "video_files_id", "locations_id", "screens_id", "partners_id", "users_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "stories_id", "videos_id", "articles_id", "posters_id", "media_id", "video_files_id", "locations_id", "screens_id", "partners_id", "users_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_videos_id_idx\` ON \`payload_locked_documents_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_posters_id_idx\` ON \`payload_locked_documents_rels\` (\`posters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_video_files_id_idx\` ON \`payload_locked_documents_rels\` (\`video_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_locations_id_idx\` ON \`payload_locked_documents_rels\` (\`locations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_screens_id_idx\` ON \`payload_locked_documents_rels\` (\`screens_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`play_order\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_play_order\`;`)
}
