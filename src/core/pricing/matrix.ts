import { Decimal } from '../money/decimal.js';
import { checkAmount, dec } from './amounts.js';
import type { PriceProblem } from './problem.js';

/**
 * One unit price per combination of dimension values on one billable item (region × model →
 * price per token), instead of one billable item per value. The dimensions are group_by keys of
 * the item's meter; usage is aggregated per combination and each combination is one invoice line.
 */
export interface MatrixPrice {
  readonly type: 'matrix';
  /** The meter's group_by keys the price depends on, in the order of each entry's `values`. */
  readonly dimensions: readonly string[];
  readonly entries: readonly MatrixEntry[];
  /**
   * The unit price of a combination no entry names (and of usage missing a dimension); null
   * makes such usage an error: it is reported as unpriced and the invoice cannot be made from it.
   */
  readonly default_unit_amount: string | null;
}

export interface MatrixEntry {
  /** One value per dimension, in the order of `dimensions`. */
  readonly values: readonly string[];
  readonly unit_amount: string;
}

/** A period's usage of one combination: the dimension values as the meter grouped them. */
export interface MatrixUsage {
  readonly values: Readonly<Record<string, string | null>>;
  readonly quantity: Decimal;
}

/** One rated combination: what an invoice line shows (its dimension values) and its unrounded amount. */
export interface MatrixLine {
  readonly values: Readonly<Record<string, string>>;
  readonly quantity: Decimal;
  readonly unit_amount: Decimal;
  readonly amount: Decimal;
  /** `entry` when an entry priced it, `default` when the default did. */
  readonly priced_by: 'entry' | 'default';
}

export interface MatrixRating {
  readonly lines: MatrixLine[];
  /** Usage no entry matches while there is no default (an error for the caller to raise). */
  readonly unpriced: MatrixUsage[];
}

const keyOf = (values: readonly (string | null | undefined)[]) => JSON.stringify(values);

/**
 * Rates usage per combination: usage of the same combination is added up first (one line per
 * combination, rounded once per line by the invoice), then priced by its entry, or the default.
 * Lines come in the order of `entries`, then default-priced combinations sorted by their values.
 * A negative quantity is rated like any per-unit price: quantity × unit price.
 */
export function rateMatrix(price: MatrixPrice, usage: readonly MatrixUsage[]): MatrixRating {
  const byKey = new Map<string, { values: (string | null)[]; quantity: Decimal }>();
  for (const u of usage) {
    const values = price.dimensions.map((d) => u.values[d] ?? null);
    const key = keyOf(values);
    const seen = byKey.get(key);
    byKey.set(key, { values, quantity: (seen?.quantity ?? new Decimal(0)).plus(u.quantity) });
  }
  const named = (values: readonly (string | null)[]) =>
    Object.fromEntries(price.dimensions.map((d, i) => [d, values[i] ?? '']));
  const lines: MatrixLine[] = [];
  for (const entry of price.entries) {
    const found = byKey.get(keyOf(entry.values));
    if (!found) continue;
    byKey.delete(keyOf(entry.values));
    const unit = dec(entry.unit_amount);
    lines.push({
      values: named(entry.values),
      quantity: found.quantity,
      unit_amount: unit,
      amount: found.quantity.times(unit),
      priced_by: 'entry',
    });
  }
  const rest = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  const unpriced: MatrixUsage[] = [];
  for (const { values, quantity } of rest) {
    if (price.default_unit_amount === null) {
      unpriced.push({
        values: Object.fromEntries(price.dimensions.map((d, i) => [d, values[i] ?? null])),
        quantity,
      });
      continue;
    }
    const unit = dec(price.default_unit_amount);
    lines.push({
      values: named(values),
      quantity,
      unit_amount: unit,
      amount: quantity.times(unit),
      priced_by: 'default',
    });
  }
  return { lines, unpriced };
}

/** The total of a matrix rating (the default-less unpriced usage must have been refused before). */
export function matrixTotal(rating: MatrixRating): Decimal {
  return rating.lines.reduce((sum, l) => sum.plus(l.amount), new Decimal(0));
}

const MAX_DIMENSIONS = 4;
const MAX_ENTRIES = 1000;

export function validateMatrix(price: MatrixPrice): PriceProblem[] {
  const problems: PriceProblem[] = [];
  const dims = Array.isArray(price.dimensions) ? price.dimensions : [];
  if (dims.length === 0 || dims.length > MAX_DIMENSIONS)
    problems.push({
      param: 'dimensions',
      message: `dimensions must name 1 to ${MAX_DIMENSIONS} group_by keys.`,
    });
  if (new Set(dims).size !== dims.length)
    problems.push({ param: 'dimensions', message: 'dimensions must not repeat a key.' });
  dims.forEach((d, i) => {
    if (typeof d !== 'string' || d.length === 0)
      problems.push({ param: `dimensions[${i}]`, message: 'A dimension is a non-empty group_by key.' });
  });
  const entries = Array.isArray(price.entries) ? price.entries : [];
  if (entries.length === 0 || entries.length > MAX_ENTRIES)
    problems.push({ param: 'entries', message: `entries must hold 1 to ${MAX_ENTRIES} combinations.` });
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    const values: unknown = e.values;
    if (
      !Array.isArray(values) ||
      values.length !== dims.length ||
      values.some((v: unknown) => typeof v !== 'string')
    )
      problems.push({
        param: `entries[${i}][values]`,
        message: `values must hold one string per dimension (${dims.length}).`,
      });
    else if (seen.has(keyOf(e.values)))
      problems.push({ param: `entries[${i}][values]`, message: 'This combination is priced twice.' });
    else seen.add(keyOf(e.values));
    problems.push(...checkAmount(e.unit_amount, `entries[${i}][unit_amount]`));
  });
  if (price.default_unit_amount !== null && price.default_unit_amount !== undefined)
    problems.push(...checkAmount(price.default_unit_amount, 'default_unit_amount'));
  return problems;
}
