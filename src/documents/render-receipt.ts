import { money } from './amounts.js';
import { day } from './dates.js';
import type { DocumentInput } from './document-input.js';
import { drawAmountBand, drawHeading } from './heading.js';
import { labelsFor } from './labels.js';
import { customerName } from './parties.js';
import { COLORS, footer, newPdf, PAGE, toBuffer } from './pdf.js';
import { type Column, drawTable } from './table.js';

const WIDTH = PAGE.width - 2 * PAGE.margin;

/**
 * A receipt for a paid invoice: the amount received, the date, what it paid for, the tax of each
 * rate, and the issuer with its registration number (a qualified simplified receipt in Japan).
 */
export async function renderReceiptPdf(input: DocumentInput): Promise<Buffer> {
  const { invoice: inv, customer, seller, timeZone: zone, lang } = input;
  const l = labelsFor(lang);
  const paidAt = inv.paid_at ?? inv.finalized_at ?? inv.created_at;
  const number = inv.number ?? inv.id;
  const doc = newPdf(`${l.receipt} ${number}`, new Date(paidAt));
  const registration = seller.tax_registration_number;
  const paid = inv.amount_paid ?? inv.amount_due;

  const facts: [string, string][] = [
    [l.number, number],
    [l.paidOn, day(paidAt, zone, lang)],
  ];
  if (inv.payment_reference) facts.push([l.reference, inv.payment_reference]);
  let y = drawHeading(doc, l.receipt, undefined, facts);

  const name = l.honorific ? `${customerName(customer)}　${l.honorific}` : customerName(customer);
  doc.font('bold').fontSize(14).fillColor(COLORS.ink).text(name, PAGE.margin, y, { width: WIDTH });
  doc
    .moveTo(PAGE.margin, doc.y + 2)
    .lineTo(PAGE.margin + WIDTH / 2, doc.y + 2)
    .lineWidth(0.8)
    .strokeColor(COLORS.ink)
    .stroke();
  y = doc.y + 18;

  y = drawAmountBand(doc, l.amountPaidHeadline, money(paid, inv.currency), y);
  doc.font('regular').fontSize(10).fillColor(COLORS.ink);
  doc.text(l.forInvoice(number), PAGE.margin, y, { width: WIDTH });
  doc.text(l.receivedWithThanks, { width: WIDTH });
  y = doc.y + 16;

  if (inv.tax_breakdown.length > 0) {
    doc.font('bold').fontSize(9.5).text(l.taxBreakdown, PAGE.margin, y);
    const columns: Column[] = [
      { header: l.rate, width: WIDTH - 240, align: 'left' },
      { header: l.taxable, width: 120, align: 'right' },
      { header: l.taxOf, width: 120, align: 'right' },
    ];
    const rows = inv.tax_breakdown.map((t) => ({
      cells: [
        `${t.display_name} ${t.percentage}%`,
        money(t.taxable_amount, inv.currency),
        money(t.amount, inv.currency),
      ],
    }));
    y = drawTable(doc, columns, rows, PAGE.margin, doc.y + 6);
  }

  y += 24;
  doc
    .font('bold')
    .fontSize(11)
    .fillColor(COLORS.ink)
    .text(seller.name, PAGE.margin, y, { width: WIDTH, align: 'right' });
  if (registration) {
    doc
      .font('regular')
      .fontSize(9)
      .text(`${l.registration}: ${registration}`, { width: WIDTH, align: 'right' });
  }
  footer(doc, l.page, `${seller.name} · ${inv.id}`);
  return toBuffer(doc);
}
