import PDFDocument from 'pdfkit';
import { FONTS } from './fonts.js';

export type Pdf = PDFKit.PDFDocument;

export const PAGE = { width: 595.28, height: 841.89, margin: 48 } as const;
export const COLORS = {
  ink: '#1d2433',
  muted: '#6b7385',
  line: '#d9dde5',
  accent: '#1c4fd8',
  band: '#f2f4f8',
};

/**
 * A new A4 document with the Japanese-capable fonts registered. The creation date is the
 * document's own date (finalization or payment), so the same invoice renders to the same bytes.
 */
export function newPdf(title: string, createdAt: Date): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    info: { Title: title, Creator: 'Tariff', Producer: 'Tariff', CreationDate: createdAt },
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  doc.font('regular').fillColor(COLORS.ink);
  return doc;
}

/** A thin horizontal rule from x1 to x2 at y. */
export function rule(doc: Pdf, x1: number, x2: number, y: number): void {
  doc.moveTo(x1, y).lineTo(x2, y).lineWidth(0.5).strokeColor(COLORS.line).stroke();
}

/** Ends the document and collects its bytes. */
export function toBuffer(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** Page numbers in the footer of every page, written once all pages exist. */
export function footer(doc: Pdf, text: (page: number, of: number) => string, left: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = PAGE.height - PAGE.margin + 16;
    // Writing below the bottom margin would add a page: lift the margin while writing the footer.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(7.5).fillColor(COLORS.muted);
    doc.text(left, PAGE.margin, y, { width: 300, lineBreak: false });
    doc.text(text(i - range.start + 1, range.count), PAGE.width - PAGE.margin - 150, y, {
      width: 150,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}
