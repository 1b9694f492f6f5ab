import { Type } from 'typebox';
import { Obj } from '../../http/schemas.js';

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
  timestamp: Type.Integer({ minimum: 0, description: 'Unix seconds.' }),
});
export const PeriodQuery = Obj({
  start_timestamp: Type.Integer({ minimum: 0 }),
  end_timestamp: Type.Integer({ minimum: 0 }),
});
export const CellUpdate = Obj({
  method: Type.Union([Type.Literal('add'), Type.Literal('sub'), Type.Literal('direct')]),
  count: Type.Integer({ minimum: 0, description: 'A JSON integer, as the platform API has it.' }),
});
