import { COLORS, PAGE, type Pdf } from './pdf.js';

/** Title at the left (with a red status mark for drafts and void invoices) and key facts at the right. */
export function drawHeading(
  doc: Pdf,
  title: string,
  mark: string | undefined,
  facts: readonly (readonly [string, string])[],
): number {
  const top = PAGE.margin;
  doc.font('bold').fontSize(24).fillColor(COLORS.ink).text(title, PAGE.margin, top, { lineBreak: false });
  if (mark) {
    const w = doc.widthOfString(title);
    doc
      .font('bold')
      .fontSize(11)
      .fillColor('#c92a2a')
      .text(mark, PAGE.margin + w + 12, top + 10, { lineBreak: false });
  }
  const labelX = PAGE.width - PAGE.margin - 260;
  let y = top + 2;
  for (const [label, value] of facts) {
    doc
      .font('regular')
      .fontSize(8.5)
      .fillColor(COLORS.muted)
      .text(label, labelX, y, { width: 100, lineBreak: false });
    doc
      .font('regular')
      .fontSize(8.5)
      .fillColor(COLORS.ink)
      .text(value, labelX + 100, y, { width: 160, align: 'right', lineBreak: false });
    y += 14;
  }
  return Math.max(y, top + 40) + 10;
}

/** A shaded band with a label and a large amount (the headline amount due or paid). */
export function drawAmountBand(doc: Pdf, label: string, amount: string, y: number): number {
  const width = PAGE.width - 2 * PAGE.margin;
  doc.rect(PAGE.margin, y, width, 44).fill(COLORS.band);
  doc
    .font('bold')
    .fontSize(10)
    .fillColor(COLORS.muted)
    .text(label, PAGE.margin + 14, y + 16, { lineBreak: false });
  doc
    .font('bold')
    .fontSize(20)
    .fillColor(COLORS.ink)
    .text(amount, PAGE.margin + 14, y + 10, {
      width: width - 28,
      align: 'right',
      lineBreak: false,
    });
  return y + 58;
}
