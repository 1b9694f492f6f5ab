import { Type } from 'typebox';
import { Obj, UnixSeconds } from '../../http/schemas.js';

/**
 * What the platform metering API answers. Its counts are JSON numbers, as that API defines them
 * (integers for integer usage), unlike the rest of Tariff's decimal strings.
 */
const Count = Type.Number({ description: "The unit's usage as its meter aggregates it: a JSON number." });
const metering_unit_name = Type.String({ description: "The meter's event_name." });
const Day = Type.String({ description: 'A calendar day, YYYY-MM-DD, in the account time zone.' });
const Month = Type.String({ description: 'A calendar month, YYYY-MM, in the account time zone.' });

export const UnitDateCount = Obj({ metering_unit_name, date: Day, count: Count });
export const UnitMonthCount = Obj({ metering_unit_name, month: Month, count: Count });
export const DateCounts = Obj({ counts: Type.Array(UnitDateCount) });
export const MonthCounts = Obj({ counts: Type.Array(UnitMonthCount) });
/**
 * The Unix second a calendar day starts in the account's time zone: the day of 1970-01-01T00:00Z
 * starts before it east of UTC (−32400 in Tokyo), so unlike an input it may be negative.
 */
const DayStart = Type.Integer({ minimum: -86_400, description: 'Unix seconds of the day start.' });

export const PeriodCounts = Obj({
  metering_unit_name,
  counts: Type.Array(Obj({ timestamp: DayStart, count: Count }), {
    description: 'One count per calendar day, each at the Unix second its day starts.',
  }),
});
export const CellCount = Obj({ metering_unit_name, timestamp: UnixSeconds, count: Count });
export const CellDeleted = Obj({ metering_unit_name, timestamp: UnixSeconds, deleted: Type.Literal(true) });
