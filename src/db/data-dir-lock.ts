import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/**
 * One process owns a PGlite data directory. PGlite is PostgreSQL compiled into the process:
 * a second process opening the same files sees none of the first one's writes and overwrites
 * them on its next checkpoint (a key made by `tariff keys create` beside a running server
 * would never work, and be lost). The owner writes `tariff.lock` with its pid and the kernel's
 * start time of that pid; a lock whose process is gone (killed with `kill -9`) is taken over.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data directory ${dataDir} is in use by process ${pid} (a running \`tariff serve\`?). ` +
        'PGlite allows one process per directory: stop that process, or act through its HTTP API ' +
        '(e.g. POST /v1/api_keys instead of `tariff keys create`).',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  release(): void;
}

interface Owner {
  pid: number;
  started: string;
}

/** The process's start time in clock ticks since boot (Linux), so a reused pid is not mistaken for the owner. */
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: fields are counted after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function isAlive(owner: Owner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = startTimeOf(owner.pid);
  // Where /proc is missing the pid alone decides; where it is there, a different start time is another process.
  return started === undefined || owner.started === '' || started === owner.started;
}

function readOwner(path: string): Owner | undefined {
  try {
    const [pid, started] = readFileSync(path, 'utf8').split('\n');
    const n = Number(pid);
    return Number.isInteger(n) && n > 0 ? { pid: n, started: started ?? '' } : { pid: 0, started: '' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'tariff.lock');
  const me = `${process.pid}\n${startTimeOf(process.pid) ?? ''}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, me);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        // Only our own lock: never remove one a later owner wrote.
        if (readOwner(path)?.pid === process.pid) unlinkSync(path);
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(path);
    if (!owner) continue; // released meanwhile: try again
    if (owner.pid !== 0 && isAlive(owner)) throw new DataDirLockedError(dataDir, owner.pid);
    // Stale. Move it aside atomically; if what we moved is not the stale lock we read (another
    // process took over in between), put it back and look again.
    const aside = `${path}.stale-${process.pid}-${attempt}`;
    try {
      renameSync(path, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const moved = readOwner(aside);
    if (moved && moved.pid !== owner.pid) {
      try {
        linkSync(aside, path);
      } catch {
        // a third process already holds the path; the moved lock's owner will find its lock gone
      }
    }
    unlinkSync(aside);
  }
  const owner = readOwner(path);
  throw new DataDirLockedError(dataDir, owner?.pid ?? 0);
}
