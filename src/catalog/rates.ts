import type { Static } from 'typebox';
import type { Price } from '../core/pricing/price.js';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import type { BillableItemRow } from './billable-item.js';
import type { BillableItemService, GetMeter } from './billable-items.js';
import { toPrice } from './price-input.js';
import { type RateCardRow, type RateRow, sameJson } from './rate-card.js';
import { allRates, type RateCardService } from './rate-cards.js';
import { bumpLatest, lockRow } from './refs.js';
import type { PriceInput } from './schemas.js';
import { membersAt } from './versions.js';

/** Seed 004: a rate card holds at most 500 rates. */
export const MAX_RATES = 500;

type Edited = { rate: RateRow; card: RateCardRow };

/**
 * Rates on a card, versioned as seed 004 says: adding a rate for a new item extends the latest
 * version; changing or deleting one makes a new version, so subscribers pinned to an older
 * version keep exactly the prices they had. Re-sending an identical price changes nothing.
 */
export interface RateService {
  /** Adds a rate (same version) or, when the item already has one, replaces it (new version). */
  set(ref: string, input: { billable_item: string; price: Static<typeof PriceInput> }): Promise<Edited>;
  change(ref: string, rateId: string, price: Static<typeof PriceInput>): Promise<Edited>;
  /** Removes a rate from a new version; older versions keep it. */
  remove(ref: string, rateId: string): Promise<Edited>;
}

export function createRateService(
  ctx: ServiceContext,
  cards: RateCardService,
  items: BillableItemService,
  getMeter: GetMeter,
): RateService {
  /**
   * What a price needs of the item's meter: a matrix's dimensions are dimension keys its filter
   * leaves free; a percentage is of an amount the meter sums.
   */
  async function checkDimensions(price: Price, item: BillableItemRow, trx: Executor): Promise<void> {
    if (item.meter_id === null) return;
    if (price.type === 'percentage') {
      const meter = await getMeter(item.meter_id, trx);
      if (meter.formula !== 'sum')
        throw new ApiError(
          'percentage_meter_not_sum',
          `A percentage price is of an amount its meter sums; meter ${meter.id} is a ${meter.formula} meter.`,
          { param: 'price[type]' },
        );
      return;
    }
    if (price.type !== 'matrix') return;
    const meter = await getMeter(item.meter_id, trx);
    price.dimensions.forEach((d, i) => {
      if (!meter.dimension_keys.includes(d)) {
        throw new ApiError(
          'matrix_dimension_unknown',
          `Meter ${meter.id} has no dimension '${d}' (it has: ${meter.dimension_keys.join(', ') || 'none'}).`,
          { param: `price[dimensions][${i}]` },
        );
      }
      if (item.meter_filter && d in item.meter_filter) {
        throw new ApiError(
          'matrix_dimension_filtered',
          `Billable item ${item.id} already filters '${d}' to one value; a matrix cannot price it.`,
          { param: `price[dimensions][${i}]` },
        );
      }
    });
  }

  /** Runs `change` on the locked card with the rates of its latest version. */
  async function onLatest<T>(
    ref: string,
    change: (trx: Executor, card: RateCardRow, rates: RateRow[]) => Promise<T>,
  ) {
    return ctx.db.transaction().execute(async (trx) => {
      const { id } = await cards.get(ref, trx, 'id');
      await lockRow(trx, 'rate_cards', id);
      const card = await cards.get(id, trx);
      return change(trx, card, membersAt(await allRates(trx, card.id), card.latest_version));
    });
  }

  /** Closes `old` at a new version and, with a price, opens its replacement (same rate id) there. */
  async function newVersion(
    trx: Executor,
    card: RateCardRow,
    old: RateRow,
    price: Price | null,
  ): Promise<Edited> {
    const now = ctx.clock.now();
    const version = await bumpLatest(trx, 'rate_cards', card.id, now);
    await trx
      .insertInto('rate_card_versions')
      .values({ rate_card_id: card.id, version, created_at: now })
      .execute();
    await trx
      .updateTable('rates')
      .set({ to_version: version })
      .where('id', '=', old.id)
      .where('from_version', '=', old.from_version)
      .execute();
    const rate = price
      ? await trx
          .insertInto('rates')
          .values({
            ...old,
            price: JSON.stringify(price),
            from_version: version,
            to_version: null,
            created_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow()
      : { ...old, to_version: version };
    return { rate, card: await cards.get(card.id, trx) };
  }

  function existing(rates: RateRow[], rateId: string): RateRow {
    const rate = rates.find((r) => r.id === rateId);
    if (!rate) throw notFound('rate_not_found', 'rate in the latest version', rateId, 'rate');
    return rate;
  }

  return {
    async set(ref, input) {
      const price = toPrice(input.price);
      return onLatest(ref, async (trx, card, rates) => {
        const item = await items.get(input.billable_item, trx);
        if (item.type !== 'metered') {
          throw new ApiError(
            'billable_item_type_mismatch',
            `A rate prices a metered item; ${item.id} is licensed (give it a license fee).`,
            { param: 'billable_item' },
          );
        }
        await checkDimensions(price, item, trx);
        const current = rates.find((r) => r.billable_item_id === item.id);
        if (current) {
          if (sameJson(current.price, price)) return { rate: current, card };
          return newVersion(trx, card, current, price);
        }
        if (rates.length >= MAX_RATES) {
          throw new ApiError(
            'too_many_rates',
            `A rate card holds at most ${MAX_RATES} rates; ${card.id} is full.`,
            { param: 'billable_item' },
          );
        }
        const rate = await trx
          .insertInto('rates')
          .values({
            id: newId('rate'),
            rate_card_id: card.id,
            billable_item_id: item.id,
            price: JSON.stringify(price),
            from_version: card.latest_version,
            to_version: null,
            created_at: ctx.clock.now(),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return { rate, card };
      });
    },
    async change(ref, rateId, priceInput) {
      const price = toPrice(priceInput);
      return onLatest(ref, async (trx, card, rates) => {
        const current = existing(rates, rateId);
        if (sameJson(current.price, price)) return { rate: current, card };
        await checkDimensions(price, await items.get(current.billable_item_id, trx), trx);
        return newVersion(trx, card, current, price);
      });
    },
    async remove(ref, rateId) {
      return onLatest(ref, (trx, card, rates) => newVersion(trx, card, existing(rates, rateId), null));
    },
  };
}
