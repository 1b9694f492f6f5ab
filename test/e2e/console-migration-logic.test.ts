import { describe, expect, it } from 'vitest';
import {
  concernsPlan,
  differenceSum,
  type MigrationPreviewRow,
  migrationRequest,
  totalDifference,
} from '../../console/src/pages/plans/plan-migration.js';
import {
  commitmentBody,
  commitmentsValid,
  NO_COMMITMENTS,
} from '../../console/src/pages/subscriptions/commitment-fields.js';

/** The console's plan-migration and commitment helpers: exact differences and the bodies sent. */
const row = (old: string | null, next: string | null): MigrationPreviewRow => ({
  subscription: 'sub_1',
  customer: 'cus_1',
  effective_at: null,
  old_upcoming_total: old,
  new_upcoming_total: next,
  proration_invoice_total: null,
  error: null,
});

describe('plan migration dry run', () => {
  it('works out each difference and their sum exactly, never with floats', () => {
    expect(totalDifference(row('100.10', '150.30'))).toBe('50.2');
    expect(totalDifference(row('0.3', '0.1'))).toBe('-0.2');
    expect(totalDifference(row(null, '150'))).toBeNull();
    expect(differenceSum([row('0.1', '0.3'), row('100', '150.1'), row(null, '9')])).toBe('50.3');
    expect(differenceSum([])).toBe('0');
  });

  it('sends proration only when moving now', () => {
    const base = { plan: 'pp_a', fromVersion: 1, toPlan: 'pp_a', toVersion: 2 };
    expect(migrationRequest({ ...base, effective: 'now', proration: 'always_invoice' })).toEqual({
      from: { pricing_plan: 'pp_a', pricing_plan_version: 1 },
      to: { pricing_plan: 'pp_a', pricing_plan_version: 2 },
      effective: 'now',
      proration_behavior: 'always_invoice',
    });
    expect(
      migrationRequest({ ...base, effective: 'next_period', proration: 'always_invoice' }).proration_behavior,
    ).toBe('none');
  });

  it('lists a migration on the plan it leaves and on the plan it reaches', () => {
    const m = migrationRequest({
      plan: 'pp_a',
      fromVersion: 1,
      toPlan: 'pp_b',
      toVersion: 3,
      effective: 'now',
      proration: 'none',
    });
    expect([concernsPlan(m, 'pp_a'), concernsPlan(m, 'pp_b'), concernsPlan(m, 'pp_c')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('commitment fields', () => {
  it('sends only what was filled in, in the plan currency', () => {
    expect(commitmentBody(NO_COMMITMENTS, 'USD')).toEqual({});
    expect(commitmentBody({ minimum: ' 1000 ', prepaid: '12000.50', termMonths: '6' }, 'USD')).toEqual({
      minimum: { amount: '1000', currency: 'USD' },
      prepaid_commitment: { amount: '12000.50', currency: 'USD', term_months: 6 },
    });
  });

  it('refuses what the API would refuse', () => {
    expect(commitmentsValid(NO_COMMITMENTS)).toBe(true);
    for (const bad of [
      { ...NO_COMMITMENTS, minimum: '-1' },
      { ...NO_COMMITMENTS, minimum: '1e3' },
      { ...NO_COMMITMENTS, prepaid: 'abc' },
      { ...NO_COMMITMENTS, prepaid: '10', termMonths: '0' },
      { ...NO_COMMITMENTS, prepaid: '10', termMonths: '61' },
      { ...NO_COMMITMENTS, prepaid: '10', termMonths: '1.5' },
    ])
      expect(commitmentsValid(bad), JSON.stringify(bad)).toBe(false);
  });
});
