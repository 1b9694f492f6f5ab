import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signatureHeader } from './signature.js';

/** The verification snippet users copy from docs/payments-webhooks.md must accept what Tariff sends. */
function snippet(): (raw: string, header: string, secret: string, now?: number) => boolean {
  const doc = readFileSync(new URL('../../docs/payments-webhooks.md', import.meta.url), 'utf8');
  const start = doc.indexOf('export function verifyTariffSignature');
  const source = doc.slice(start, doc.indexOf('\n}\n', start) + 2).replace('export ', '');
  return new Function(
    'createHmac',
    'timingSafeEqual',
    'TOLERANCE_SECONDS',
    `${source}\nreturn verifyTariffSignature;`,
  )(createHmac, timingSafeEqual, 300);
}

describe('the documented verification snippet', () => {
  const verify = snippet();
  const body = '{"id":"ev_1","type":"invoice.paid"}';

  it('accepts a Tariff signature and refuses tampering, other secrets and stale timestamps', () => {
    const header = signatureHeader('whsec_doc', 1_774_000_000, body);
    expect(verify(body, header, 'whsec_doc', 1_774_000_010)).toBe(true);
    expect(verify(`${body} `, header, 'whsec_doc', 1_774_000_010)).toBe(false);
    expect(verify(body, header, 'whsec_other', 1_774_000_010)).toBe(false);
    expect(verify(body, header, 'whsec_doc', 1_774_000_400)).toBe(false);
    expect(verify(body, 'garbage', 'whsec_doc', 1_774_000_010)).toBe(false);
  });
});
