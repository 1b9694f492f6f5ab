import { readFileSync } from 'node:fs';

/** Each `// #region name` … `// #endregion` of a source file, without the markers, dedented. */
export function regions(file: URL): Map<string, string> {
  const out = new Map<string, string>();
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/^[ \t]*\/\/ #region (\S+)\n([\s\S]*?)^[ \t]*\/\/ #endregion/gm)) {
    const lines = m[2]!.replace(/\n$/, '').split('\n');
    const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
    out.set(m[1]!, lines.map((l) => l.slice(indent)).join('\n'));
  }
  return out;
}

/** The contents of a page's ```ts blocks. */
export function tsBlocks(page: URL): string[] {
  return [...readFileSync(page, 'utf8').matchAll(/^```ts\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
}
