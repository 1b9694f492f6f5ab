import type { Generated } from 'kysely';

export type TestClockStatus = 'ready' | 'advancing';

export interface TestClocksTable {
  id: string;
  name: string | null;
  frozen_time: Date;
  status: TestClockStatus;
  created_at: Generated<Date>;
}

declare module '../db/database.js' {
  interface Database {
    test_clocks: TestClocksTable;
  }
}
