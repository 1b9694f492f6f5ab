import { checkAmount, checkPositive, dec } from './amounts.js';
import type { Tier } from './price.js';
import type { PriceProblem } from './problem.js';

export const MAX_TIERS = 100;

/**
 * The tier rules both tiered modes share: at least one tier, bounds strictly ascending, only the
 * last tier unbounded (`up_to: null`), and non-negative amounts.
 */
export function validateTiers(tiers: readonly Tier[]): PriceProblem[] {
  if (!Array.isArray(tiers) || tiers.length === 0)
    return [{ param: 'tiers', message: 'A tiered price needs at least one tier.' }];
  if (tiers.length > MAX_TIERS)
    return [{ param: 'tiers', message: `A tiered price has at most ${MAX_TIERS} tiers.` }];
  const problems: PriceProblem[] = [];
  let previous: string | null = null;
  tiers.forEach((tier, i) => {
    const at = `tiers[${i}]`;
    const last = i === tiers.length - 1;
    problems.push(...checkAmount(tier.unit_amount, `${at}[unit_amount]`));
    problems.push(...checkAmount(tier.flat_amount, `${at}[flat_amount]`));
    if (tier.up_to === null) {
      if (!last)
        problems.push({
          param: `${at}[up_to]`,
          message: 'Only the last tier can be unbounded (up_to: null).',
        });
      return;
    }
    if (last) {
      problems.push({ param: `${at}[up_to]`, message: 'The last tier must be unbounded (up_to: null).' });
      return;
    }
    const bound = checkPositive(tier.up_to, `${at}[up_to]`);
    problems.push(...bound);
    if (bound.length === 0 && previous !== null && !dec(tier.up_to).greaterThan(dec(previous)))
      problems.push({ param: `${at}[up_to]`, message: 'Tier bounds must be strictly ascending.' });
    if (bound.length === 0) previous = tier.up_to;
  });
  return problems;
}
