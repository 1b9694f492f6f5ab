import type { Static } from 'typebox';
import type { AccountService } from '../account/service.js';
import { assembleInvoice, invoiceLines, type MeteredUsage } from '../core/billing/assemble.js';
import type { DiscountSpec } from '../core/billing/discounts.js';
import { type LineDraft, usageKey } from '../core/billing/line.js';
import { rateItemKey } from '../core/billing/matrix-rates.js';
import type { FeeSlice } from '../core/billing/proration.js';
import { Decimal, sum } from '../core/money/decimal.js';
import { formatAmount } from '../core/money/money.js';
import { period } from '../core/time/period.js';
import type { CustomerService } from '../customers/service.js';
import { type AggregateUsage, rateQuery, rateUsage } from '../metering/usage-query.js';
import { ApiError } from '../shared/errors/index.js';
import { type PricedLine, pricedFee, pricedUsage, quantitiesByItem } from './preview.js';
import { creditJson, planRefJson, pricedLineJson } from './priced-json.js';
import type { ResolvePlan } from './resolve.js';
import type { SimulateRequest } from './schemas.js';
import { servicePeriods } from './service-periods.js';

/** Keys a simulation's lines: they are never stored, so any fixed owner does. */
const SIMULATION = 'simulation';

export interface SimulateDeps {
  readonly resolvePlan: ResolvePlan;
  readonly aggregate: AggregateUsage;
  readonly customers: CustomerService;
  readonly account: AccountService;
  /** The discounts a simulation carries (the discounts slice, bound late); none when absent. */
  readonly discountsFor?: SimulationDiscounts;
}

export type SimulationDiscounts = (
  customerId: string,
  currency: string,
  hypothetical: { coupon?: string; promotion_code?: string },
  start: Date,
  /** The simulated charges before discounts (a promotion code's minimum_amount is checked on it). */
  subtotal: Decimal,
) => Promise<DiscountSpec[]>;

export type Simulate = (
  customerRef: string,
  input: Static<typeof SimulateRequest>,
) => Promise<Record<string, unknown>>;

/**
 * What a customer's recorded usage in a window would cost under a plan version, without a
 * subscription: each rate card's service intervals are counted from the window's start (tiers
 * reset each interval, the last one is cut at the window's end) and every license fee is charged
 * in advance for each of its intervals that starts in the window. Lines and the total come from
 * the invoice assembly itself (core/billing/assemble.ts), so a month simulated prices exactly as
 * the invoice does; what differs is the inputs (intervals counted from the window's start, no
 * credits, tax or balance). Lines are rounded once each.
 * Credits from service actions are listed, not deducted: burn-down order is billing's.
 */
