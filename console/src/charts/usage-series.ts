import type { UsageRow } from '../api/types.js';
import { dayKey } from '../format/format.js';

export interface Series {
  /** One row per day: `day` and one numeric field per series name. */
  rows: Record<string, string | number>[];
  names: string[];
}

/**
 * Turns daily usage buckets into chart rows, one per day of [start, end) in the account's time
 * zone, with missing days at zero. Chart heights are plotted as numbers (display only); the
 * exact decimal strings stay in tooltips and tables.
 */
export function dailySeries(
  usage: UsageRow[],
  start: string,
  end: string,
  timeZone: string,
  groupBy?: string,
): Series {
  const names = new Set<string>();
  const byDay = new Map<string, Record<string, string | number>>();
  const last = new Date(end).getTime() - 1;
  // Step in 6-hour increments so a day is never skipped around daylight-saving changes.
  for (let t = new Date(start).getTime(); t <= last; t += 6 * 3600_000) {
    const day = dayKey(new Date(t).toISOString(), timeZone);
    if (!byDay.has(day)) byDay.set(day, { day });
  }
  for (const row of usage) {
    const day = dayKey(row.start_time, timeZone);
    const name = groupBy ? String(row.dimensions?.[groupBy] ?? '—') : 'value';
    names.add(name);
    const entry = byDay.get(day) ?? { day };
    entry[name] = Number(entry[name] ?? 0) + Number(row.value);
    byDay.set(day, entry);
  }
  if (names.size === 0) names.add('value');
  const rows = [...byDay.values()].sort((a, b) => String(a.day).localeCompare(String(b.day)));
  for (const r of rows) for (const n of names) r[n] ??= 0;
  return { rows, names: [...names] };
}
