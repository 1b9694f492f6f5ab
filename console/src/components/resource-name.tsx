import { useName } from './names.js';

/**
 * The name of a resource shown where the API gives only its id (a rate's billable item, an
 * invoice's customer); a shortened id until the name arrives, or when it cannot be read. The full
 * id stays in the tooltip.
 */
export function ResourceName({ path, id }: { path: string; id: string }) {
  const name = useName(path, id);
  if (name) return <span title={id}>{name}</span>;
  if (name === null) return <code title={id}>{id}</code>;
  return (
    <span className="muted" title={id}>
      …
    </span>
  );
}

/** Shorthands for the kinds the console names most. */
export const CustomerName = ({ id }: { id: string }) => <ResourceName path="/v1/customers" id={id} />;
export const PlanName = ({ id }: { id: string }) => <ResourceName path="/v1/pricing_plans" id={id} />;
export const FeeName = ({ id }: { id: string }) => <ResourceName path="/v1/license_fees" id={id} />;
export const ItemName = ({ id }: { id: string }) => <ResourceName path="/v1/billable_items" id={id} />;
