import { describe, expect, it } from 'vitest';
import {
  computeSignature,
  SIGNATURE_HEADER as SERVER_HEADER,
  signatureHeader,
} from '../../../src/webhooks/signature.js';
import { constructWebhookEvent, SIGNATURE_HEADER, verifyWebhook } from './webhooks.js';

/** The client's check against the server's own signer (client.test.ts does it on real deliveries). */
describe('verifyWebhook', () => {
  const body = '{"id":"ev_1","object":"event","type":"invoice.paid","data":{"object":{"名前":"株式会社"}}}';
  const t = 1_774_000_000;

  it('reads the header the server writes, with non-ASCII bodies as string or bytes', () => {
    expect(SIGNATURE_HEADER).toBe(SERVER_HEADER.toLowerCase());
    const header = signatureHeader('whsec_a', t, body);
    expect(verifyWebhook(body, header, 'whsec_a', 300, t + 10)).toEqual({ ok: true, timestamp: t });
    expect(verifyWebhook(new TextEncoder().encode(body), header, 'whsec_a', 300, t).ok).toBe(true);
    expect(verifyWebhook(body, header.split(','), 'whsec_a', 300, t).ok).toBe(true);
  });

  it('accepts any one of several v1 signatures (a secret being rolled)', () => {
    const header = `t=${t},v1=${computeSignature('whsec_old', t, body)},v1=${computeSignature('whsec_new', t, body)}`;
    expect(verifyWebhook(body, header, 'whsec_new', 300, t).ok).toBe(true);
    expect(verifyWebhook(body, header, 'whsec_old', 300, t).ok).toBe(true);
    expect(verifyWebhook(body, header, 'whsec_other', 300, t)).toEqual({
      ok: false,
      reason: 'no_matching_signature',
    });
  });

  it('refuses malformed headers and timestamps outside the tolerance, either way', () => {
    const header = signatureHeader('whsec_a', t, body);
    for (const bad of ['', 'garbage', `t=${t}`, `v1=${'0'.repeat(64)}`, `t=abc,v1=${'0'.repeat(64)}`, null]) {
      expect(verifyWebhook(body, bad, 'whsec_a', 300, t)).toEqual({ ok: false, reason: 'malformed_header' });
    }
    expect(verifyWebhook(body, header, 'whsec_a', 300, t + 301).ok).toBe(false);
    expect(verifyWebhook(body, header, 'whsec_a', 300, t - 301).ok).toBe(false);
    expect(verifyWebhook(body, header, 'whsec_a', 600, t + 301).ok).toBe(true);
  });

  it('constructWebhookEvent parses a verified body and throws otherwise', () => {
    const now = Math.floor(Date.now() / 1000);
    const event = constructWebhookEvent(body, signatureHeader('whsec_a', now, body), 'whsec_a');
    expect(event).toMatchObject({ id: 'ev_1', type: 'invoice.paid' });
    expect(() => constructWebhookEvent(`${body} `, signatureHeader('whsec_a', now, body), 'whsec_a')).toThrow(
      'no_matching_signature',
    );
  });
});
