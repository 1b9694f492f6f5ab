import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { compileAllSerializers } from './lazy-serializers.js';

// One store is enough: the routes and their schemas do not depend on it.
describe('response serializers compiled on first use', () => {
  const h = useTariff(TEST_STORES.includes('postgres') ? 'postgres' : 'pglite');

  it('answer before and after every route has been compiled, and every schema compiles', async () => {
    const before = await h.api.post('/v1/customers', { name: 'Lazy', metadata: { a: '1' } });
    expect(before.status).toBe(200);
    // Every route × status that declares a response schema: hundreds, each one compiles.
    expect(compileAllSerializers(h.tariff.app)).toBeGreaterThan(200);
    const after = await h.api.get(`/v1/customers/${before.body.id}`);
    expect(after.body).toEqual(before.body);
    expect(() => compileAllSerializers({} as never)).toThrow(/lazySerializers/);
  });
});
