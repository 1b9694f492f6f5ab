import { describe, expect, it } from 'vitest';
import type { Layering } from './check.js';
import { checkArchitecture, violationKey } from './check.js';
import type { SourceFile } from './import-graph.js';

// A three-layer tree: core below two slices, `low` below `high`.
const layering: Layering = {
  units: [
    { name: 'core', paths: ['src/core/'] },
    { name: 'low', slice: 'low', paths: ['src/low/'] },
    { name: 'high', slice: 'high', paths: ['src/high/'] },
  ],
  testCode: ['**/*.test.ts'],
};

const tables = (slice: string, table: string): SourceFile => ({
  path: `src/${slice}/tables.ts`,
  text: `declare module '../db/database.js' {\n  interface Database {\n    ${table}: ${table}Table;\n  }\n}\n`,
});

const clean: SourceFile[] = [
  { path: 'src/core/money.ts', text: 'export const zero = 0;\n' },
  tables('low', 'low_rows'),
  tables('high', 'high_rows'),
  {
    path: 'src/low/service.ts',
    text: "import { zero } from '../core/money.js';\nexport const read = (db) => db.selectFrom('low_rows').selectAll();\n",
  },
  {
    path: 'src/high/service.ts',
    text: "import { read } from '../low/service.js';\nexport const write = (db) => db.insertInto('high_rows');\n",
  },
  { path: 'src/high/service.test.ts', text: "import { write } from './service.js';\n" },
];

const keys = (files: SourceFile[]) => checkArchitecture(files, layering).map(violationKey);
const replace = (path: string, text: string) => clean.map((f) => (f.path === path ? { path, text } : f));

describe('the architecture check', () => {
  it('passes a tree whose imports point down and whose slices name only their own tables', () => {
    expect(keys(clean)).toEqual([]);
  });

  it('fails on an upward import, type-only ones included', () => {
    const files = replace('src/low/service.ts', "import type { write } from '../high/service.js';\n");
    expect(keys(files)).toEqual([
      'upward src/low/service.ts -> src/high/service.ts',
      'cycle src/high/service.ts src/low/service.ts',
    ]);
  });

  it('fails on core importing a slice', () => {
    const files = replace('src/core/money.ts', "import { read } from '../low/service.js';\n");
    expect(keys(files)).toEqual([
      'upward src/core/money.ts -> src/low/service.ts',
      'cycle src/core/money.ts src/low/service.ts',
    ]);
  });

  it('fails on an import cycle, even inside one slice', () => {
    const files = [
      ...clean,
      { path: 'src/low/a.ts', text: "import { b } from './b.js';\nexport const a = 1;\n" },
      { path: 'src/low/b.ts', text: "import { a } from './a.js';\nexport const b = 2;\n" },
    ];
    expect(keys(files)).toEqual(['cycle src/low/a.ts src/low/b.ts']);
  });

  it("fails on a slice naming another slice's table, in Kysely or in raw SQL", () => {
    const kysely = replace(
      'src/high/service.ts',
      "export const x = (db) => db.selectFrom('low_rows as l');\n",
    );
    expect(keys(kysely)).toEqual(['table src/high/service.ts -> low_rows']);
    const raw = replace(
      'src/high/service.ts',
      'export const x = sql`select * from low_rows where id = 1`;\n',
    );
    expect(keys(raw)).toEqual(['table src/high/service.ts -> low_rows']);
    const join = replace(
      'src/high/service.ts',
      "export const x = (db) => db.selectFrom('high_rows').innerJoin('low_rows', 'a', 'b');\n",
    );
    expect(keys(join)).toEqual(['table src/high/service.ts -> low_rows']);
  });

  it('lets tests import and query anything', () => {
    const files = [
      ...clean,
      { path: 'src/low/low.test.ts', text: "import '../high/service.js';\nq.selectFrom('high_rows');\n" },
    ];
    expect(keys(files)).toEqual([]);
  });

  it('fails on a source file outside every unit', () => {
    expect(keys([...clean, { path: 'src/stray/x.ts', text: '' }])).toEqual(['unplaced src/stray/x.ts']);
  });
});
