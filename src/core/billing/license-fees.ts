import { Decimal } from '../money/decimal.js';
import { roundAmount } from '../money/money.js';
import type { Period } from '../time/period.js';
import type { LineDraft } from './line.js';
import { type Schedule, type Slice, slicesStartingIn } from './periods.js';
import { coveredShare, type FeeSlice } from './proration.js';
import type { ResolvedLicenseFee } from './resolved-plan.js';

export type Quantities = Readonly<Record<string, string>>;

/** A fee's quantity on a subscription: its component configuration, or 1. */
export function quantityOf(fee: ResolvedLicenseFee, quantities: Quantities): Decimal {
  return new Decimal(quantities[fee.id] ?? '1');
}

export function feeSchedule(base: Omit<Schedule, 'interval'>, fee: ResolvedLicenseFee): Schedule {
  return { ...base, interval: fee.serviceInterval };
}

/** Every service interval of every fee that starts inside `window`, with its quantity. */
export function feeSlices(
  fees: readonly ResolvedLicenseFee[],
  quantities: Quantities,
  base: Omit<Schedule, 'interval'>,
  window: Period,
): FeeSlice[] {
  return fees.flatMap((fee) =>
    slicesStartingIn(feeSchedule(base, fee), window).map((slice: Slice) => ({
      feeId: fee.id,
      name: fee.name,
      billableItemId: fee.licensedItem.id,
      unitAmount: new Decimal(fee.unitAmount),
      quantity: quantityOf(fee, quantities),
      slice,
    })),
  );
}

/**
 * License fees billed in advance: one line per fee per service interval starting in the window.
 * A first interval cut short by the subscription's start is charged for the share it covers.
 */
export function licenseFeeLines(
  slices: readonly FeeSlice[],
  currency: string,
  subscriptionId: string,
): LineDraft[] {
  return slices.map((f) => {
    const share = coveredShare(f.slice);
    const partial = !share.equals(1);
    return {
      key: `${subscriptionId}:fee:${f.feeId}:${f.slice.period.start.toISOString()}`,
      type: 'license_fee',
      description: `${f.name} × ${f.quantity.toFixed()}${partial ? ' (partial period)' : ''}`,
      billableItemId: f.billableItemId,
      quantity: f.quantity,
      unitAmount: f.unitAmount,
      amount: roundAmount(f.unitAmount.times(f.quantity).times(share), currency),
      periodStart: f.slice.period.start,
      periodEnd: f.slice.period.end,
    };
  });
}
