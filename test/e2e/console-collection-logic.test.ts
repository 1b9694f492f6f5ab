import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../console/src/api/types.js';
import { customerBody, customerDraft } from '../../console/src/pages/customers/customer-draft.js';
import { isOverdue } from '../../console/src/pages/invoices/due-date.js';
import { termsOf, termsValue } from '../../console/src/pages/settings/payment-terms-select.js';

const invoice = (patch: Partial<Invoice>) =>
  ({ status: 'open', due_date: '2026-04-29T15:00:00.000Z', amount_remaining: '10000', ...patch }) as Invoice;

describe('console: due dates and payment terms', () => {
  it('is overdue once the due day is over, open and unpaid only', () => {
    const due = Date.parse('2026-04-29T15:00:00.000Z');
    expect(isOverdue(invoice({}), due + 86_400_000 - 1)).toBe(false); // still the due day
    expect(isOverdue(invoice({}), due + 86_400_000)).toBe(true);
    expect(isOverdue(invoice({ status: 'paid' }), due + 10 * 86_400_000)).toBe(false);
    expect(isOverdue(invoice({ amount_remaining: '0' }), due + 10 * 86_400_000)).toBe(false);
    expect(isOverdue(invoice({ due_date: null }), due + 10 * 86_400_000)).toBe(false);
  });

  it('maps payment terms to one select value and back', () => {
    for (const terms of [
      { type: 'due_on_receipt' },
      { type: 'net', days: 45 },
      { type: 'end_of_following_month' },
    ] as const) {
      expect(termsOf(termsValue(terms))).toEqual(terms);
    }
    expect(termsValue(null)).toBe('');
    expect(termsOf('')).toBeNull();
  });

  it("sends a customer's terms only when known, null to follow the account", () => {
    expect(customerBody(customerDraft()).payment_terms).toBeUndefined();
    expect(customerBody({ ...customerDraft(), payment_terms: null }).payment_terms).toBeNull();
    expect(
      customerBody({ ...customerDraft(), payment_terms: { type: 'end_of_following_month' } }).payment_terms,
    ).toEqual({ type: 'end_of_following_month' });
  });
});
