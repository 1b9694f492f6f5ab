import type { DocumentAddress, DocumentCustomer, DocumentSeller } from './document-input.js';
import type { Labels } from './labels.js';
import { COLORS, type Pdf } from './pdf.js';

/** The customer's printed address: Japanese order (〒, prefecture, city, street) or Western order. */
export function addressLines(customer: DocumentCustomer, lang: 'ja' | 'en'): string[] {
  return postalLines(customer.billing_details.address, lang);
}

/** An address in Japanese order (〒, prefecture, city, street) or Western order. */
export function postalLines(a: DocumentAddress | null | undefined, lang: 'ja' | 'en'): string[] {
  if (!a) return [];
  if (lang === 'ja') {
    return [
      a.postal_code ? `〒${a.postal_code}` : '',
      [a.state, a.city, a.line1].filter(Boolean).join(''),
      a.line2 ?? '',
    ].filter(Boolean);
  }
  return [
    a.line1 ?? '',
    a.line2 ?? '',
    [a.city, [a.state, a.postal_code].filter(Boolean).join(' ')].filter(Boolean).join(', '),
    a.country ?? '',
  ].filter(Boolean);
}

export function customerName(customer: DocumentCustomer): string {
  return customer.billing_details.company_name ?? customer.name ?? customer.email ?? customer.id;
}

/** Bill-to block: the name (with 御中 in Japanese), address, email and the customer's tax ids. */
export function drawCustomer(
  doc: Pdf,
  customer: DocumentCustomer,
  labels: Labels,
  lang: 'ja' | 'en',
  x: number,
  y: number,
  width: number,
): number {
  const name = labels.honorific ? `${customerName(customer)}　${labels.honorific}` : customerName(customer);
  doc.font('bold').fontSize(13).fillColor(COLORS.ink).text(name, x, y, { width });
  doc.moveDown(0.2).font('regular').fontSize(8.5).fillColor(COLORS.muted);
  for (const line of addressLines(customer, lang)) doc.text(line, { width });
  if (customer.email) doc.text(customer.email, { width });
  for (const id of customer.billing_details.tax_ids ?? [])
    doc.text(`${id.type.toUpperCase()} ${id.value}`, { width });
  return doc.y;
}

/**
 * Issuer block: the account's name, address and phone, and its registration number (the
 * qualified-invoice number) when one applies.
 */
export function drawSeller(
  doc: Pdf,
  seller: DocumentSeller,
  registration: string | null,
  labels: Labels,
  x: number,
  y: number,
  width: number,
  lang: 'ja' | 'en' = 'ja',
): number {
  doc.font('bold').fontSize(10.5).fillColor(COLORS.ink).text(seller.name, x, y, { width, align: 'right' });
  doc.font('regular').fontSize(8.5).fillColor(COLORS.muted);
  for (const line of postalLines(seller.address, lang))
    doc.text(line, x, doc.y + 1, { width, align: 'right' });
  if (seller.phone) doc.text(`${labels.phone} ${seller.phone}`, x, doc.y + 1, { width, align: 'right' });
  if (registration) {
    doc
      .font('regular')
      .fontSize(8.5)
      .fillColor(COLORS.ink)
      .text(`${labels.registration}: ${registration}`, x, doc.y + 2, { width, align: 'right' });
  }
  return doc.y;
}
