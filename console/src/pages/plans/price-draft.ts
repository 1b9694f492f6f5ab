import type { Price, PriceTier } from '../../api/types.js';

/**
 * The rate editor's form state: every field a string as typed, so a half-typed "0." stays on
 * screen. `toPrice` turns it into the API's price object, or says what is missing.
 */
export interface PriceDraft {
  /** A matrix is written through the API (docs/catalog.md); the editor offers the other models. */
  type: Exclude<Price['type'], 'matrix'>;
  unit_amount: string;
  package_size: string;
  rounding: 'up' | 'down';
  tiers_mode: 'graduated' | 'volume';
  tiers: PriceTier[];
  /** A percentage price: the percent, and the optional per-event parts ('' for none). */
  percentage: string;
  fixed_amount_per_event: string;
  min_per_event: string;
  max_per_event: string;
}

const DECIMAL = /^[0-9]+(\.[0-9]+)?$/;

export function draftOf(price: Price): PriceDraft {
  const base: PriceDraft = {
    type: price.type === 'matrix' ? 'per_unit' : price.type,
    unit_amount: '0',
    package_size: '1',
    rounding: 'up',
    tiers_mode: 'graduated',
    tiers: [{ up_to: null, unit_amount: '0', flat_amount: '0' }],
    percentage: '0',
    fixed_amount_per_event: '',
    min_per_event: '',
    max_per_event: '',
  };
  switch (price.type) {
    case 'per_unit':
      return { ...base, unit_amount: price.unit_amount };
    case 'package':
      return {
        ...base,
        unit_amount: price.unit_amount,
        package_size: price.package_size,
        rounding: price.rounding ?? 'up',
      };
    case 'tiered':
      return { ...base, tiers_mode: price.tiers_mode, tiers: price.tiers.map((t) => ({ ...t })) };
    case 'matrix':
      return { ...base, unit_amount: price.entries[0]?.unit_amount ?? '0' };
    case 'percentage':
      return {
        ...base,
        percentage: price.percentage,
        fixed_amount_per_event: price.fixed_amount_per_event ?? '',
        min_per_event: price.min_per_event ?? '',
        max_per_event: price.max_per_event ?? '',
      };
  }
}

export type DraftResult = { ok: true; price: Price } | { ok: false; problem: string };

function tiersProblem(tiers: PriceTier[]): string | undefined {
  if (tiers.length === 0) return 'at least one tier';
  let previous = -1;
  for (const [i, tier] of tiers.entries()) {
    const last = i === tiers.length - 1;
    if (!DECIMAL.test(tier.unit_amount) || !DECIMAL.test(tier.flat_amount)) return `tier ${i + 1}: amounts`;
    if (last) {
      if (tier.up_to !== null) return 'the last tier has no upper bound';
      continue;
    }
    if (tier.up_to === null || !DECIMAL.test(tier.up_to)) return `tier ${i + 1}: up to`;
    // Bounds only need ordering, so a float comparison of the typed numbers is enough here.
    const bound = Number(tier.up_to);
    if (bound <= previous) return `tier ${i + 1}: up to must grow`;
    previous = bound;
  }
  return undefined;
}

/** A percentage draft as the API's price: the optional parts left empty are null. */
function percentagePrice(d: PriceDraft): DraftResult {
  // A bound check only: the server validates the exact decimal again.
  if (!DECIMAL.test(d.percentage) || Number(d.percentage) > 100) return { ok: false, problem: 'percentage' };
  const parts = ['fixed_amount_per_event', 'min_per_event', 'max_per_event'] as const;
  const bad = parts.find((k) => d[k] !== '' && !DECIMAL.test(d[k]));
  if (bad) return { ok: false, problem: bad.replaceAll('_', ' ') };
  if (d.min_per_event !== '' && d.max_per_event !== '' && Number(d.min_per_event) > Number(d.max_per_event))
    return { ok: false, problem: 'min per event above max per event' };
  const part = (k: (typeof parts)[number]) => (d[k] === '' ? null : d[k]);
  return {
    ok: true,
    price: {
      type: 'percentage',
      percentage: d.percentage,
      fixed_amount_per_event: part('fixed_amount_per_event'),
      min_per_event: part('min_per_event'),
      max_per_event: part('max_per_event'),
    },
  };
}

export function toPrice(d: PriceDraft): DraftResult {
  switch (d.type) {
    case 'percentage':
      return percentagePrice(d);
    case 'per_unit':
      return DECIMAL.test(d.unit_amount)
        ? { ok: true, price: { type: 'per_unit', unit_amount: d.unit_amount } }
        : { ok: false, problem: 'unit amount' };
    case 'package':
      if (!DECIMAL.test(d.unit_amount)) return { ok: false, problem: 'unit amount' };
      if (!DECIMAL.test(d.package_size) || /^0+(\.0+)?$/.test(d.package_size))
        return { ok: false, problem: 'package size' };
      return {
        ok: true,
        price: {
          type: 'package',
          unit_amount: d.unit_amount,
          package_size: d.package_size,
          rounding: d.rounding,
        },
      };
    case 'tiered': {
      const problem = tiersProblem(d.tiers);
      return problem
        ? { ok: false, problem }
        : { ok: true, price: { type: 'tiered', tiers_mode: d.tiers_mode, tiers: d.tiers } };
    }
  }
}

/** Adds a tier before the unbounded last one, starting where the previous bound left off. */
export function addTier(tiers: PriceTier[]): PriceTier[] {
  const bounded = tiers.slice(0, -1);
  const last = tiers.at(-1) ?? { up_to: null, unit_amount: '0', flat_amount: '0' };
  const previous = bounded.at(-1)?.up_to;
  const next = previous && DECIMAL.test(previous) ? String(Number(previous) * 2 || 10) : '10';
  return [...bounded, { up_to: next, unit_amount: last.unit_amount, flat_amount: '0' }, last];
}

export function removeTier(tiers: PriceTier[], index: number): PriceTier[] {
  if (tiers.length <= 1) return tiers;
  const next = tiers.filter((_, i) => i !== index);
  const last = next.at(-1);
  if (last) next[next.length - 1] = { ...last, up_to: null };
  return next;
}
