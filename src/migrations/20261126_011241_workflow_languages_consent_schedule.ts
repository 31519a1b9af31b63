import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`stories_consent_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_consent_languages_order_idx\` ON \`stories_consent_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`stories_consent_languages_parent_idx\` ON \`stories_consent_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`stories_consent_media_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_consent_media_types_order_idx\` ON \`stories_consent_media_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`stories_consent_media_types_parent_idx\` ON \`stories_consent_media_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`stories_workflow_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_workflow_published_locales_order_idx\` ON \`stories_workflow_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`stories_workflow_published_locales_parent_idx\` ON \`stories_workflow_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_workflow_published_locales_value_idx\` ON \`stories_workflow_published_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_version_consent_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_version_consent_languages_order_idx\` ON \`_stories_v_version_consent_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_consent_languages_parent_idx\` ON \`_stories_v_version_consent_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_version_consent_media_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_version_consent_media_types_order_idx\` ON \`_stories_v_version_consent_media_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_consent_media_types_parent_idx\` ON \`_stories_v_version_consent_media_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_version_workflow_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_version_workflow_published_locales_order_idx\` ON \`_stories_v_version_workflow_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_workflow_published_locales_parent_idx\` ON \`_stories_v_version_workflow_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_workflow_published_locales_value_idx\` ON \`_stories_v_version_workflow_published_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`videos_workflow_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_workflow_published_locales_order_idx\` ON \`videos_workflow_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`videos_workflow_published_locales_parent_idx\` ON \`videos_workflow_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_workflow_published_locales_value_idx\` ON \`videos_workflow_published_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_version_workflow_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_version_workflow_published_locales_order_idx\` ON \`_videos_v_version_workflow_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_workflow_published_locales_parent_idx\` ON \`_videos_v_version_workflow_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_workflow_published_locales_value_idx\` ON \`_videos_v_version_workflow_published_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`articles_workflow_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_workflow_published_locales_order_idx\` ON \`articles_workflow_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_published_locales_parent_idx\` ON \`articles_workflow_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_published_locales_value_idx\` ON \`articles_workflow_published_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_workflow_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_published_locales_order_idx\` ON \`_articles_v_version_workflow_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_published_locales_parent_idx\` ON \`_articles_v_version_workflow_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_published_locales_value_idx\` ON \`_articles_v_version_workflow_published_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`posters_workflow_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`posters_workflow_published_locales_order_idx\` ON \`posters_workflow_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`posters_workflow_published_locales_parent_idx\` ON \`posters_workflow_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`posters_workflow_published_locales_value_idx\` ON \`posters_workflow_published_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_posters_v_version_workflow_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_posters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_posters_v_version_workflow_published_locales_order_idx\` ON \`_posters_v_version_workflow_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_workflow_published_locales_parent_idx\` ON \`_posters_v_version_workflow_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_workflow_published_locales_value_idx\` ON \`_posters_v_version_workflow_published_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`consent_expires_at\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`consent_is_minor\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`consent_guardian_given_at\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`consent_guardian_form_reference\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`workflow_locales\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`workflow_sign_offs\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`workflow_published_shared_hash\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`workflow_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`workflow_withdrawn_form_reference\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`workflow_withdrawal_reason\` text;`)
  await db.run(sql`CREATE INDEX \`stories_publish_at_idx\` ON \`stories\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`stories_unpublish_at_idx\` ON \`stories\` (\`unpublish_at\`);`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_consent_expires_at\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_consent_is_minor\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_consent_guardian_given_at\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_consent_guardian_form_reference\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_workflow_locales\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_workflow_sign_offs\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_workflow_published_shared_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_workflow_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_workflow_withdrawn_form_reference\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_workflow_withdrawal_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_publish_at_idx\` ON \`_stories_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_unpublish_at_idx\` ON \`_stories_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_locales\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_sign_offs\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_published_shared_hash\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_withdrawn_form_reference\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_withdrawal_reason\` text;`)
  await db.run(sql`CREATE INDEX \`videos_publish_at_idx\` ON \`videos\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`videos_unpublish_at_idx\` ON \`videos\` (\`unpublish_at\`);`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_locales\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_sign_offs\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_published_shared_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_withdrawn_form_reference\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_withdrawal_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_publish_at_idx\` ON \`_videos_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_unpublish_at_idx\` ON \`_videos_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_locales\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_sign_offs\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_published_shared_hash\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_withdrawn_form_reference\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_withdrawal_reason\` text;`)
  await db.run(sql`CREATE INDEX \`articles_publish_at_idx\` ON \`articles\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_unpublish_at_idx\` ON \`articles\` (\`unpublish_at\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_locales\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_sign_offs\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_published_shared_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_withdrawn_form_reference\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_withdrawal_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_publish_at_idx\` ON \`_articles_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_unpublish_at_idx\` ON \`_articles_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`workflow_locales\` text;`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`workflow_sign_offs\` text;`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`workflow_published_shared_hash\` text;`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`workflow_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`workflow_withdrawn_form_reference\` text;`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`workflow_withdrawal_reason\` text;`)
  await db.run(sql`CREATE INDEX \`posters_publish_at_idx\` ON \`posters\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`posters_unpublish_at_idx\` ON \`posters\` (\`unpublish_at\`);`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_workflow_locales\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_workflow_sign_offs\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_workflow_published_shared_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_workflow_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_workflow_withdrawn_form_reference\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_workflow_withdrawal_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_version_publish_at_idx\` ON \`_posters_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_version_unpublish_at_idx\` ON \`_posters_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`organisation\` text;`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`system_actor\` text;`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`details\` text;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`two_organisation_sign_off_stories\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`two_organisation_sign_off_videos\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`two_organisation_sign_off_articles\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`two_organisation_sign_off_posters\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`stories_consent_languages\`;`)
  await db.run(sql`DROP TABLE \`stories_consent_media_types\`;`)
  await db.run(sql`DROP TABLE \`stories_workflow_published_locales\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_version_consent_languages\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_version_consent_media_types\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_version_workflow_published_locales\`;`)
  await db.run(sql`DROP TABLE \`videos_workflow_published_locales\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_workflow_published_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_workflow_published_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_workflow_published_locales\`;`)
  await db.run(sql`DROP TABLE \`posters_workflow_published_locales\`;`)
  await db.run(sql`DROP TABLE \`_posters_v_version_workflow_published_locales\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`DROP INDEX \`stories_publish_at_idx\`;`)
  await db.run(sql`DROP INDEX \`stories_unpublish_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`consent_expires_at\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`consent_is_minor\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`consent_guardian_given_at\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`consent_guardian_form_reference\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`workflow_locales\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`workflow_sign_offs\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`workflow_published_shared_hash\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`workflow_withdrawn_at\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`workflow_withdrawn_form_reference\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`workflow_withdrawal_reason\`;`)
  await db.run(sql`DROP INDEX \`_stories_v_version_version_publish_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_stories_v_version_version_unpublish_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_consent_expires_at\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_consent_is_minor\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_consent_guardian_given_at\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_consent_guardian_form_reference\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_workflow_locales\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_workflow_sign_offs\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_workflow_published_shared_hash\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_workflow_withdrawn_at\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_workflow_withdrawn_form_reference\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_workflow_withdrawal_reason\`;`)
  await db.run(sql`DROP INDEX \`videos_publish_at_idx\`;`)
  await db.run(sql`DROP INDEX \`videos_unpublish_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`workflow_locales\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`workflow_sign_offs\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`workflow_published_shared_hash\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`workflow_withdrawn_at\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`workflow_withdrawn_form_reference\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`workflow_withdrawal_reason\`;`)
  await db.run(sql`DROP INDEX \`_videos_v_version_version_publish_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_videos_v_version_version_unpublish_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_workflow_locales\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_workflow_sign_offs\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_workflow_published_shared_hash\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_workflow_withdrawn_at\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_workflow_withdrawn_form_reference\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_workflow_withdrawal_reason\`;`)
  await db.run(sql`DROP INDEX \`articles_publish_at_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_unpublish_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_locales\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_sign_offs\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_published_shared_hash\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_withdrawn_at\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_withdrawn_form_reference\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_withdrawal_reason\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_publish_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_unpublish_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_locales\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_sign_offs\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_published_shared_hash\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_withdrawn_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_withdrawn_form_reference\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_withdrawal_reason\`;`)
  await db.run(sql`DROP INDEX \`posters_publish_at_idx\`;`)
  await db.run(sql`DROP INDEX \`posters_unpublish_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`workflow_locales\`;`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`workflow_sign_offs\`;`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`workflow_published_shared_hash\`;`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`workflow_withdrawn_at\`;`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`workflow_withdrawn_form_reference\`;`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`workflow_withdrawal_reason\`;`)
  await db.run(sql`DROP INDEX \`_posters_v_version_version_publish_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_posters_v_version_version_unpublish_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_workflow_locales\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_workflow_sign_offs\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_workflow_published_shared_hash\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_workflow_withdrawn_at\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_workflow_withdrawn_form_reference\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_workflow_withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`organisation\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`system_actor\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`details\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`two_organisation_sign_off_stories\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`two_organisation_sign_off_videos\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`two_organisation_sign_off_articles\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`two_organisation_sign_off_posters\`;`)
}
