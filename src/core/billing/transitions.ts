export type InvoiceStatus = 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
export type InvoiceAction =
  | 'finalize'
  | 'pay'
  | 'record_payment'
  | 'delete'
  | 'void'
  | 'mark_uncollectible'
  | 'payment_failed'
  | 'credit';

/** The one table of allowed invoice transitions (DESIGN 4): from each state, what may happen. */
const ALLOWED: Readonly<Record<InvoiceAction, readonly InvoiceStatus[]>> = {
  finalize: ['draft'],
  pay: ['open', 'uncollectible'],
  // A part of what is due, received: the invoice stays where it is until nothing is left.
  record_payment: ['open', 'uncollectible'],
  // Only a draft leaves no trace: it has no number and booked nothing.
  delete: ['draft'],
  void: ['open', 'uncollectible'],
  mark_uncollectible: ['open'],
  payment_failed: ['open'],
  credit: ['open', 'paid'],
};

const TARGET: Readonly<Record<InvoiceAction, InvoiceStatus | null>> = {
  finalize: 'open',
  pay: 'paid',
  record_payment: null,
  delete: null,
  void: 'void',
  mark_uncollectible: 'uncollectible',
  payment_failed: null,
  credit: null,
};

export function canTransition(from: InvoiceStatus, action: InvoiceAction): boolean {
  return ALLOWED[action].includes(from);
}

/** The status after `action`, or the same status for actions that do not move it. */
export function nextStatus(from: InvoiceStatus, action: InvoiceAction): InvoiceStatus {
  return TARGET[action] ?? from;
}

export function allowedFrom(action: InvoiceAction): readonly InvoiceStatus[] {
  return ALLOWED[action];
}
