/** The list envelope of DESIGN 5 from rows fetched with `limit + 1`. */
export function page<T>(rows: readonly T[], limit: number): { object: 'list'; data: T[]; has_more: boolean } {
  return { object: 'list', data: rows.slice(0, limit), has_more: rows.length > limit };
}
