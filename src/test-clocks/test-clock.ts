import type { Selectable } from 'kysely';
import type { TestClocksTable } from './tables.js';

export type TestClockRow = Selectable<TestClocksTable>;

export function testClockJson(row: TestClockRow) {
  return {
    id: row.id,
    object: 'test_clock' as const,
    name: row.name,
    frozen_time: row.frozen_time.toISOString(),
    status: row.status,
    created_at: row.created_at.toISOString(),
  };
}
