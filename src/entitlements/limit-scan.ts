import { sql } from 'kysely';
import type { Db } from '../db/store.js';
import { ApiError } from '../shared/errors/index.js';
import type { Job } from '../worker/worker.js';
import './tables.js';

/**
 * Limit notices for customers nobody checks. After the fold, the worker looks at the events written
 * since the last scan (by the writing transaction's id, as the fold does: below the fold's horizon
 * no new event can appear), takes the customers among them whose subscriptions
 * in force carry a metered feature, and resolves each one's entitlements as the customer's list
 * does, which emits `entitlement.soft_limit_reached` / `entitlement.limit_reached` once per
 * (customer, feature, period) through the same `entitlement_firings` key as the check. Two workers
 * may scan the same range at once: the key keeps the notice single.
 */
export function limitScanJob(db: Db, resolveCustomer: (customerId: string) => Promise<unknown>): Job {
  return {
    name: 'entitlement-limit-scan',
    everyMs: 10_000,
    async run() {
      // Events from the last scan's horizon on, folded or not (the fold may lag behind an open
      // transaction anywhere in the cluster); the new horizon is the fold's: every event below it
      // is visible now, and the unfolded tail above it is looked at again next time.
      const range = await sql<{ from: string; to: string }>`
        select v.scan_horizon::text as from, greatest(v.scan_horizon, f.horizon)::text as to
        from entitlements_version v, meter_fold f where v.id = 1 and f.id = 1`.execute(db);
      const r = range.rows[0];
      if (!r) return { entitlement_customers_scanned: 0 };
      const customers = await sql<{ customer_id: string }>`
        select distinct e.customer_id from meter_events e
        where e.txid >= ${r.from}::xid8
          and exists (
            select 1 from subscriptions s
            join plan_entitlements pe on pe.plan_id = s.plan_id
            join features f on f.id = pe.feature_id and f.type = 'metered' and f.status = 'active'
            where s.customer_id = e.customer_id and s.status in ('active', 'trialing', 'past_due'))`.execute(
        db,
      );
      let scanned = 0;
      for (const { customer_id } of customers.rows) {
        try {
          await resolveCustomer(customer_id);
          scanned++;
        } catch (error) {
          // A customer deleted since its events were written has nothing left to notify.
          if (!(error instanceof ApiError && error.code === 'customer_not_found')) throw error;
        }
      }
      await sql`update entitlements_version set scan_horizon = ${r.to}::xid8
        where id = 1 and scan_horizon < ${r.to}::xid8`.execute(db);
      return { entitlement_customers_scanned: scanned };
    },
  };
}
