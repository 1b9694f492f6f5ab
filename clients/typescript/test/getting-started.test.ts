import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TEST_KEY, type ServerProcess, startServer } from '../../../src/testing/process.js';
import { gettingStarted } from '../examples/getting-started.js';
import { createTariffClient } from '../src/index.js';
import { regions, tsBlocks } from './regions.js';

const EXAMPLE = new URL('../examples/getting-started.ts', import.meta.url);
const PAGE = new URL('../../../docs/getting-started.md', import.meta.url);

describe('docs/getting-started.md', () => {
  it("shows the example's code, every region of it, as it is", () => {
    const blocks = tsBlocks(PAGE);
    const found = regions(EXAMPLE);
    expect([...found.keys()]).toEqual(expect.arrayContaining(['client', 'customer', 'plan', 'pay-april']));
    for (const [name, code] of found) expect(blocks, `region ${name}`).toContain(code);
  });

  describe('the example against a real tariff serve', () => {
    let server: ServerProcess;
    let dataDir: string;
    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'tariff-getting-started-'));
      server = await startServer({ dataDir });
    });
    afterAll(async () => {
      await server?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('takes a JPY tenant from a customer to paid invoices, with the amounts the page shows', async () => {
      const lines: string[] = [];
      // Test clocks live in test mode: the walk runs with a test-mode key, as the page says.
      const live = createTariffClient({ baseUrl: server.url, apiKey: PROCESS_TEST_KEY });
      const { secret } = await live.post('/v1/api_keys', { body: { name: 'getting started', mode: 'test' } });
      const tariff = createTariffClient({ baseUrl: server.url, apiKey: secret });
      const result = await gettingStarted(tariff, (line) => lines.push(line));

      expect(result.customer).toMatchObject({ currency: 'JPY', test_clock: result.clock.id });
      expect(result.march).toMatchObject({ status: 'paid', total: '25000', number: 'TEST-TRF-000001' });
      expect(result.upcoming.total).toBe('26450');
      expect(result.april).toMatchObject({
        status: 'paid',
        total: '26450',
        amount_due: '26450',
        number: 'TEST-TRF-000002',
        billing_reason: 'subscription_cycle',
      });
      expect(result.april.lines.map((l) => l.amount).sort()).toEqual(['1450', '25000']);
      // The comments in the page quote these lines.
      expect(lines).toContain('TEST-TRF-000001: 25000 JPY, open');
      expect(lines).toContain('upcoming total: 26450 JPY');
      expect(lines).toContain('TEST-TRF-000002: 26450 JPY, open');
      expect(lines).toContain('TEST-TRF-000002: paid');
      console.log(lines.join('\n'));

      // Run again on the same server: names are unique per run, so it works twice.
      const again = await gettingStarted(tariff, () => {});
      expect(again.april).toMatchObject({ status: 'paid', total: '26450' });
    });
  });
});
