import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  RawNode,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import { SqlText } from './sql-text.js';

// Compiles without a database: the Postgres dialect's compiler over a driver that runs nothing.
const db = new Kysely<Record<string, never>>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

describe('SqlText', () => {
  it('numbers its parameters in order, with their casts, and never puts a value in the text', () => {
    const hostile = "x'); drop table meter_events; --";
    const q = new SqlText()
      .text('select * from t where a = ')
      .value(hostile)
      .text(' and b >= ')
      .value('2026-01-01T00:00:00.000Z', 'timestamptz')
      .text(' and c = any(')
      .value(['p', 'q'], 'text[]')
      .text(')');
    const compiled = q.build().compile(db);
    expect(compiled.sql).toBe(
      'select * from t where a = $1 and b >= $2::timestamptz and c = any($3::text[])',
    );
    expect(compiled.parameters).toEqual([hostile, '2026-01-01T00:00:00.000Z', ['p', 'q']]);
    expect(compiled.sql).not.toContain('drop');
  });

  it('joins parts with a separator and builds one raw node that plugins can wrap', () => {
    const q = new SqlText().text('(');
    q.join([1, 2, 3], ' or ', (n) => q.text('x = ').value(n));
    q.text(')');
    const built = q.build();
    expect(RawNode.is(built.toOperationNode())).toBe(true);
    const compiled = built.compile(db);
    expect(compiled.sql).toBe('(x = $1 or x = $2 or x = $3)');
    expect(compiled.parameters).toEqual([1, 2, 3]);
  });

  it('builds the same statement twice from one builder', () => {
    const q = new SqlText().text('select ').value('a');
    expect(q.build().compile(db).sql).toBe(q.build().compile(db).sql);
  });
});
