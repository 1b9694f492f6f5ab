import type { Db } from '../db/store.js';
import { finalizeIn } from '../invoicing/finalize.js';
import { nextDraftDue } from '../invoicing/reads.js';
import type { InvoicingService } from '../invoicing/service.js';
import type { TestClockRow } from '../test-clocks/test-clock.js';
import type { Job } from '../worker/worker.js';
import { runDueSubscriptions } from './claim.js';
import { type EngineDeps, step } from './engine.js';

export interface BillingRunner {
  /** Runs due subscriptions (not on test clocks) up to `now`, in batches of locked subscriptions. */
  runDue(now: Date, options?: { limit?: number }): Promise<{ subscriptions: number; actions: number }>;
  /** The test clock handler: every due action of the clock's customers up to `to`, in time order. */
  advanceClock(clock: TestClockRow, from: Date, to: Date): Promise<Record<string, unknown>>;
  jobs(): Job[];
}

export function createBillingRunner(db: Db, engine: EngineDeps, invoicing: InvoicingService): BillingRunner {
  return {
    runDue: (now, options) => runDueSubscriptions(db, engine, now, options),
    async advanceClock(clock, _from, to) {
      const counts = {
        period_starts: 0,
        period_ends: 0,
        changes: 0,
        service_actions: 0,
        final_sweeps: 0,
        invoices_created: 0,
        invoices_finalized: 0,
      };
      const log: { type: string; at: string; subscription?: string; invoice?: string }[] = [];
      for (;;) {
        const [sub, draft] = await Promise.all([
          db
            .selectFrom('subscriptions')
            .select(['id', 'next_action_at'])
            .where('test_clock', '=', clock.id)
            .where('next_action_at', '<=', to)
            .orderBy('next_action_at')
            .limit(1)
            .executeTakeFirst(),
          nextDraftDue(db, clock.id, to),
        ]);
        if (!sub?.next_action_at && !draft?.finalize_at) break;
        const subFirst =
          sub?.next_action_at &&
          (!draft?.finalize_at || sub.next_action_at.getTime() <= draft.finalize_at.getTime());
        if (subFirst && sub) {
          const result = await db.transaction().execute(async (trx) => {
            const row = await trx
              .selectFrom('subscriptions')
              .selectAll()
              .where('id', '=', sub.id)
              .forUpdate()
              .executeTakeFirstOrThrow();
            return step(engine, trx, row, to);
          });
          if (!result) break;
          const [, r] = result;
          const key = (
            {
              start: 'period_starts',
              period_end: 'period_ends',
              change: 'changes',
              service_action: 'service_actions',
              final_sweep: 'final_sweeps',
            } as const
          )[r.action];
          counts[key] += 1;
          if (r.invoiceId) counts.invoices_created += 1;
          log.push({
            type: r.action,
            at: r.at.toISOString(),
            subscription: sub.id,
            ...(r.invoiceId && { invoice: r.invoiceId }),
          });
        } else if (draft?.finalize_at) {
          const at = draft.finalize_at;
          await db.transaction().execute((trx) => finalizeIn(engine.invoicing, trx, draft.id, at));
          counts.invoices_finalized += 1;
          log.push({ type: 'invoice_finalized', at: at.toISOString(), invoice: draft.id });
        }
      }
      return { status: 'ready', ...counts, log: log.slice(0, 200) };
    },
    jobs() {
      return [
        {
          name: 'billing-run-due',
          everyMs: 1_000,
          run: async (now) => {
            const { subscriptions, actions } = await runDueSubscriptions(db, engine, now);
            return { subscriptions_billed: subscriptions, billing_actions: actions };
          },
        },
        {
          name: 'billing-finalize-drafts',
          everyMs: 1_000,
          run: async (now) => ({ invoices_finalized: await invoicing.finalizeDue(now) }),
        },
      ];
    },
  };
}
