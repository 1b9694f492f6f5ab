import { Type } from 'typebox';
import { Nullable } from '../http/openapi/index.js';
import { Metadata, Timestamp } from '../http/schemas.js';

/** A tax rate as the API answers it (`taxRateJson`). */
export const TaxRate = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('tax_rate'),
    display_name: Type.String(),
    percentage: Type.String({ examples: ['10'] }),
    inclusive: Type.Boolean(),
    country: Nullable(Type.String()),
    state: Nullable(Type.String()),
    description: Nullable(Type.String()),
    active: Type.Boolean(),
    default: Type.Boolean(),
    metadata: Metadata,
    created_at: Timestamp,
  },
  { title: 'TaxRate' },
);

/** A customer's own tax rates and exemption (`customerTaxJson`). */
export const CustomerTaxSettings = Type.Object(
  {
    object: Type.Literal('customer_tax_settings'),
    customer: Type.String(),
    tax_rates: Type.Array(Type.String()),
    exempt: Type.Boolean(),
  },
  { title: 'CustomerTaxSettings' },
);
