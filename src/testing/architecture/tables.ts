import type { SourceFile } from './import-graph.js';

/** A place where a file names a table in a query. */
export interface TableUse {
  readonly file: string;
  readonly table: string;
}

/**
 * Tables each slice owns: those its `src/<slice>/tables.ts` declares on `Database`, and those its
 * `migrations.ts` creates (a few tables are only ever read with raw SQL and declare no type).
 * Table name → the folder of that file.
 */
export function tableOwners(files: readonly SourceFile[]): Map<string, string> {
  const owners = new Map<string, string>();
  const ordered = [...files].sort(
    (a, b) => Number(a.path.endsWith('/tables.ts')) - Number(b.path.endsWith('/tables.ts')),
  );
  for (const file of ordered) {
    const match = /^src\/(.+)\/(tables|migrations)\.ts$/.exec(file.path);
    if (!match) continue;
    // A declaration in tables.ts names the owner even when another slice's migration created it.
    const own = (name: string) => {
      if (match[2] === 'tables' || !owners.has(name)) owners.set(name, match[1]!);
    };
    if (match[2] === 'tables') {
      for (const block of file.text.matchAll(/interface Database\s*\{([^}]*)\}/g)) {
        for (const entry of block[1]!.matchAll(/^\s*([a-z_][a-z0-9_]*)\s*:/gm)) own(entry[1]!);
      }
    } else {
      for (const m of file.text.matchAll(/createTable\(\s*'([a-z_][a-z0-9_]*)'/g)) own(m[1]!);
      for (const m of file.text.matchAll(/create table (?:if not exists )?"?([a-z_][a-z0-9_]*)/gi))
        own(m[1]!.toLowerCase());
    }
  }
  return owners;
}

const KYSELY_CALL =
  /\b(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|mergeInto|replaceInto)\(\s*\[?\s*['"`]([a-z_][a-z0-9_]*)/g;
const SQL_TEMPLATE = /\bsql(?:<[^`>]*(?:<[^`>]*>[^`>]*)*>)?`([^`]*)`/g;
const SQL_TABLE = /\b(?:from|join|into|update|table|references|on)\s+"?([a-z_][a-z0-9_]*)"?/gi;
const SQL_HELPER = /\bsql\.(?:table|id)\(\s*['"]([a-z_][a-z0-9_]*)['"]/g;

/**
 * Every table a file names in a query: Kysely's builders (`selectFrom('invoices')`, joins, inserts,
 * updates, deletes), `sql.table()`, and `from`/`join`/`into`/`update` inside raw `sql` templates.
 * Only names that some slice declares count, so CTE aliases and columns are not mistaken for tables.
 */
export function tableUses(file: SourceFile, owners: ReadonlyMap<string, string>): TableUse[] {
  const names = new Set<string>();
  for (const m of file.text.matchAll(KYSELY_CALL)) names.add(m[1]!);
  for (const m of file.text.matchAll(SQL_HELPER)) names.add(m[1]!);
  for (const template of file.text.matchAll(SQL_TEMPLATE)) {
    for (const m of template[1]!.matchAll(SQL_TABLE)) names.add(m[1]!.toLowerCase());
  }
  return [...names].filter((name) => owners.has(name)).map((table) => ({ file: file.path, table }));
}
