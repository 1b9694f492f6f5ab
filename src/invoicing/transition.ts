import { allowedFrom, canTransition, type InvoiceAction } from '../core/billing/transitions.js';
import { ApiError } from '../shared/errors/index.js';
import type { InvoiceRow } from './invoice.js';

/** Throws 409 `invalid_invoice_transition` unless the transition table allows `action`. */
export function assertTransition(invoice: InvoiceRow, action: InvoiceAction): void {
  if (canTransition(invoice.status, action)) return;
  throw new ApiError(
    'invalid_invoice_transition',
    `Invoice ${invoice.id} is ${invoice.status}; '${action}' is allowed only from: ${allowedFrom(action).join(', ')}.`,
    { extra: { status: invoice.status } },
  );
}
