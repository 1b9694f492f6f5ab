/** `GET /v1/audit_events` (src/audit/json.ts). */
export interface AuditEvent {
  object: 'audit_event';
  id: string;
  created_at: string;
  actor: { type: string; id: string | null; name: string | null };
  mode: string | null;
  request_id: string | null;
  route: string | null;
  path: string | null;
  resource: { type: string; id: string | null };
  action: 'created' | 'updated' | 'deleted';
  changes: Record<string, unknown>;
}

export const ACTOR_TYPES = ['api_key', 'cli', 'worker', 'system'] as const;
export const ACTIONS = ['created', 'updated', 'deleted'] as const;

/** Reuses the status badge colours: green, blue, red. */
export const ACTION_BADGE: Record<AuditEvent['action'], string> = {
  created: 'active',
  updated: 'open',
  deleted: 'void',
};

/** The console page of a resource, for the kinds that have one. */
export function resourcePath(type: string, id: string | null): string | null {
  if (!id) return null;
  switch (type) {
    case 'customer':
      return `/customers/${id}`;
    case 'invoice':
      return `/invoices/${id}`;
    case 'pricing_plan':
      return `/plans/${id}`;
    case 'meter':
      return `/meters/${id}`;
    default:
      return null;
  }
}
