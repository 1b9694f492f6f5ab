import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

describe.each(TEST_STORES)('account settings on %s', (kind) => {
  const h = useTariff(kind);

  it.each(['T123', 'T12345678901234', 'T123456789012X', 'T 1234567890123'])(
    'refuses the registration number %s (starts with T, not T and 13 digits)',
    async (value) => {
      const res = await h.api.post('/v1/account', { tax_registration_number: value });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'parameter_invalid', param: 'tax_registration_number' });
      expect((await h.api.get('/v1/account')).body.tax_registration_number).not.toBe(value);
    },
  );

  it.each(['T1234567890123', 'DE123456789', null])('accepts %s', async (value) => {
    const res = await h.api.post('/v1/account', { tax_registration_number: value });
    expect(res.status).toBe(200);
    expect(res.body.tax_registration_number).toBe(value);
  });
});
