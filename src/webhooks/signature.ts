import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Tariff's webhook signature, in the scheme Stripe made familiar:
 * `Tariff-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. The timestamp is
 * inside the signed string so a captured delivery cannot be replayed later with a fresh `t`.
 */
export const SIGNATURE_HEADER = 'Tariff-Signature';

/** A new endpoint secret: `whsec_` and 32 random bytes, hex. */
export function newEndpointSecret(): string {
  return `whsec_${randomBytes(32).toString('hex')}`;
}

export function computeSignature(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${computeSignature(secret, timestamp, body)}`;
}

export interface ParsedSignature {
  readonly timestamp: number;
  readonly signatures: readonly string[];
}

/** Parses `t=…,v1=…[,v1=…]`; several `v1` appear while a secret is being rolled. */
export function parseSignatureHeader(header: string): ParsedSignature | undefined {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value && /^\d+$/.test(value)) timestamp = Number.parseInt(value, 10);
    if (key === 'v1' && value && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  return timestamp === undefined || signatures.length === 0 ? undefined : { timestamp, signatures };
}

/**
 * What a receiver does: the header must carry a `v1` matching the body and be no older (or newer)
 * than `toleranceSeconds` against the receiver's own clock `nowSeconds`.
 */
export function verifySignature(
  secret: string,
  header: string,
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const parsed = parseSignatureHeader(header);
  if (!parsed) return false;
  if (Math.abs(nowSeconds - parsed.timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(computeSignature(secret, parsed.timestamp, body), 'hex');
  return parsed.signatures.some((s) => timingSafeEqual(Buffer.from(s, 'hex'), expected));
}
