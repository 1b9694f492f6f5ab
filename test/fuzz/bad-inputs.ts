import fc from 'fast-check';

/**
 * Bad inputs for the API fuzz, chosen by the JSON schema of the field they replace, so that each
 * one is wrong for that field (a leap second is bad in a timestamp, not in a name).
 */

export type Schema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minimum?: number;
  minItems?: number;
  default?: unknown;
};

const SEED = 20_260_301;
const sample = <T>(arb: fc.Arbitrary<T>, n: number, salt = 0): T[] =>
  fc.sample(arb, { numRuns: n, seed: SEED + salt });

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
/** Strings PostgreSQL cannot store: NUL or an unpaired surrogate somewhere in ordinary text. */
export const unstorable = fc
  .tuple(
    fc.string({ maxLength: 8 }),
    fc.oneof(fc.constant('\u0000'), loneSurrogate),
    fc.string({ maxLength: 8 }),
  )
  .map(([a, bad, b]) => a + bad + b);

export const BAD_TIMESTAMPS = [
  '2026-06-30T23:59:60Z', // leap second
  '0000-01-01T00:00:00Z',
  '2026-13-01T00:00:00Z',
  '2026-02-30T00:00:00Z',
  '2026-02-29T00:00:00Z',
  '1969-12-31T23:59:59Z',
  '10000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '2026-03-01T24:00:00Z',
  '2026-03-01',
];

export const BAD_DECIMALS = [
  '9'.repeat(64),
  `1${'0'.repeat(20)}`, // 21 integer digits
  `0.${'1'.repeat(13)}`, // 13 fractional digits
  '1e308',
  'NaN',
  'Infinity',
  ' 1',
  '1.',
  '.5',
  '--1',
];

export const BAD_NUMBERS: unknown[] = [1e308, -1e308, 2 ** 53 + 2, 1.5, -1, '1', 9.999e307, 1e21];

const deep = (depth: number): unknown => {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
};
export const WRONG_TYPES: unknown[] = [null, true, 0, 'x', [], {}, [[]], deep(200)];

const isDecimal = (s: Schema) => typeof s.pattern === 'string' && s.pattern.includes('(\\.[0-9]');
const typeOf = (s: Schema): string | undefined => (Array.isArray(s.type) ? s.type[0] : s.type);

/** Bad values for a field of schema `s`; `salt` varies the random strings per field. */
export function badValuesFor(s: Schema, salt: number): unknown[] {
  const variants = s.anyOf ?? s.oneOf;
  const flat = variants?.find((v) => typeOf(v) !== 'null') ?? s;
  const out: unknown[] = [...sample(unstorable, 3, salt), ...WRONG_TYPES.slice(salt % 4, (salt % 4) + 3)];
  if (flat.format === 'date-time' || variants?.some((v) => v.format === 'date-time'))
    out.push(...BAD_TIMESTAMPS);
  else if (isDecimal(flat)) out.push(...BAD_DECIMALS);
  else if (typeOf(flat) === 'integer' || typeOf(flat) === 'number') out.push(...BAD_NUMBERS);
  if (typeOf(flat) === 'object') {
    // A bad key inside the object (metadata keys, component configuration keys).
    for (const key of sample(unstorable, 2, salt + 1)) out.push({ [key]: 'v' });
  }
  return out;
}

/** A value that passes `s` as far as cheaply possible, so a mutation elsewhere is what fails. */
export function plausible(s: Schema, name: string, seeds: Record<string, string>): unknown {
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.default !== undefined) return s.default;
  const variants = s.anyOf ?? s.oneOf;
  if (variants)
    return plausible(variants.find((v) => typeOf(v) !== 'null') ?? variants[0] ?? {}, name, seeds);
  switch (typeOf(s)) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of s.required ?? []) out[key] = plausible(s.properties?.[key] ?? {}, key, seeds);
      return out;
    }
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => plausible(s.items ?? {}, name, seeds));
    case 'integer':
    case 'number':
      return Math.max(1, s.minimum ?? 1);
    case 'boolean':
      return false;
    case 'string':
      if (seeds[name]) return seeds[name];
      if (s.format === 'date-time') return '2026-03-15T00:00:00Z';
      if (isDecimal(s)) return '1';
      if (s.pattern === '^[A-Za-z]{3}$') return 'JPY';
      if (s.pattern?.includes('[A-Z]{2}')) return 'JP';
      if (s.pattern?.startsWith('^https?')) return 'https://example.com/hook';
      return 'fuzz';
    default:
      return 'fuzz';
  }
}

/** Percent-encodes a string, lone surrogates as their 3-byte (WTF-8) form, which is not UTF-8. */
export function pct(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0xd800 && c <= 0xdfff) {
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else out += encodeURIComponent(ch);
  }
  return out;
}

/** Path parameter values that must come back as 4xx: the object does not exist or is malformed. */
export const BAD_PATH_VALUES = [
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%25',
  '..%2f..%2fpackage.json',
  '%2e%2e',
  'x'.repeat(300),
  '1e308',
  '99999999999999999999999',
  '-1',
  '0000-01-01',
  '2026-13',
  '2026-02-30',
];
