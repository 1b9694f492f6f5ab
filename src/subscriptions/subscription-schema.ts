import { Type } from 'typebox';
import { IntervalUnitSchema } from '../catalog/schemas.js';
import { AmountOut, DecimalOut } from '../http/openapi/decimal-out.js';
import { Nullable } from '../http/openapi/index.js';
import { Metadata, Timestamp } from '../http/schemas.js';
import { Invoice } from '../invoicing/invoice-schema.js';

const Proration = Type.Union([
  Type.Literal('always_invoice'),
  Type.Literal('create_prorations'),
  Type.Literal('none'),
]);

const ComponentConfigurations = Type.Record(Type.String(), Type.Object({ quantity: Type.String() }), {
  description: 'License-fee quantity per licensed item (decimal strings).',
});

const AmountWithCurrency = Type.Object({ amount: AmountOut, currency: Type.String() });

/** One entry of a subscription's plan history. */
export const SubscriptionPhase = Type.Object(
  {
    pricing_plan: Type.String(),
    pricing_plan_version: Type.Integer({ minimum: 1 }),
    component_configurations: ComponentConfigurations,
    effective_at: Timestamp,
    proration_behavior: Nullable(Type.String()),
  },
  { title: 'SubscriptionPhase' },
);

/** A subscription as the API answers it (`subscriptionJson`); `phases` only when retrieved by id. */
export const Subscription = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('subscription'),
    customer: Type.String(),
    status: Type.Union([
      Type.Literal('not_started'),
      Type.Literal('trialing'),
      Type.Literal('active'),
      Type.Literal('past_due'),
      Type.Literal('canceled'),
    ]),
    currency: Type.String(),
    pricing_plan: Type.String(),
    pricing_plan_version: Type.Integer({ minimum: 1 }),
    billing_cadence: Type.Object({
      interval: IntervalUnitSchema,
      interval_count: Type.Integer({ minimum: 1 }),
      anchor: Timestamp,
    }),
    component_configurations: ComponentConfigurations,
    start_date: Timestamp,
    trial_end: Nullable(Timestamp),
    current_period_start: Nullable(Timestamp),
    current_period_end: Nullable(Timestamp),
    next_action_at: Nullable(Timestamp),
    pending_change: Nullable(
      Type.Object({
        effective_at: Timestamp,
        pricing_plan: Type.String(),
        pricing_plan_version: Type.Integer({ minimum: 1 }),
        component_configurations: Nullable(ComponentConfigurations),
        proration_behavior: Proration,
      }),
      { description: 'A plan or quantity change scheduled for later.' },
    ),
    cancel_at: Nullable(Timestamp),
    canceled_at: Nullable(Timestamp),
    test_clock: Nullable(Type.String()),
    minimum: Nullable(AmountWithCurrency, {
      description: 'Minimum spend per billing period; a shortfall is billed as a true-up line.',
    }),
    prepaid_commitment: Nullable(
      Type.Object({
        amount: AmountOut,
        currency: Type.String(),
        term_start: Nullable(Timestamp),
        term_end: Nullable(Timestamp),
        credit_grant: Nullable(Type.String()),
        invoice: Nullable(Type.String()),
        rollover: Type.Literal('expires_at_term_end'),
      }),
      {
        description:
          'An amount invoiced up front for a term and burned down by usage as a paid credit grant.',
      },
    ),
    phases: Type.Optional(Type.Array(SubscriptionPhase)),
    metadata: Metadata,
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  { title: 'Subscription' },
);

export const SubscriptionChangePreview = Type.Object(
  {
    object: Type.Literal('subscription_change_preview'),
    subscription: Subscription,
    effective_at: Timestamp,
    currency: Type.String(),
    proration_lines: Type.Array(
      Type.Object(
        {
          type: Type.String(),
          description: Type.String(),
          billable_item: Nullable(Type.String()),
          quantity: Nullable(DecimalOut),
          unit_amount: Nullable(DecimalOut),
          amount: AmountOut,
          period_start: Timestamp,
          period_end: Timestamp,
        },
        { additionalProperties: false },
      ),
    ),
    proration_total: AmountOut,
    invoice: Nullable(Invoice),
  },
  {
    additionalProperties: false,
    description:
      'What a change would do, computed by making it and rolling it back: the subscription after it, ' +
      'the proration lines (credit for unused time, charge for the new terms) and, with ' +
      '`always_invoice`, the invoice it would finalize now, tax included. Nothing is stored.',
  },
);
