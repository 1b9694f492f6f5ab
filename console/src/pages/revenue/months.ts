/** The last `count` calendar months up to the current one in a time zone, oldest first ("2026-03"). */
export function lastMonths(count: number, timeZone: string, now: Date): string[] {
  const current = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).format(
    now,
  );
  const [year = 1970, month = 1] = current.split('-').map(Number);
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = year * 12 + (month - 1) - i;
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}
