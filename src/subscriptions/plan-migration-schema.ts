import { Type } from 'typebox';
import { AmountOut } from '../http/openapi/decimal-out.js';
import { Nullable } from '../http/openapi/index.js';
import { Id, ListQuery, Obj, Timestamp } from '../http/schemas.js';
import { ProrationBehavior } from './schemas.js';
import { Subscription } from './subscription-schema.js';

const PlanVersionIn = (what: string, versionRequired: boolean) =>
  Obj(
    {
      pricing_plan: Id,
      pricing_plan_version: versionRequired
        ? Type.Integer({ minimum: 1 })
        : Type.Optional(Type.Integer({ minimum: 1, description: 'Default: the plan’s live version.' })),
    },
    { description: what },
  );

const Effective = Type.Union([Type.Literal('next_period'), Type.Literal('now')], {
  description:
    'next_period (default): each subscription changes at its own current period end; now: at once, prorated with proration_behavior.',
});

const MigrationFields = {
  from: PlanVersionIn('The pricing-plan version whose subscriptions move.', true),
  to: PlanVersionIn(
    'The pricing-plan version they move to (the same or another plan, same currency).',
    false,
  ),
  effective: Type.Optional(Effective),
  proration_behavior: Type.Optional(ProrationBehavior),
};

const Limit = (description: string) =>
  Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description }));

/** `POST /v1/plan_migrations`; with `dry_run: true` it is the preview (nothing written). */
export const PlanMigrationCreate = Obj({
  ...MigrationFields,
  dry_run: Type.Optional(
    Type.Boolean({
      description:
        'true: answer the dry run (a plan_migration_preview, as POST /v1/plan_migrations/preview) and write nothing.',
    }),
  ),
  limit: Limit('With dry_run: how many subscriptions to list (default 100).'),
});

/** `POST /v1/plan_migrations/preview`: the dry run. */
export const PlanMigrationPreviewRequest = Obj({
  ...MigrationFields,
  limit: Limit('How many subscriptions to list (default 100).'),
});

export const PlanMigrationListQuery = Obj({ ...ListQuery });

const PlanVersionOut = Type.Object({
  pricing_plan: Type.String(),
  pricing_plan_version: Type.Integer({ minimum: 1 }),
});

const EffectiveOut = Type.Union([Type.Literal('next_period'), Type.Literal('now')]);
const ProrationOut = Type.Union([
  Type.Literal('always_invoice'),
  Type.Literal('create_prorations'),
  Type.Literal('none'),
]);

/** A plan migration: its counts say how far it got; `failures` lists (up to 100) refused subscriptions. */
export const PlanMigration = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('plan_migration'),
    from: PlanVersionOut,
    to: PlanVersionOut,
    effective: EffectiveOut,
    proration_behavior: ProrationOut,
    status: Type.Union([Type.Literal('running'), Type.Literal('completed')]),
    total: Type.Integer({ minimum: 0 }),
    migrated: Type.Integer({ minimum: 0, description: 'Moved now, or scheduled for their period end.' }),
    failed: Type.Integer({ minimum: 0 }),
    failures: Type.Array(
      Type.Object({ subscription: Type.String(), code: Type.String(), message: Type.String() }),
    ),
    created_at: Timestamp,
    completed_at: Nullable(Timestamp),
  },
  { title: 'PlanMigration' },
);

/** What `dry_run: true` answers: one entry per subscription that would move. */
export const PlanMigrationPreview = Type.Object(
  {
    object: Type.Literal('plan_migration_preview'),
    from: PlanVersionOut,
    to: PlanVersionOut,
    effective: EffectiveOut,
    proration_behavior: ProrationOut,
    currency: Type.String(),
    has_more: Type.Boolean(),
    data: Type.Array(
      Type.Object({
        subscription: Type.String(),
        customer: Type.String(),
        effective_at: Nullable(Timestamp),
        old_upcoming_total: Nullable(AmountOut),
        new_upcoming_total: Nullable(AmountOut),
        proration_invoice_total: Nullable(AmountOut),
        error: Nullable(Type.Object({ code: Type.String(), message: Type.String() })),
      }),
    ),
  },
  { title: 'PlanMigrationPreview' },
);

/** The data of a `subscription.migrated` event. */
export const SubscriptionMigratedEvent = Type.Object({
  plan_migration: Type.String(),
  from: PlanVersionOut,
  to: PlanVersionOut,
  effective_at: Timestamp,
  subscription: Subscription,
});
