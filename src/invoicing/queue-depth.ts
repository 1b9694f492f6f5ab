import { type RawBuilder, sql } from 'kysely';

/** Drafts (not on a test clock) past their grace period: what the finalize job claims. */
export function draftsToFinalizeCount(now: Date): RawBuilder<number> {
  return sql<number>`(select count(*) from invoices where status = 'draft' and finalize_at <= ${now}
    and test_clock is null)`;
}
