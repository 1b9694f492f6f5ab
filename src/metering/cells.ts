import { Decimal, sum } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import { ApiError } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import { cancelEvents, lockCell } from './cancel.js';
import type { MeterRow } from './meter.js';
import { storeEvents } from './rollup-store.js';

export type CellMethod = 'add' | 'sub' | 'direct';

/** The platform FAQ's cell rule: add and sub move the value at a timestamp, direct sets it. */
export function nextCellValue(current: Decimal, method: CellMethod, count: Decimal): Decimal {
  switch (method) {
    case 'add':
      return current.plus(count);
    case 'sub':
      return current.minus(count);
    case 'direct':
      return count;
  }
}

async function liveAt(trx: Executor, meterId: string, customerId: string, at: Date) {
  return trx
    .selectFrom('meter_events')
    .selectAll()
    .where('meter_id', '=', meterId)
    .where('customer_id', '=', customerId)
    .where('ts', '=', at)
    .where('cancelled_at', 'is', null)
    .forUpdate()
    .execute();
}

/** A cell holds one number: meaningful for meters that aggregate values (sum, max, last). */
export function assertCellFormula(meter: MeterRow): void {
  if (meter.formula === 'count' || meter.formula === 'unique_count') {
    throw new ApiError(
      'meter_formula_unsupported',
      `Meter '${meter.event_name}' counts events (${meter.formula}); counts can only be set on sum, max or last meters.`,
    );
  }
}

/**
 * Sets the cell (meter, customer, timestamp): the live events at that instant are cancelled
 * (kept as audit records) and replaced by one event holding the new value, so the cell reads the
 * same under every formula (a sum of deltas would break `max`).
 */
export async function writeCell(
  trx: Executor,
  input: { meter: MeterRow; customerId: string; at: Date; method: CellMethod; count: Decimal; now: Date },
): Promise<Decimal> {
  const { meter, customerId, at, now } = input;
  assertCellFormula(meter);
  await lockCell(trx, meter.id, customerId, at);
  const live = await liveAt(trx, meter.id, customerId, at);
  const current = sum(live.map((e) => new Decimal(e.value)));
  const next = nextCellValue(current, input.method, input.count);
  if (next.isNegative() && meter.formula !== 'sum') {
    throw new ApiError('invalid_value', `The count of a ${meter.formula} meter cannot go below zero.`, {
      param: 'count',
    });
  }
  await cancelEvents(trx, live, now);
  if (!next.isZero()) {
    const id = newId('evt');
    const event = {
      id,
      meterId: meter.id,
      customerId,
      identifier: id,
      ts: at,
      value: next,
      distinctValue: null,
      dimKey: '[]',
      dimensions: {},
    };
    // The insert re-checks the meter's status: an inactive meter takes no new value, and throwing
    // rolls back the cancels above, so the cell keeps its old value instead of losing it.
    if ((await storeEvents(trx, [event], now)).size > 0) {
      throw new ApiError('meter_inactive', `Meter ${meter.id} is inactive.`, { param: 'metering_unit_name' });
    }
  }
  return next;
}

/** Empties a cell (DELETE): every live event at that instant is cancelled. */
export async function clearCell(
  trx: Executor,
  meter: MeterRow,
  customerId: string,
  at: Date,
  now: Date,
): Promise<void> {
  await lockCell(trx, meter.id, customerId, at);
  await cancelEvents(trx, await liveAt(trx, meter.id, customerId, at), now);
}
