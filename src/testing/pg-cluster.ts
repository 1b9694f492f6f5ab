import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './process.js';

/**
 * A second, real PostgreSQL server for one test (never a mock): a cluster made with Debian's
 * PostgreSQL binaries (`initdb`, `pg_ctl`) in a temporary directory, on a free port, trust
 * authentication on 127.0.0.1. As root it runs as the `postgres` user (PostgreSQL refuses root).
 * `stop()` stops it and removes the directory.
 */
export interface PostgresCluster {
  readonly port: number;
  /** The URL of database `name` on it (created by `createDatabase`). */
  url(name: string): string;
  createDatabase(name: string): void;
  /** Runs psql against database `name` with the given `-v` variables and file. */
  psql(name: string, file: string, vars?: Record<string, string | number>): string;
  stop(): void;
}

const BIN_ROOT = '/usr/lib/postgresql';

/** The newest installed server version's bin directory (`/usr/lib/postgresql/15/bin`). */
export function postgresBin(): string | undefined {
  try {
    const versions = readdirSync(BIN_ROOT)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    return versions[0] === undefined ? undefined : join(BIN_ROOT, versions[0], 'bin');
  } catch {
    return undefined;
  }
}

const asRoot = userInfo().uid === 0;

function run(binary: string, args: readonly string[]): string {
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
  return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs a psql script file against `url`, stopping at the first error, with `-v` variables. */
export function runPsql(url: string, file: string, vars: Record<string, string | number> = {}): string {
  const bin = postgresBin();
  return execFileSync(
    bin ? join(bin, 'psql') : 'psql',
    [
      url,
      '-X',
      '-q',
      '-v',
      'ON_ERROR_STOP=1',
      ...Object.entries(vars).flatMap(([k, v]) => ['-v', `${k}=${v}`]),
      '-f',
      file,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBin();
  if (!bin) throw new Error(`no PostgreSQL server binaries under ${BIN_ROOT}`);
  const dir = mkdtempSync(join(tmpdir(), 'tariff-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  run(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ]);
  const url = (name: string) => `postgres://postgres@127.0.0.1:${port}/${name}`;
  const psql = (name: string, file: string, vars: Record<string, string | number> = {}) =>
    runPsql(url(name), file, vars);
  return {
    port,
    url,
    psql,
    createDatabase(name) {
      execFileSync(join(bin, 'psql'), [url('postgres'), '-X', '-q', '-c', `create database ${name}`]);
    },
    stop() {
      try {
        run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
