import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  align?: 'left' | 'right';
  /** Keep the cell on one line (dates, periods, ids). */
  nowrap?: boolean;
}

function cellClass(c: { align?: 'left' | 'right'; nowrap?: boolean }): string | undefined {
  if (c.align === 'right') return 'num';
  return c.nowrap ? 'nowrap' : undefined;
}

/** A plain table; rows keyed by `rowKey`. Shows the empty message when there are no rows. */
export function Table<T>({
  columns,
  rows,
  rowKey,
  empty,
}: {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T, index: number) => string;
  empty?: string;
}) {
  const { t } = useI18n();
  if (rows.length === 0) return <p className="notice muted">{empty ?? t('common.empty')}</p>;
  // The table scrolls inside its own box, so a wide table never widens the page.
  return (
    <div className="table-scroll">
      <table className="table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} className={cellClass(c)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)}>
              {columns.map((c) => (
                <td key={c.header} className={cellClass(c)}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
