import { type Kysely, type Migration, sql } from 'kysely';

export const httpMigrations: Record<string, Migration> = {
  '0001_api_keys_and_idempotency': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('revoked_at', 'timestamptz')
        .execute();
      await db.schema
        .createTable('idempotency_keys')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('api_key_id', 'text', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('body_hash', 'text', (c) => c.notNull())
        .addColumn('status_code', 'integer')
        .addColumn('response_body', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['api_key_id', 'key'])
        .execute();
      await db.schema
        .createIndex('idempotency_keys_created_at')
        .on('idempotency_keys')
        .column('created_at')
        .execute();
    },
  },
  '0003_api_key_permissions': {
    async up(db: Kysely<unknown>) {
      // Keys made before permissions existed keep full access, in live mode. Their stored prefix
      // held 11 characters of the secret: cut to the 7 that may be shown (`sk_live`).
      await sql`alter table api_keys add column mode text not null default 'live'`.execute(db);
      await sql`alter table api_keys add column permissions jsonb`.execute(db);
      await sql`alter table api_keys add column last4 text`.execute(db);
      await sql`update api_keys set permissions = ${JSON.stringify({ '*': 'write' })}::jsonb, prefix = left(prefix, 7)`.execute(
        db,
      );
      await sql`alter table api_keys alter column permissions set not null`.execute(db);
      await sql`alter table api_keys add constraint api_keys_mode check (mode in ('live', 'test'))`.execute(
        db,
      );
      // Idempotency keys are scoped to the request they were first used on: the same key on
      // another path or method is another request, never a replay of the first one's answer.
      await sql`alter table idempotency_keys drop constraint idempotency_keys_pk`.execute(db);
      await sql`alter table idempotency_keys add constraint idempotency_keys_pk primary key (api_key_id, method, path, key)`.execute(
        db,
      );
    },
  },
};
