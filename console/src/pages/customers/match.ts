import type { Customer } from '../../api/types.js';

/** Case-insensitive substring match on what an operator types: name, company, email, ids. */
export function matchesCustomer(c: Customer, query: string): boolean {
  const q = query.toLowerCase();
  return [c.id, c.external_id, c.name, c.email, c.billing_details.company_name].some(
    (v) => typeof v === 'string' && v.toLowerCase().includes(q),
  );
}
