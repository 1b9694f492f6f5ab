import type { Selectable } from 'kysely';
import type { Static } from 'typebox';
import type { LicenseFeeVersion } from './response-schemas.js';
import type { LicenseFeesTable, LicenseFeeVersionsTable } from './tables.js';

export type LicenseFeeRow = Selectable<LicenseFeesTable>;
export type LicenseFeeVersionRow = Selectable<LicenseFeeVersionsTable>;

export type LicenseFeeVersionJson = Static<typeof LicenseFeeVersion>;

export function licenseFeeVersionJson(row: LicenseFeeVersionRow): LicenseFeeVersionJson {
  return {
    object: 'license_fee_version',
    license_fee: row.license_fee_id,
    version: row.version,
    unit_amount: row.unit_amount,
    service_interval: row.service_interval,
    service_interval_count: row.service_interval_count,
    created_at: row.created_at.toISOString(),
  };
}

/** A license fee with the terms of its latest version. */
export function licenseFeeJson(fee: LicenseFeeRow, latest: LicenseFeeVersionRow) {
  return {
    id: fee.id,
    object: 'license_fee' as const,
    name: fee.name,
    licensed_item: fee.licensed_item_id,
    currency: fee.currency,
    unit_amount: latest.unit_amount,
    service_interval: latest.service_interval,
    service_interval_count: latest.service_interval_count,
    lookup_key: fee.lookup_key,
    latest_version: fee.latest_version,
    live_version: fee.live_version,
    metadata: fee.metadata,
    created_at: fee.created_at.toISOString(),
    updated_at: fee.updated_at.toISOString(),
  };
}

/** A license fee with one of its versions: what the API shows. */
export interface LicenseFeeView {
  readonly fee: LicenseFeeRow;
  readonly version: LicenseFeeVersionRow;
}
