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
  await db.run(sql`ALTER TABLE \`stories\` ADD \`consent_expires_at\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`consent_is_minor\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`consent_guardian_given_at\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`consent_guardian_form_reference\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`workflow_locales\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`workflow_sign_offs\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`workflow_published_shared_hash\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`workflow_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`workflow_withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_consent_expires_at\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_consent_is_minor\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_consent_guardian_given_at\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_consent_guardian_form_reference\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_workflow_locales\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_workflow_sign_offs\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_workflow_published_shared_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_workflow_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_workflow_withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_locales\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_sign_offs\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_published_shared_hash\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_locales\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_sign_offs\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_published_shared_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_locales\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_sign_offs\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_published_shared_hash\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_locales\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_sign_offs\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_published_shared_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`workflow_locales\` text;`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`workflow_sign_offs\` text;`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`workflow_published_shared_hash\` text;`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`workflow_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`workflow_withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_workflow_locales\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_workflow_sign_offs\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_workflow_published_shared_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_workflow_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_workflow_withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`organisation\` text;`)
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
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`consent_expires_at\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`consent_is_minor\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`consent_guardian_given_at\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`consent_guardian_form_reference\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`workflow_locales\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`workflow_sign_offs\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`workflow_published_shared_hash\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`workflow_withdrawn_at\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`workflow_withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_consent_expires_at\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_consent_is_minor\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_consent_guardian_given_at\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_consent_guardian_form_reference\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_workflow_locales\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_workflow_sign_offs\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_workflow_published_shared_hash\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_workflow_withdrawn_at\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_workflow_withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`workflow_locales\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`workflow_sign_offs\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`workflow_published_shared_hash\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`workflow_withdrawn_at\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`workflow_withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_workflow_locales\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_workflow_sign_offs\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_workflow_published_shared_hash\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_workflow_withdrawn_at\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_workflow_withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_locales\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_sign_offs\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_published_shared_hash\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_withdrawn_at\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_locales\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_sign_offs\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_published_shared_hash\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_withdrawn_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`workflow_locales\`;`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`workflow_sign_offs\`;`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`workflow_published_shared_hash\`;`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`workflow_withdrawn_at\`;`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`workflow_withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_workflow_locales\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_workflow_sign_offs\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_workflow_published_shared_hash\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_workflow_withdrawn_at\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_workflow_withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`organisation\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`details\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`two_organisation_sign_off_stories\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`two_organisation_sign_off_videos\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`two_organisation_sign_off_articles\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`two_organisation_sign_off_posters\`;`)
}
