import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`target_id\` text NOT NULL,
  	\`from_stage\` text,
  	\`to_stage\` text,
  	\`actor_id\` integer,
  	\`is_override\` integer DEFAULT false,
  	\`comment\` text,
  	\`content_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_id_idx\` ON \`audit_log\` (\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`workflow_stage\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`workflow_author_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`workflow_last_editor_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`workflow_approved_hash\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`workflow_comment\` text;`)
  await db.run(sql`CREATE INDEX \`stories_workflow_workflow_stage_idx\` ON \`stories\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`stories_workflow_workflow_author_idx\` ON \`stories\` (\`workflow_author_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_workflow_workflow_last_editor_idx\` ON \`stories\` (\`workflow_last_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_workflow_workflow_approved_by_idx\` ON \`stories\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_workflow_stage\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_workflow_author_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_workflow_last_editor_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_workflow_approved_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_workflow_comment\` text;`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_workflow_version_workflow_stage_idx\` ON \`_stories_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_workflow_version_workflow_author_idx\` ON \`_stories_v\` (\`version_workflow_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_workflow_version_workflow_last_editor_idx\` ON \`_stories_v\` (\`version_workflow_last_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_workflow_version_workflow_approved_by_idx\` ON \`_stories_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_stage\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_author_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_last_editor_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_approved_hash\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_comment\` text;`)
  await db.run(sql`CREATE INDEX \`videos_workflow_workflow_stage_idx\` ON \`videos\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`videos_workflow_workflow_author_idx\` ON \`videos\` (\`workflow_author_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_workflow_workflow_last_editor_idx\` ON \`videos\` (\`workflow_last_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_workflow_workflow_approved_by_idx\` ON \`videos\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_stage\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_author_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_last_editor_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_approved_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_comment\` text;`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_workflow_version_workflow_stage_idx\` ON \`_videos_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_workflow_version_workflow_author_idx\` ON \`_videos_v\` (\`version_workflow_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_workflow_version_workflow_last_editor_idx\` ON \`_videos_v\` (\`version_workflow_last_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_workflow_version_workflow_approved_by_idx\` ON \`_videos_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_stage\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_author_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_last_editor_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_approved_hash\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_comment\` text;`)
  await db.run(sql`CREATE INDEX \`articles_workflow_workflow_stage_idx\` ON \`articles\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_workflow_author_idx\` ON \`articles\` (\`workflow_author_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_workflow_last_editor_idx\` ON \`articles\` (\`workflow_last_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_workflow_approved_by_idx\` ON \`articles\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_stage\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_author_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_last_editor_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_approved_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_comment\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_version_workflow_stage_idx\` ON \`_articles_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_version_workflow_author_idx\` ON \`_articles_v\` (\`version_workflow_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_version_workflow_last_edito_idx\` ON \`_articles_v\` (\`version_workflow_last_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_version_workflow_approved_b_idx\` ON \`_articles_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`workflow_stage\` text;`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`workflow_author_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`workflow_last_editor_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`workflow_approved_hash\` text;`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`workflow_comment\` text;`)
  await db.run(sql`CREATE INDEX \`posters_workflow_workflow_stage_idx\` ON \`posters\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`posters_workflow_workflow_author_idx\` ON \`posters\` (\`workflow_author_id\`);`)
  await db.run(sql`CREATE INDEX \`posters_workflow_workflow_last_editor_idx\` ON \`posters\` (\`workflow_last_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`posters_workflow_workflow_approved_by_idx\` ON \`posters\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_workflow_stage\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_workflow_author_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_workflow_last_editor_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_workflow_approved_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_workflow_comment\` text;`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_workflow_version_workflow_stage_idx\` ON \`_posters_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_workflow_version_workflow_author_idx\` ON \`_posters_v\` (\`version_workflow_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_workflow_version_workflow_last_editor_idx\` ON \`_posters_v\` (\`version_workflow_last_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_workflow_version_workflow_approved_by_idx\` ON \`_posters_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_stories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hero_image_id\` integer,
  	\`related_video_id\` integer,
  	\`consent_given_at\` text,
  	\`consent_form_reference\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`related_video_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_stories\`("id", "hero_image_id", "related_video_id", "consent_given_at", "consent_form_reference", "updated_at", "created_at", "_status") SELECT "id", "hero_image_id", "related_video_id", "consent_given_at", "consent_form_reference", "updated_at", "created_at", "_status" FROM \`stories\`;`)
  await db.run(sql`DROP TABLE \`stories\`;`)
  await db.run(sql`ALTER TABLE \`__new_stories\` RENAME TO \`stories\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`stories_hero_image_idx\` ON \`stories\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_related_video_idx\` ON \`stories\` (\`related_video_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_updated_at_idx\` ON \`stories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stories_created_at_idx\` ON \`stories\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`stories__status_idx\` ON \`stories\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__stories_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_related_video_id\` integer,
  	\`version_consent_given_at\` text,
  	\`version_consent_form_reference\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_related_video_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__stories_v\`("id", "parent_id", "version_hero_image_id", "version_related_video_id", "version_consent_given_at", "version_consent_form_reference", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_hero_image_id", "version_related_video_id", "version_consent_given_at", "version_consent_form_reference", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_stories_v\`;`)
  await db.run(sql`DROP TABLE \`_stories_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__stories_v\` RENAME TO \`_stories_v\`;`)
  await db.run(sql`CREATE INDEX \`_stories_v_parent_idx\` ON \`_stories_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_hero_image_idx\` ON \`_stories_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_related_video_idx\` ON \`_stories_v\` (\`version_related_video_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_updated_at_idx\` ON \`_stories_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_created_at_idx\` ON \`_stories_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version__status_idx\` ON \`_stories_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_created_at_idx\` ON \`_stories_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_updated_at_idx\` ON \`_stories_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_snapshot_idx\` ON \`_stories_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_published_locale_idx\` ON \`_stories_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_latest_idx\` ON \`_stories_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_videos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source_type\` text DEFAULT 'upload',
  	\`file_id\` integer,
  	\`external_url\` text,
  	\`poster_frame_id\` integer,
  	\`duration\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`file_id\`) REFERENCES \`video_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`poster_frame_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_videos\`("id", "source_type", "file_id", "external_url", "poster_frame_id", "duration", "updated_at", "created_at", "_status") SELECT "id", "source_type", "file_id", "external_url", "poster_frame_id", "duration", "updated_at", "created_at", "_status" FROM \`videos\`;`)
  await db.run(sql`DROP TABLE \`videos\`;`)
  await db.run(sql`ALTER TABLE \`__new_videos\` RENAME TO \`videos\`;`)
  await db.run(sql`CREATE INDEX \`videos_file_idx\` ON \`videos\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_poster_frame_idx\` ON \`videos\` (\`poster_frame_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_updated_at_idx\` ON \`videos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`videos_created_at_idx\` ON \`videos\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`videos__status_idx\` ON \`videos\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__videos_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_source_type\` text DEFAULT 'upload',
  	\`version_file_id\` integer,
  	\`version_external_url\` text,
  	\`version_poster_frame_id\` integer,
  	\`version_duration\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`video_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_poster_frame_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__videos_v\`("id", "parent_id", "version_source_type", "version_file_id", "version_external_url", "version_poster_frame_id", "version_duration", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_source_type", "version_file_id", "version_external_url", "version_poster_frame_id", "version_duration", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_videos_v\`;`)
  await db.run(sql`DROP TABLE \`_videos_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__videos_v\` RENAME TO \`_videos_v\`;`)
  await db.run(sql`CREATE INDEX \`_videos_v_parent_idx\` ON \`_videos_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_file_idx\` ON \`_videos_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_poster_frame_idx\` ON \`_videos_v\` (\`version_poster_frame_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_updated_at_idx\` ON \`_videos_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_created_at_idx\` ON \`_videos_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version__status_idx\` ON \`_videos_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_created_at_idx\` ON \`_videos_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_updated_at_idx\` ON \`_videos_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_snapshot_idx\` ON \`_videos_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_published_locale_idx\` ON \`_videos_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_latest_idx\` ON \`_videos_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`cover_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "cover_id", "updated_at", "created_at", "_status") SELECT "id", "cover_id", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`CREATE INDEX \`articles_cover_idx\` ON \`articles\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_cover_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_cover_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_cover_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_cover_idx\` ON \`_articles_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_posters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`orientation\` text DEFAULT 'landscape',
  	\`display_seconds\` numeric DEFAULT 10,
  	\`schedule_starts_at\` text,
  	\`schedule_ends_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_posters\`("id", "orientation", "display_seconds", "schedule_starts_at", "schedule_ends_at", "updated_at", "created_at", "_status") SELECT "id", "orientation", "display_seconds", "schedule_starts_at", "schedule_ends_at", "updated_at", "created_at", "_status" FROM \`posters\`;`)
  await db.run(sql`DROP TABLE \`posters\`;`)
  await db.run(sql`ALTER TABLE \`__new_posters\` RENAME TO \`posters\`;`)
  await db.run(sql`CREATE INDEX \`posters_updated_at_idx\` ON \`posters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`posters_created_at_idx\` ON \`posters\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`posters__status_idx\` ON \`posters\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__posters_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_orientation\` text DEFAULT 'landscape',
  	\`version_display_seconds\` numeric DEFAULT 10,
  	\`version_schedule_starts_at\` text,
  	\`version_schedule_ends_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__posters_v\`("id", "parent_id", "version_orientation", "version_display_seconds", "version_schedule_starts_at", "version_schedule_ends_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_orientation", "version_display_seconds", "version_schedule_starts_at", "version_schedule_ends_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_posters_v\`;`)
  await db.run(sql`DROP TABLE \`_posters_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__posters_v\` RENAME TO \`_posters_v\`;`)
  await db.run(sql`CREATE INDEX \`_posters_v_parent_idx\` ON \`_posters_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_version_updated_at_idx\` ON \`_posters_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_version_created_at_idx\` ON \`_posters_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_version__status_idx\` ON \`_posters_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_created_at_idx\` ON \`_posters_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_updated_at_idx\` ON \`_posters_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_snapshot_idx\` ON \`_posters_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_published_locale_idx\` ON \`_posters_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_latest_idx\` ON \`_posters_v\` (\`latest\`);`)
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "stories_id", "videos_id", "articles_id", "posters_id", "media_id", "video_files_id", "locations_id", "screens_id", "partners_id", "users_id") SELECT "id", "order", "parent_id", "path", "stories_id", "videos_id", "articles_id", "posters_id", "media_id", "video_files_id", "locations_id", "screens_id", "partners_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
}
