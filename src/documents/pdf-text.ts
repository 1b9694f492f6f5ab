import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The text of a PDF, page by page, through poppler's `pdftotext` (installed by `.ci/run`). Used by
 * the document tests: pdfkit writes glyph ids, so the text is only readable through the fonts.
 */
export async function pdfText(pdf: Buffer): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'tariff-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
    return stdout.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Collapses runs of spaces so assertions do not depend on column layout. */
export function squash(text: string): string {
  return text.replace(/[ \t]+/g, ' ');
}
