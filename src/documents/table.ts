import { COLORS, PAGE, type Pdf, rule } from './pdf.js';

export interface Column {
  readonly header: string;
  readonly width: number;
  readonly align: 'left' | 'right';
}

export interface Row {
  readonly cells: readonly string[];
  /** A second, smaller line under the first cell (a line's service period). */
  readonly note?: string;
}

const PAD = 6;
const BOTTOM = PAGE.height - PAGE.margin - 24;

function header(doc: Pdf, columns: readonly Column[], x: number, y: number): number {
  const width = columns.reduce((w, c) => w + c.width, 0);
  doc.rect(x, y, width, 20).fill(COLORS.band);
  doc.font('bold').fontSize(8.5).fillColor(COLORS.muted);
  let cx = x;
  for (const c of columns) {
    doc.text(c.header, cx + PAD, y + 6, { width: c.width - 2 * PAD, align: c.align, lineBreak: false });
    cx += c.width;
  }
  return y + 24;
}

function rowHeight(doc: Pdf, columns: readonly Column[], row: Row): number {
  doc.font('regular').fontSize(9);
  const first = doc.heightOfString(row.cells[0] ?? '', { width: (columns[0]?.width ?? 0) - 2 * PAD });
  doc.fontSize(7.5);
  const note = row.note ? doc.heightOfString(row.note, { width: (columns[0]?.width ?? 0) - 2 * PAD }) + 2 : 0;
  return Math.max(first + note, 12) + 10;
}

/**
 * Draws a table from `y`, starting a new page (with the header again) when a row would cross the
 * bottom margin. Returns the y below the table.
 */
export function drawTable(
  doc: Pdf,
  columns: readonly Column[],
  rows: readonly Row[],
  x: number,
  y: number,
): number {
  let cy = header(doc, columns, x, y);
  const width = columns.reduce((w, c) => w + c.width, 0);
  for (const row of rows) {
    const h = rowHeight(doc, columns, row);
    if (cy + h > BOTTOM) {
      doc.addPage();
      cy = header(doc, columns, x, PAGE.margin);
    }
    let cx = x;
    for (const [i, c] of columns.entries()) {
      doc.font('regular').fontSize(9).fillColor(COLORS.ink);
      doc.text(row.cells[i] ?? '', cx + PAD, cy, { width: c.width - 2 * PAD, align: c.align });
      if (i === 0 && row.note) {
        doc
          .fontSize(7.5)
          .fillColor(COLORS.muted)
          .text(row.note, { width: c.width - 2 * PAD });
      }
      cx += c.width;
    }
    cy += h;
    rule(doc, x, x + width, cy - 5);
  }
  return cy;
}
