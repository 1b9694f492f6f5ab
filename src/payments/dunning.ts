import type { AccountService } from '../account/service.js';
import {
  DEFAULT_DUNNING,
  type DunningStep,
  dunningSteps,
  stepsDue,
} from '../core/billing/dunning-schedule.js';
import { Decimal } from '../core/money/decimal.js';
import type { Db, Executor } from '../db/store.js';
import type { InvoiceJson } from '../invoicing/invoice.js';
import { invoiceJsonIn, type OpenInvoiceDue, openInvoicesDue } from '../invoicing/reads.js';
import type { InvoicingService } from '../invoicing/service.js';
import type { SubscriptionService } from '../subscriptions/service.js';
import { emitEvent } from '../webhooks/emit.js';
import type { Job, JobSummary } from '../worker/worker.js';
import type { PaymentProvider } from './provider.js';
import './tables.js';

export interface DunningDeps {
  readonly db: Db;
  readonly account: AccountService;
  readonly invoicing: Pick<InvoicingService, 'markUncollectibleIn' | 'markPaymentFailed'>;
  readonly subscriptions: Pick<SubscriptionService, 'cancel' | 'markPastDue'>;
  readonly provider: () => Promise<PaymentProvider>;
  /** Wall-clock time, for claims (a test clock's time says when a step is due, not when it ran). */
  readonly now: () => Date;
}

export interface Dunning {
  /** Takes every step due by `now` of invoices of customers on no test clock (the worker's job). */
  runDue(now: Date): Promise<JobSummary>;
  /** The same for one test clock's customers, up to its new time, each step at its own time. */
  advanceClock(clockId: string, to: Date): Promise<JobSummary>;
  jobs(): Job[];
}

/** The longest reminder lead the API accepts (collection-schema.ts): invoices due later wait. */
const MAX_LEAD_MS = 61 * 86_400_000;
/** A `pending` step older than this belongs to a run that died; another run takes it again. */
const STALE_PENDING_MS = 10 * 60_000;

type Outcome = string;

/** Outcomes after which an invoice's later steps are not taken. */
const SETTLED = new Set<Outcome>(['skipped_closed', 'skipped_collected', 'retry_succeeded']);

/**
 * Collection after finalization: reminders, the overdue notice, retries through the payment
 * provider and the account's final action, per invoice, from its due date and the account's
 * dunning policy (src/core/billing/dunning-schedule.ts).
 *
 * Each step happens once. Its row in `dunning_steps` is inserted in the transaction that takes the
 * step (webhook, past_due, marking uncollectible), so two workers, or a worker and a restart, can
 * never both take it: the second insert waits for the first and then finds the row. A retry and a
 * cancellation run outside that transaction (a call to Stripe; the cancellation's own
 * transaction): their row is claimed as `pending` first and completed after, and a stale pending
 * row is taken again by the next run (both actions are safe to repeat).
 */
