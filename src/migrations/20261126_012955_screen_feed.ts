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
  await db.run(sql`CREATE TABLE \`channel_state\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`token\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`play_order\` numeric DEFAULT 100;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_play_order\` numeric DEFAULT 100;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`posters_dayparts\`;`)
  await db.run(sql`DROP TABLE \`_posters_v_version_dayparts\`;`)
  await db.run(sql`DROP TABLE \`channel_state\`;`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`play_order\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_play_order\`;`)
}
