import { Type } from 'typebox';
import { Obj, UnixSeconds } from '../../http/schemas.js';

const tenant_id = Type.String({ minLength: 1, maxLength: 255, description: 'Customer id or external_id.' });
const metering_unit_name = Type.String({
  minLength: 1,
  maxLength: 100,
  description: "The meter's event_name.",
});

export const TenantParams = Obj({ tenant_id });
export const UnitParams = Obj({ tenant_id, metering_unit_name });
export const UnitDateParams = Obj({ tenant_id, metering_unit_name, date: Type.String() });
export const UnitMonthParams = Obj({ tenant_id, metering_unit_name, month: Type.String() });
export const DateParams = Obj({ tenant_id, date: Type.String() });
export const MonthParams = Obj({ tenant_id, month: Type.String() });
export const UnitTimestampParams = Obj({
  tenant_id,
  metering_unit_name,
  timestamp: UnixSeconds,
});
export const PeriodQuery = Obj({
  start_timestamp: UnixSeconds,
  end_timestamp: UnixSeconds,
});
export const CellUpdate = Obj({
  method: Type.Union([Type.Literal('add'), Type.Literal('sub'), Type.Literal('direct')]),
  // A JSON number, so bounded where a double is still an exact integer: 1e308 is an "integer" to
  // JSON Schema and was stored as a 309-digit numeric.
  count: Type.Integer({
    minimum: 0,
    maximum: Number.MAX_SAFE_INTEGER,
    description: 'A JSON integer, as the platform API has it: 0 to 2^53 - 1.',
  }),
});
