import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export interface StaticFile {
  body: Buffer;
  type: string;
  /** Vite puts a content hash in every asset name: those never change and can be cached for a year. */
  immutable: boolean;
}

/**
 * A file of the built console, or undefined when there is none. `relative` comes from the URL,
 * already percent-decoded by the router (decoding it again turned `/console/%25` into a URIError,
 * a 500); it is normalised and must stay inside `root` (no `..` escapes).
 */
export async function readStatic(root: string, relative: string): Promise<StaticFile | undefined> {
  const cleaned = normalize(relative).replace(/^([/\\])+/, '');
  const path = join(root, cleaned);
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  try {
    if (!(await stat(path)).isFile()) return undefined;
    return {
      body: await readFile(path),
      type: TYPES[extname(path)] ?? 'application/octet-stream',
      immutable: cleaned.startsWith(`assets${sep}`),
    };
  } catch {
    return undefined;
  }
}
