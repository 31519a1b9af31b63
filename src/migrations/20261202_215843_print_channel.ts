import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`brochures_workflow_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`brochures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`brochures_workflow_published_locales_order_idx\` ON \`brochures_workflow_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`brochures_workflow_published_locales_parent_idx\` ON \`brochures_workflow_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`brochures_workflow_published_locales_value_idx\` ON \`brochures_workflow_published_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`brochures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`fold\` text DEFAULT 'booklet-a5',
  	\`cover_id\` integer,
  	\`publish_at\` text,
  	\`unpublish_at\` text,
  	\`workflow_stage\` text,
  	\`workflow_author_id\` integer,
  	\`workflow_last_editor_id\` integer,
  	\`workflow_approved_by_id\` integer,
  	\`workflow_approved_at\` text,
  	\`workflow_approved_hash\` text,
  	\`workflow_comment\` text,
  	\`workflow_locales\` text,
  	\`workflow_sign_offs\` text,
  	\`workflow_published_shared_hash\` text,
  	\`workflow_withdrawn_at\` text,
  	\`workflow_withdrawn_form_reference\` text,
  	\`workflow_withdrawal_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`brochures_cover_idx\` ON \`brochures\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`brochures_publish_at_idx\` ON \`brochures\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`brochures_unpublish_at_idx\` ON \`brochures\` (\`unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`brochures_workflow_workflow_stage_idx\` ON \`brochures\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`brochures_workflow_workflow_author_idx\` ON \`brochures\` (\`workflow_author_id\`);`)
  await db.run(sql`CREATE INDEX \`brochures_workflow_workflow_last_editor_idx\` ON \`brochures\` (\`workflow_last_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`brochures_workflow_workflow_approved_by_idx\` ON \`brochures\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`brochures_updated_at_idx\` ON \`brochures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`brochures_created_at_idx\` ON \`brochures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`brochures__status_idx\` ON \`brochures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`brochures_locales\` (
  	\`title\` text,
  	\`intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`brochures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`brochures_locales_locale_parent_id_unique\` ON \`brochures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`brochures_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`stories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`brochures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`brochures_rels_order_idx\` ON \`brochures_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`brochures_rels_parent_idx\` ON \`brochures_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`brochures_rels_path_idx\` ON \`brochures_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`brochures_rels_articles_id_idx\` ON \`brochures_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`brochures_rels_stories_id_idx\` ON \`brochures_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE TABLE \`_brochures_v_version_workflow_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_brochures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_brochures_v_version_workflow_published_locales_order_idx\` ON \`_brochures_v_version_workflow_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_version_workflow_published_locales_parent_idx\` ON \`_brochures_v_version_workflow_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_version_workflow_published_locales_value_idx\` ON \`_brochures_v_version_workflow_published_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_brochures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_fold\` text DEFAULT 'booklet-a5',
  	\`version_cover_id\` integer,
  	\`version_publish_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_workflow_stage\` text,
  	\`version_workflow_author_id\` integer,
  	\`version_workflow_last_editor_id\` integer,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_approved_at\` text,
  	\`version_workflow_approved_hash\` text,
  	\`version_workflow_comment\` text,
  	\`version_workflow_locales\` text,
  	\`version_workflow_sign_offs\` text,
  	\`version_workflow_published_shared_hash\` text,
  	\`version_workflow_withdrawn_at\` text,
  	\`version_workflow_withdrawn_form_reference\` text,
  	\`version_workflow_withdrawal_reason\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`brochures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_brochures_v_parent_idx\` ON \`_brochures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_version_version_cover_idx\` ON \`_brochures_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_version_version_publish_at_idx\` ON \`_brochures_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_version_version_unpublish_at_idx\` ON \`_brochures_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_version_workflow_version_workflow_stage_idx\` ON \`_brochures_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_version_workflow_version_workflow_author_idx\` ON \`_brochures_v\` (\`version_workflow_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_version_workflow_version_workflow_last_edit_idx\` ON \`_brochures_v\` (\`version_workflow_last_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_version_workflow_version_workflow_approved__idx\` ON \`_brochures_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_version_version_updated_at_idx\` ON \`_brochures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_version_version_created_at_idx\` ON \`_brochures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_version_version__status_idx\` ON \`_brochures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_created_at_idx\` ON \`_brochures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_updated_at_idx\` ON \`_brochures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_snapshot_idx\` ON \`_brochures_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_published_locale_idx\` ON \`_brochures_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_latest_idx\` ON \`_brochures_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_brochures_v_locales\` (
  	\`version_title\` text,
  	\`version_intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_brochures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_brochures_v_locales_locale_parent_id_unique\` ON \`_brochures_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_brochures_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`stories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_brochures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_brochures_v_rels_order_idx\` ON \`_brochures_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_rels_parent_idx\` ON \`_brochures_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_rels_path_idx\` ON \`_brochures_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_rels_articles_id_idx\` ON \`_brochures_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_brochures_v_rels_stories_id_idx\` ON \`_brochures_v_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE TABLE \`print_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`format\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`error\` text,
  	\`inputs_hash\` text NOT NULL,
  	\`pages\` numeric,
  	\`bytes\` numeric,
  	\`sha256\` text,
  	\`trim_width_mm\` numeric,
  	\`trim_height_mm\` numeric,
  	\`bleed_mm\` numeric,
  	\`includes\` text,
  	\`file_name\` text,
  	\`preview_name\` text,
  	\`generated_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`print_files_item_collection_idx\` ON \`print_files\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`print_files_item_id_idx\` ON \`print_files\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`print_files_inputs_hash_idx\` ON \`print_files\` (\`inputs_hash\`);`)
  await db.run(sql`CREATE INDEX \`print_files_updated_at_idx\` ON \`print_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`print_files_created_at_idx\` ON \`print_files\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`settings_print_formats\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`label\` text NOT NULL,
  	\`trim_width_mm\` numeric NOT NULL,
  	\`trim_height_mm\` numeric NOT NULL,
  	\`bleed_mm\` numeric DEFAULT 3 NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_print_formats_order_idx\` ON \`settings_print_formats\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`settings_print_formats_parent_id_idx\` ON \`settings_print_formats\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`brochures_id\` integer REFERENCES brochures(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`print_files_id\` integer REFERENCES print_files(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_brochures_id_idx\` ON \`payload_locked_documents_rels\` (\`brochures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_print_files_id_idx\` ON \`payload_locked_documents_rels\` (\`print_files_id\`);`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`two_organisation_sign_off_brochures\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`print_page_url\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`brochures_workflow_published_locales\`;`)
  await db.run(sql`DROP TABLE \`brochures\`;`)
  await db.run(sql`DROP TABLE \`brochures_locales\`;`)
  await db.run(sql`DROP TABLE \`brochures_rels\`;`)
  await db.run(sql`DROP TABLE \`_brochures_v_version_workflow_published_locales\`;`)
  await db.run(sql`DROP TABLE \`_brochures_v\`;`)
  await db.run(sql`DROP TABLE \`_brochures_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_brochures_v_rels\`;`)
  await db.run(sql`DROP TABLE \`print_files\`;`)
  await db.run(sql`DROP TABLE \`settings_print_formats\`;`)
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
  	\`screen_status_id\` integer,
  	\`plays_id\` integer,
  	\`partners_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
  	\`content_changes_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posters_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`video_files_id\`) REFERENCES \`video_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`locations_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`screens_id\`) REFERENCES \`screens\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`screen_status_id\`) REFERENCES \`screen_status\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plays_id\`) REFERENCES \`plays\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`content_changes_id\`) REFERENCES \`content_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "stories_id", "videos_id", "articles_id", "posters_id", "media_id", "video_files_id", "locations_id", "screens_id", "screen_status_id", "plays_id", "partners_id", "users_id", "audit_log_id", "content_changes_id", "webhook_deliveries_id") SELECT "id", "order", "parent_id", "path", "stories_id", "videos_id", "articles_id", "posters_id", "media_id", "video_files_id", "locations_id", "screens_id", "screen_status_id", "plays_id", "partners_id", "users_id", "audit_log_id", "content_changes_id", "webhook_deliveries_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_screen_status_id_idx\` ON \`payload_locked_documents_rels\` (\`screen_status_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plays_id_idx\` ON \`payload_locked_documents_rels\` (\`plays_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_content_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`content_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`two_organisation_sign_off_brochures\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`print_page_url\`;`)
}
