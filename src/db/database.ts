/**
 * The Kysely table map. Each domain adds its own tables to it by module augmentation, in its own
 * `tables.ts`, so that a slice's schema lives beside the slice:
 *
 *   declare module '../db/database.js' { interface Database { customers: CustomersTable } }
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by module augmentation in each domain
export interface Database {}
