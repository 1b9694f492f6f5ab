import { Decimal } from '../core/money/decimal.js';
import { money } from './amounts.js';
import type { DocumentInvoice } from './document-input.js';
import type { Labels } from './labels.js';
import { COLORS, PAGE, type Pdf, rule } from './pdf.js';

export interface TotalRow {
  readonly label: string;
  readonly value: string;
  readonly strong?: boolean;
  readonly small?: boolean;
}

const isZero = (v: string) => new Decimal(v).isZero();
/** Credits and balance are stored as what they take off; the document shows them as subtractions. */
const minus = (v: string) => new Decimal(v).negated().toFixed();

/**
 * The invoice's arithmetic in DESIGN 4's order: subtotal, credits, tax per rate (the taxable
 * amount and the tax of each rate, as the qualified-invoice rules ask), total, customer balance,
 * amount due. Credits and balance are listed only when they apply.
 */
export function totalRows(inv: DocumentInvoice, l: Labels): TotalRow[] {
  const m = (v: string) => money(v, inv.currency);
  const rows: TotalRow[] = [{ label: l.subtotal, value: m(inv.subtotal) }];
  if (!isZero(inv.credits_applied)) rows.push({ label: l.credits, value: m(minus(inv.credits_applied)) });
  for (const t of inv.tax_breakdown) {
    rows.push({ label: l.taxFor(t.percentage, t.display_name), value: m(t.taxable_amount), small: true });
    rows.push({ label: `　${l.taxOf} ${t.percentage}%`, value: m(t.amount), small: true });
  }
  rows.push({ label: l.tax, value: m(inv.tax) });
  rows.push({ label: l.total, value: m(inv.total), strong: true });
  if (!isZero(inv.balance_applied)) rows.push({ label: l.balance, value: m(minus(inv.balance_applied)) });
  rows.push({ label: l.amountDue, value: m(inv.amount_due), strong: true });
  return rows;
}

/** Right-aligned label/value pairs under the lines table. */
export function drawTotals(doc: Pdf, rows: readonly TotalRow[], y: number): number {
  const width = 300;
  const x = PAGE.width - PAGE.margin - width;
  const height = rows.reduce((h, r) => h + (r.small ? 8 : r.strong ? 10.5 : 9) + 7 + (r.strong ? 3 : 0), 0);
  let cy = y + 4;
  // The totals are read as one block: never split them across pages.
  if (cy + height > PAGE.height - PAGE.margin - 24) {
    doc.addPage();
    cy = PAGE.margin;
  }
  for (const row of rows) {
    const size = row.small ? 8 : row.strong ? 10.5 : 9;
    doc
      .font(row.strong ? 'bold' : 'regular')
      .fontSize(size)
      .fillColor(row.small ? COLORS.muted : COLORS.ink);
    doc.text(row.label, x, cy, { width: 190, lineBreak: false });
    doc.text(row.value, x + 190, cy, { width: width - 190 - 6, align: 'right', lineBreak: false });
    cy += size + 7;
    if (row.strong) {
      rule(doc, x, x + width, cy - 3);
      cy += 3;
    }
  }
  return cy;
}
