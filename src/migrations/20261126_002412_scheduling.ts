import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`stories\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`stories_publish_at_idx\` ON \`stories\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`stories_unpublish_at_idx\` ON \`stories\` (\`unpublish_at\`);`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_publish_at_idx\` ON \`_stories_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_unpublish_at_idx\` ON \`_stories_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`videos_publish_at_idx\` ON \`videos\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`videos_unpublish_at_idx\` ON \`videos\` (\`unpublish_at\`);`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_publish_at_idx\` ON \`_videos_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_unpublish_at_idx\` ON \`_videos_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_publish_at_idx\` ON \`articles\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_unpublish_at_idx\` ON \`articles\` (\`unpublish_at\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_publish_at_idx\` ON \`_articles_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_unpublish_at_idx\` ON \`_articles_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`posters_publish_at_idx\` ON \`posters\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`posters_unpublish_at_idx\` ON \`posters\` (\`unpublish_at\`);`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_version_publish_at_idx\` ON \`_posters_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_version_unpublish_at_idx\` ON \`_posters_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`system_actor\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`DROP INDEX \`stories_publish_at_idx\`;`)
  await db.run(sql`DROP INDEX \`stories_unpublish_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`DROP INDEX \`_stories_v_version_version_publish_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_stories_v_version_version_unpublish_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`DROP INDEX \`videos_publish_at_idx\`;`)
  await db.run(sql`DROP INDEX \`videos_unpublish_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`DROP INDEX \`_videos_v_version_version_publish_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_videos_v_version_version_unpublish_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`DROP INDEX \`articles_publish_at_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_unpublish_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_publish_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_unpublish_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`DROP INDEX \`posters_publish_at_idx\`;`)
  await db.run(sql`DROP INDEX \`posters_unpublish_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`DROP INDEX \`_posters_v_version_version_publish_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_posters_v_version_version_unpublish_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`system_actor\`;`)
}