export function createSimulator(deps: SimulateDeps): Simulate {
  return async (customerRef, input) => {
    const customer = await deps.customers.get(customerRef);
    const start = new Date(input.start_time);
    const end = new Date(input.end_time);
    if (end.getTime() <= start.getTime()) {
      throw new ApiError('parameter_invalid', 'end_time must be after start_time.', { param: 'end_time' });
    }
    const window = period(start, end);
    const plan = await deps.resolvePlan(input.pricing_plan, input.pricing_plan_version);
    const { quantities, unknown } = quantitiesByItem(plan, input.quantities ?? {});
    if (unknown[0] !== undefined) {
      throw new ApiError('parameter_invalid', `Plan ${plan.id} has no license fee for '${unknown[0]}'.`, {
        param: `quantities[${unknown[0]}]`,
      });
    }
    const zone = (await deps.account.get()).time_zone;
    const periodsOf = (interval: Parameters<typeof servicePeriods>[1], what: string) => {
      const periods = servicePeriods(window, interval, zone);
      if (!periods) {
        throw new ApiError('parameter_invalid', `The window holds too many service intervals of ${what}.`, {
          param: 'end_time',
        });
      }
      return periods;
    };
    // The invoice assembly's inputs (core/billing/assemble.ts): every rate's usage in each of its
    // card's service intervals, and every fee in advance for each of its intervals, whole.
    const usage: MeteredUsage[] = [];
    const shown: ((line: LineDraft) => PricedLine)[] = [];
    for (const card of plan.rateCards) {
      const periods = periodsOf(card.serviceInterval, card.id);
      for (const r of card.rates) {
        const item = r.billableItem;
        if (item.meterId === null) continue;
        for (const p of periods) {
          const read = await rateUsage(deps.aggregate, rateQuery(r, customer.id, p));
          usage.push({ key: usageKey(SIMULATION, rateItemKey(r), p), rate: r, interval: p, ...read });
          shown.push((line) => pricedUsage(line, card, r, p));
        }
      }
    }
    const fees: FeeSlice[] = [];
    for (const fee of plan.licenseFees) {
      for (const p of periodsOf(fee.serviceInterval, fee.id)) {
        const quantity = quantities.get(fee.licensedItem.id) ?? new Decimal(1);
        // The last interval is shown cut at the window's end but charged whole, as in advance.
        fees.push({
          feeId: fee.id,
          name: fee.name,
          billableItemId: fee.licensedItem.id,
          unitAmount: new Decimal(fee.unitAmount),
          quantity,
          slice: { period: p, full: p },
        });
        shown.push((line) => pricedFee(line, fee, p));
      }
    }
    const minimum = input.minimum && {
      amount: new Decimal(input.minimum.amount),
      period: window,
      active: window,
      billedBefore: [],
    };
    if (input.minimum && input.minimum.currency.toUpperCase() !== plan.currency) {
      throw new ApiError('currency_mismatch', `Plan ${plan.id} is in ${plan.currency}.`, {
        param: 'minimum[currency]',
      });
    }
    const hypothetical = {
      ...(input.coupon !== undefined && { coupon: input.coupon }),
      ...(input.promotion_code !== undefined && { promotion_code: input.promotion_code }),
    };
    const subtotal = sum(
      invoiceLines({ currency: plan.currency, owner: SIMULATION, usage, fees }).map((l) => l.amount),
    );
    const discounts =
      (await deps.discountsFor?.(customer.id, plan.currency, hypothetical, start, subtotal)) ?? [];
    const assembled = assembleInvoice({
      currency: plan.currency,
      owner: SIMULATION,
      usage,
      fees,
      discounts,
      ...(minimum && { minimum }),
    });
    // The true-up, when there is one, is the assembly's last line (core/billing/commitments.ts);
    // discount lines come after the charges (core/billing/discounts.ts).
    const trueUp = assembled.lines.find((l) => l.type === 'minimum_commitment_true_up');
    const discountLines = assembled.lines.filter((l) => l.type === 'discount');
    const priced = assembled.lines.filter((l) => l !== trueUp && l.type !== 'discount');
    const lines = priced.map((line, i) => (shown[i] as (l: LineDraft) => PricedLine)(line));
    return {
      object: 'simulation',
      customer: customer.id,
      ...planRefJson(plan),
      start_time: start.toISOString(),
      end_time: end.toISOString(),
      lines: lines.map((l) => pricedLineJson(l, plan.currency)),
      ...(input.minimum && {
        minimum_commitment_true_up: trueUp
          ? { description: trueUp.description, amount: formatAmount(trueUp.amount, plan.currency) }
          : null,
      }),
      discounts: discountLines.map((l) => ({
        // The line's key is `simulation:discount:<discount id>:<period start>`.
        discount: l.key.split(':')[2] as string,
        description: l.description,
        amount: formatAmount(l.amount, plan.currency),
      })),
      credits: plan.serviceActions.flatMap((a) =>
        periodsOf(a.serviceInterval, a.id).map((p) => ({
          ...creditJson(a),
          period_start: p.start.toISOString(),
          period_end: p.end.toISOString(),
        })),
      ),
      total: formatAmount(assembled.totals.total, plan.currency),
    };
  };
}
