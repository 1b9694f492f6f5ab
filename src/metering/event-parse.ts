import { Decimal, parseDecimal } from '../core/money/decimal.js';
import type { ErrorCode } from '../shared/errors/codes.js';
import { jsonString } from '../shared/json-string.js';
import type { Formula } from './tables.js';

/** Why one event was not stored; the other events of its batch are unaffected. */
export interface Rejection {
  readonly code: ErrorCode;
  readonly message: string;
  readonly param?: string;
}

export interface EventEnvelope {
  readonly event_name: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly identifier?: string;
  readonly timestamp?: Date;
}

export interface EventMeasure {
  readonly customerRef: string;
  readonly value: Decimal;
  readonly distinctValue: string | null;
  readonly dimensions: Record<string, string>;
  readonly dimKey: string;
}

const ENVELOPE_KEYS = new Set(['event_name', 'payload', 'identifier', 'timestamp']);
const MAX_TEXT = 255;
const ONE = new Decimal(1);

export function isRejection(value: unknown): value is Rejection {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

const reject = (code: ErrorCode, message: string, param?: string): Rejection =>
  param === undefined ? { code, message } : { code, message, param };

/** ISO 8601 or Unix seconds (DESIGN 3); undefined when it is neither. */
export function parseEventTime(input: unknown): Date | undefined {
  if (typeof input === 'number') {
    return Number.isSafeInteger(input) && input >= 0 ? new Date(input * 1000) : undefined;
  }
  if (typeof input === 'string') {
    if (/^\d{1,12}$/.test(input)) return new Date(Number(input) * 1000);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(input)) return undefined;
    const at = new Date(input);
    return Number.isNaN(at.getTime()) ? undefined : at;
  }
  return undefined;
}

/** Checks the fields every event has, before its meter is known. */
export function parseEnvelope(raw: unknown): EventEnvelope | Rejection {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return reject('parameter_invalid', 'An event must be an object.');
  }
  const event = raw as Record<string, unknown>;
  for (const key of Object.keys(event)) {
    if (!ENVELOPE_KEYS.has(key))
      return reject('parameter_unknown', `Received unknown parameter: ${key}.`, key);
  }
  const { event_name, payload, identifier, timestamp } = event;
  if (typeof event_name !== 'string' || event_name === '') {
    return reject('parameter_missing', 'Missing required parameter: event_name.', 'event_name');
  }
  if (!storable(event_name)) {
    return reject(
      'parameter_invalid',
      'event_name must be 1 to 255 characters, without NUL or unpaired surrogates.',
      'event_name',
    );
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return reject('parameter_missing', 'Missing required parameter: payload (an object).', 'payload');
  }
  if (identifier !== undefined && (typeof identifier !== 'string' || !storable(identifier))) {
    return reject(
      'parameter_invalid',
      'identifier must be a string of 1 to 255 characters, without NUL or unpaired surrogates.',
      'identifier',
    );
  }
  let at: Date | undefined;
  if (timestamp !== undefined) {
    at = parseEventTime(timestamp);
    if (!at) return reject('parameter_invalid', 'timestamp must be ISO 8601 or Unix seconds.', 'timestamp');
  }
  return {
    event_name,
    payload: payload as Record<string, unknown>,
    ...(identifier !== undefined && { identifier: identifier as string }),
    ...(at && { timestamp: at }),
  };
}

/**
 * NUL or an unpaired surrogate: PostgreSQL stores neither in text or jsonb, and a statement
 * holding one fails as a whole, so such a string is refused with its own event.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what this refuses.
const UNSTORABLE = /[\u0000\p{Cs}]/u;

/** A string of 1 to 255 characters that PostgreSQL can store. */
const storable = (value: string) => value.length > 0 && value.length <= MAX_TEXT && !UNSTORABLE.test(value);

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return storable(value) ? value : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * The largest value an event may carry: the API's decimal limit (20 integer and 12 fractional
 * digits, docs/security.md). Beyond it a value would overflow every sum and format after it.
 */
