import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSuccessStatus, nextAttemptAfterFailure, RETRY_WINDOW_MS, retryDelayMs } from './backoff.js';
import { endpointWants } from './match.js';
import { computeSignature, parseSignatureHeader, signatureHeader, verifySignature } from './signature.js';

describe('Tariff-Signature', () => {
  it('matches a known HMAC-SHA256 of "t.body"', () => {
    // echo -n '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
    expect(computeSignature('whsec_test', 1_700_000_000, '{"a":1}')).toBe(
      '38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789',
    );
    expect(signatureHeader('s', 12, 'b')).toMatch(/^t=12,v1=[0-9a-f]{64}$/);
  });

  it('verifies what it signs, and nothing altered (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.string(),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (secret, body, t) => {
          const header = signatureHeader(secret, t, body);
          expect(verifySignature(secret, header, body, t)).toBe(true);
          expect(verifySignature(`${secret}x`, header, body, t)).toBe(false);
          expect(verifySignature(secret, header, `${body} `, t)).toBe(false);
        },
      ),
    );
  });

  it.each([
    ['inside the tolerance', 300, true],
    ['too old', 301, false],
    ['from the future', -301, false],
  ])('a timestamp %s', (_, skew, ok) => {
    const header = signatureHeader('whsec_x', 1_000, '{}');
    expect(verifySignature('whsec_x', header, '{}', 1_000 + skew)).toBe(ok);
  });

  it.each([
    ['', undefined],
    ['t=abc,v1=00', undefined],
    [
      `t=5,v1=${'a'.repeat(64)},v1=${'b'.repeat(64)}`,
      { timestamp: 5, signatures: ['a'.repeat(64), 'b'.repeat(64)] },
    ],
    [`v0=zz, t=7 ,v1=${'c'.repeat(64)}`, { timestamp: 7, signatures: ['c'.repeat(64)] }],
  ])('parses %j', (header, expected) => {
    expect(parseSignatureHeader(header)).toEqual(expected);
  });
});

describe('retry backoff', () => {
  it.each([
    [0, 0],
    [1, 60_000],
    [2, 120_000],
    [5, 16 * 60_000],
    [9, 256 * 60_000],
    [10, 6 * 3_600_000],
    [40, 6 * 3_600_000],
  ])('after %i failed attempts waits %i ms', (attempts, ms) => {
    expect(retryDelayMs(attempts)).toBe(ms);
  });

  it('stops within the 3-day window, after about 20 attempts', () => {
    const start = new Date('2026-03-01T00:00:00Z');
    const until = new Date(start.getTime() + RETRY_WINDOW_MS);
    let at: Date | null = start;
    let attempts = 0;
    while (at) {
      attempts += 1;
      at = nextAttemptAfterFailure(attempts, at, until);
      if (at) expect(at.getTime()).toBeLessThanOrEqual(until.getTime());
    }
    expect(attempts).toBeGreaterThanOrEqual(15);
    expect(attempts).toBeLessThanOrEqual(25);
  });

  it.each([
    [200, true],
    [204, true],
    [299, true],
    [301, false],
    [410, false],
    [500, false],
    [null, false],
  ])('status %s counts as success: %s', (status, ok) => {
    expect(isSuccessStatus(status)).toBe(ok);
  });

  it.each([
    [['*'], 'invoice.paid', true],
    [['invoice.paid'], 'invoice.paid', true],
    [['invoice.paid'], 'invoice.voided', false],
  ])('endpoint %j wants %s: %s', (enabled, type, ok) => {
    expect(endpointWants(enabled, type)).toBe(ok);
  });
});
