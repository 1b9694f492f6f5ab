import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header every delivery carries: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. */
export const SIGNATURE_HEADER = 'tariff-signature';

/** Deliveries older or newer than this (against your clock) are refused: a captured one cannot be replayed later. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export type WebhookVerification =
  | { readonly ok: true; readonly timestamp: number }
  | {
      readonly ok: false;
      readonly reason: 'malformed_header' | 'timestamp_out_of_tolerance' | 'no_matching_signature';
    };

/**
 * Checks a delivery's `Tariff-Signature` header against the endpoint's secret (`whsec_…`, shown
 * once when the endpoint is created). `payload` must be the raw body exactly as received: parsing
 * and re-serialising JSON changes the bytes and fails the check. Several `v1` values appear while
 * a secret is being rolled; any one matching is enough.
 */
export function verifyWebhook(
  payload: string | Uint8Array,
  header: string | readonly string[] | null | undefined,
  secret: string,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
  nowSeconds = Math.floor(Date.now() / 1000),
): WebhookVerification {
  let timestamp: number | undefined;
  const signatures: Buffer[] = [];
  // Node gives a repeated header as an array; its parts are read like one comma-separated value.
  const value = typeof header === 'string' ? header : (header ?? []).join(',');
  for (const part of value.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value && /^\d+$/.test(value)) timestamp = Number.parseInt(value, 10);
    if (key === 'v1' && value && /^[0-9a-f]{64}$/.test(value)) signatures.push(Buffer.from(value, 'hex'));
  }
  if (timestamp === undefined || signatures.length === 0) return { ok: false, reason: 'malformed_header' };
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) {
    return { ok: false, reason: 'timestamp_out_of_tolerance' };
  }
  const expected = createHmac('sha256', secret)
    .update(`${timestamp}.`, 'utf8')
    .update(typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload)
    .digest();
  return signatures.some((s) => timingSafeEqual(s, expected))
    ? { ok: true, timestamp }
    : { ok: false, reason: 'no_matching_signature' };
}

/** A verified delivery's event, or a thrown error saying why it was refused. */
export function constructWebhookEvent<T = WebhookEvent>(
  payload: string | Uint8Array,
  header: string | readonly string[] | null | undefined,
  secret: string,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): T {
  const result = verifyWebhook(payload, header, secret, toleranceSeconds);
  if (!result.ok) throw new Error(`Tariff webhook refused: ${result.reason}`);
  return JSON.parse(typeof payload === 'string' ? payload : Buffer.from(payload).toString('utf8')) as T;
}

/** The envelope of every delivery; `data.object` is the resource as the API answers it. */
export interface WebhookEvent {
  readonly id: string;
  readonly object: 'event';
  readonly type: string;
  readonly created: string;
  readonly data: { readonly object: Record<string, unknown> };
}