const BOUNDED_VALUE = /^-?\d{1,20}(\.\d{1,12})?$/;

/** A value as an exact decimal: a decimal string, or a JSON number (1e-7 is read as 0.0000001). */
export function parseValue(value: unknown): Decimal | undefined {
  let text: string | undefined;
  if (typeof value === 'string') text = value.trim();
  else if (typeof value === 'number' && Number.isFinite(value)) text = new Decimal(value).toFixed();
  if (text === undefined || !BOUNDED_VALUE.test(text)) return undefined;
  return parseDecimal(text);
}

/**
 * The canonical key of a dimension set: the same dimensions always give the same key. It is the
 * JSON of the sorted [name, value] pairs (the fold rebuilds a set from it), written directly:
 * this runs once per ingested event.
 */
export function dimensionKey(dimensions: Readonly<Record<string, string>>): string {
  const keys = Object.keys(dimensions);
  if (keys.length > 1) keys.sort();
  let key = '[';
  for (const k of keys)
    key += `${key.length > 1 ? ',' : ''}[${jsonString(k)},${jsonString(dimensions[k] as string)}]`;
  return `${key}]`;
}

export interface MeterShape {
  readonly formula: Formula;
  readonly customer_key: string;
  readonly value_key: string;
  readonly dimension_keys: readonly string[];
}

/** Reads customer, value and dimensions from a payload the way its meter says. */
export function measure(
  meter: MeterShape,
  payload: Readonly<Record<string, unknown>>,
): EventMeasure | Rejection {
  const sentCustomer = payload[meter.customer_key];
  const customerRef = text(sentCustomer);
  if (customerRef === undefined) {
    const param = `payload[${meter.customer_key}]`;
    if (sentCustomer === undefined)
      return reject('parameter_missing', `The payload needs the customer in '${meter.customer_key}'.`, param);
    return reject(
      'parameter_invalid',
      `'${meter.customer_key}' must name a customer: 1 to 255 characters, without NUL or unpaired surrogates.`,
      param,
    );
  }
  const raw = payload[meter.value_key];
  const param = `payload[${meter.value_key}]`;
  let value = ONE;
  let distinctValue: string | null = null;
  if (meter.formula === 'unique_count') {
    distinctValue = text(raw) ?? null;
    if (distinctValue === null) {
      return reject('invalid_value', `'${meter.value_key}' must hold the value to count once.`, param);
    }
  } else if (meter.formula !== 'count') {
    const parsed = parseValue(raw);
    if (!parsed)
      return reject(
        'invalid_value',
        `'${meter.value_key}' must be a decimal number with at most 20 digits before the point and 12 after.`,
        param,
      );
    if (parsed.isNegative() && meter.formula !== 'sum') {
      return reject('invalid_value', 'Negative values are corrections and only count on sum meters.', param);
    }
    value = parsed;
  }
  const dimensions: Record<string, string> = {};
  for (const key of meter.dimension_keys) {
    if (payload[key] === undefined) continue;
    const v = text(payload[key]);
    if (v === undefined)
      return reject('parameter_invalid', `Dimension '${key}' must be a short string.`, `payload[${key}]`);
    dimensions[key] = v;
  }
  return { customerRef, value, distinctValue, dimensions, dimKey: dimensionKey(dimensions) };
}

/** The account's window, relative to the customer's clock (its test clock when attached). */
export function checkWindow(
  at: Date,
  now: Date,
  pastSeconds: number,
  futureSeconds: number,
): Rejection | undefined {
  const t = at.getTime();
  if (t < now.getTime() - pastSeconds * 1000 || t > now.getTime() + futureSeconds * 1000) {
    return reject(
      'timestamp_out_of_range',
      `timestamp must be within ${pastSeconds} seconds before and ${futureSeconds} seconds after the customer's current time (${now.toISOString()}).`,
      'timestamp',
    );
  }
  return undefined;
}
