import type { DocumentBankTransfer } from './document-input.js';
import type { Labels } from './labels.js';
import { COLORS, PAGE, type Pdf, rule } from './pdf.js';

/** 振込先 as one line: bank, branch, account type, number, holder (e.g. みずほ銀行 渋谷支店 普通 1234567). */
export function bankTransferLines(b: DocumentBankTransfer, l: Labels): string[] {
  return [
    `${b.bank_name} ${b.branch_name} ${l.accountType[b.account_type]} ${b.account_number}`,
    `${l.accountHolder}: ${b.account_holder}`,
  ];
}

/** The bank transfer box under the totals, so the invoice can be paid as it is. */
export function drawBankTransfer(doc: Pdf, b: DocumentBankTransfer, l: Labels, y: number): number {
  const x = PAGE.margin;
  const width = PAGE.width - 2 * PAGE.margin;
  let cy = y + 10;
  if (cy + 60 > PAGE.height - PAGE.margin - 24) {
    doc.addPage();
    cy = PAGE.margin;
  }
  rule(doc, x, x + width, cy);
  doc
    .font('bold')
    .fontSize(9)
    .fillColor(COLORS.ink)
    .text(l.bankTransfer, x, cy + 6, { width });
  doc.font('regular').fontSize(9).fillColor(COLORS.ink);
  for (const line of bankTransferLines(b, l)) doc.text(line, x, doc.y + 2, { width });
  doc
    .fontSize(7.5)
    .fillColor(COLORS.muted)
    .text(l.transferNote, x, doc.y + 3, { width });
  return doc.y;
}