export function createDunning(deps: DunningDeps): Dunning {
  const { db } = deps;

  async function run(testClock: string | null, until: Date): Promise<JobSummary> {
    const account = await deps.account.get();
    const policy = account.dunning ?? DEFAULT_DUNNING;
    const zone = account.time_zone;
    const counts: Record<string, number> = {};
    await retakeStale(counts);
    const invoices = await openInvoicesDue(db, testClock, new Date(until.getTime() + MAX_LEAD_MS));
    if (invoices.length === 0) return counts;
    const taken = await db
      .selectFrom('dunning_steps')
      .select(['invoice_id', 'step'])
      .where(
        'invoice_id',
        'in',
        invoices.map((i) => i.id),
      )
      .execute();
    const doneOf = new Map<string, Set<string>>();
    for (const t of taken) doneOf.set(t.invoice_id, (doneOf.get(t.invoice_id) ?? new Set()).add(t.step));
    for (const invoice of invoices) {
      const steps = stepsDue(
        dunningSteps(invoice.due_date, policy, zone),
        doneOf.get(invoice.id) ?? new Set(),
        until,
      );
      for (const step of steps) {
        const outcome = await take(invoice, step, policy.final_action);
        counts[`dunning_${step.kind}`] = (counts[`dunning_${step.kind}`] ?? 0) + 1;
        // Paid, voided or given up on, or charged by a retry whose payment the provider's webhook
        // has yet to record: its later steps have nothing left to do.
        if (SETTLED.has(outcome)) break;
      }
    }
    return counts;
  }

  /**
   * True once a retry of the invoice has been charged: the provider records the payment by its
   * own path (Stripe's `invoice.paid` webhook), which can arrive after the next step is due, and
   * no reminder, retry or final action may follow a successful charge.
   */
  async function collectedByRetry(trx: Executor, invoiceId: string): Promise<boolean> {
    const row = await trx
      .selectFrom('dunning_steps')
      .select('step')
      .where('invoice_id', '=', invoiceId)
      .where('outcome', '=', 'retry_succeeded')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Claims a step and takes it in one transaction; actions outside it follow the commit. */
  async function take(invoice: OpenInvoiceDue, step: DunningStep, finalAction: string): Promise<Outcome> {
    const after = await db.transaction().execute(async (trx) => {
      const claimed = await trx
        .insertInto('dunning_steps')
        .values({
          invoice_id: invoice.id,
          step: step.key,
          scheduled_at: step.at,
          taken_at: deps.now(),
          outcome: 'pending',
        })
        .onConflict((oc) => oc.columns(['invoice_id', 'step']).doNothing())
        .returning('step')
        .executeTakeFirst();
      if (!claimed) return { outcome: 'taken_elsewhere' as Outcome, later: false };
      const current = await invoiceJsonIn(trx, invoice.id);
      const outcome = !(current && isOwed(current))
        ? 'skipped_closed'
        : (await collectedByRetry(trx, invoice.id))
          ? 'skipped_collected'
          : await takeIn(trx, current, step, finalAction);
      if (outcome !== 'pending') await setOutcome(trx, invoice.id, step.key, outcome);
      return { outcome, later: outcome === 'pending' };
    });
    if (!after.later) return after.outcome;
    return complete(invoice, step, finalAction);
  }

  /** The part of a step that lives in the claim's transaction; `pending` means "after commit". */
  async function takeIn(
    trx: Executor,
    invoice: InvoiceJson,
    step: DunningStep,
    finalAction: string,
  ): Promise<Outcome> {
    const data = { ...invoice, dunning: { step: step.key, days_from_due: step.day } };
    switch (step.kind) {
      case 'reminder':
        await emitEvent(trx, 'invoice.payment_reminder', data, step.at);
        return 'reminder_sent';
      case 'overdue':
        await emitEvent(trx, 'invoice.overdue', data, step.at);
        if (invoice.subscription) await deps.subscriptions.markPastDue(invoice.subscription, trx, step.at);
        return 'overdue_sent';
      case 'retry':
        return 'pending';
      case 'final':
        if (finalAction === 'mark_uncollectible') {
          await deps.invoicing.markUncollectibleIn(trx, invoice.id, step.at);
          return 'marked_uncollectible';
        }
        if (finalAction === 'cancel_subscription' && invoice.subscription) return 'pending';
        return 'left_past_due';
    }
  }

  /** Retries collection or cancels the subscription, then records what happened. */
  async function complete(invoice: OpenInvoiceDue, step: DunningStep, finalAction: string): Promise<Outcome> {
    let outcome: Outcome;
    if (step.kind === 'retry') {
      const result = await (await deps.provider()).retryCollection(invoice.id, step.key);
      outcome = `retry_${result.outcome}`;
      if (result.outcome === 'failed') {
        await deps.invoicing.markPaymentFailed(invoice.id, { reason: result.reason }).catch(() => undefined);
      }
    } else {
      outcome = finalAction === 'cancel_subscription' ? await cancel(invoice) : 'left_past_due';
    }
    await setOutcome(db, invoice.id, step.key, outcome);
    return outcome;
  }

  // At the customer's now (a clock's new time): the billing run before has already brought the
  // subscription there, and a cancellation cannot go back before periods already billed.
  async function cancel(invoice: OpenInvoiceDue): Promise<Outcome> {
    if (!invoice.subscription_id) return 'left_past_due';
    try {
      await deps.subscriptions.cancel(invoice.subscription_id, { at: 'now', proration_behavior: 'none' });
      return 'subscription_canceled';
    } catch (error) {
      // Canceled already (by hand, or by a run that died before recording it): the step is done.
      if ((error as { code?: string }).code === 'subscription_canceled') return 'subscription_canceled';
      throw error;
    }
  }

  /** Steps left `pending` by a run that died are taken again, by one run only. */
  async function retakeStale(counts: Record<string, number>): Promise<void> {
    const cutoff = new Date(deps.now().getTime() - STALE_PENDING_MS);
    const stale = await db
      .updateTable('dunning_steps')
      .set({ taken_at: deps.now() })
      .where('outcome', '=', 'pending')
      .where('taken_at', '<', cutoff)
      .returning(['invoice_id', 'step', 'scheduled_at'])
      .execute();
    if (stale.length === 0) return;
    const account = await deps.account.get();
    const finalAction = (account.dunning ?? DEFAULT_DUNNING).final_action;
    for (const s of stale) {
      const row = await invoiceJsonIn(db, s.invoice_id);
      if (!row) continue;
      const kind = s.step.startsWith('retry:') ? 'retry' : 'final';
      await complete(
        {
          id: row.id,
          customer_id: row.customer,
          subscription_id: row.subscription,
          due_date: s.scheduled_at,
        },
        { key: s.step, kind, at: s.scheduled_at, day: 0 },
        finalAction,
      );
      counts.dunning_retaken = (counts.dunning_retaken ?? 0) + 1;
    }
  }

  return {
    runDue: (now) => run(null, now),
    advanceClock: (clockId, to) => run(clockId, to),
    jobs: () => [{ name: 'dunning', everyMs: 60_000, run: (now) => run(null, now) }],
  };
}

function isOwed(invoice: InvoiceJson): boolean {
  return invoice.status === 'open' && new Decimal(invoice.amount_remaining).isPositive();
}

async function setOutcome(executor: Executor, invoiceId: string, step: string, outcome: Outcome) {
  await executor
    .updateTable('dunning_steps')
    .set({ outcome })
    .where('invoice_id', '=', invoiceId)
    .where('step', '=', step)
    .execute();
}
