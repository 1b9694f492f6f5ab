import type { Static } from 'typebox';
import type { OutboundPolicy } from '../security/outbound.js';
import { openStored, type SecretColumn } from '../security/sealed-columns.js';
import type { Keyring } from '../security/secret-box.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import type { Job } from '../worker/worker.js';
import { attemptDelivery, deliverDue, dispatchEvents, leaseDelivery } from './delivery.js';
import type { AttemptRow, DeliveryRow, EndpointRow, EventRow } from './json.js';
import type { DeliveryListQuery, EndpointCreate, EndpointUpdate, EventListQuery } from './schemas.js';
import { createHttpSender, type Sender } from './sender.js';
import { newEndpointSecret } from './signature.js';
import './tables.js';

type ListQuery = { limit?: number; starting_after?: string };

export interface WebhookService {
  createEndpoint(input: Static<typeof EndpointCreate>): Promise<EndpointRow>;
  updateEndpoint(id: string, input: Static<typeof EndpointUpdate>): Promise<EndpointRow>;
  getEndpoint(id: string): Promise<EndpointRow>;
  listEndpoints(query: ListQuery): Promise<EndpointRow[]>;
  /** Deletes the endpoint and its delivery log; pending deliveries stop. */
  deleteEndpoint(id: string): Promise<EndpointRow>;
  getEvent(id: string): Promise<EventRow>;
  listEvents(query: Static<typeof EventListQuery>): Promise<EventRow[]>;
  listDeliveries(
    endpointId: string,
    query: Static<typeof DeliveryListQuery>,
  ): Promise<{ delivery: DeliveryRow; attempts: AttemptRow[] }[]>;
  /** Replays a delivery by hand now (succeeded or failed alike) and opens a new 3-day retry window. */
  retryDelivery(
    endpointId: string,
    deliveryId: string,
  ): Promise<{ delivery: DeliveryRow; attempts: AttemptRow[] }>;
  /** The worker's jobs: fan the outbox out, then deliver what is due. */
  jobs(): Job[];
}

/** Endpoint signing secrets are sealed at rest (see src/security/secret-box.ts). */
export const WEBHOOK_SECRET_COLUMNS: readonly SecretColumn[] = [
  { table: 'webhook_endpoints', key: 'id', column: 'secret' },
];

export interface WebhookOptions {
  readonly secrets: Keyring;
  readonly outbound: OutboundPolicy;
  /** Replaces the HTTP sender (tests). */
  readonly send?: Sender;
}

export function createWebhookService(ctx: ServiceContext, options: WebhookOptions): WebhookService {
  const { db } = ctx;
  const { secrets, outbound } = options;
  const httpSend = options.send ?? createHttpSender(outbound);
  // Deliveries read the sealed secret from the database; it is opened only to sign.
  const send: Sender = async (request) => {
    let secret: string;
    try {
      secret = openStored(secrets, request.secret);
    } catch (error) {
      return { statusCode: null, error: (error as Error).message, responseBody: null, durationMs: 0 };
    }
    return httpSend({ ...request, secret });
  };
  const reveal = (row: EndpointRow): EndpointRow => ({ ...row, secret: openStored(secrets, row.secret) });

  function checkUrl(url: string) {
    const refusal = outbound.urlRefusal(url);
    if (refusal) throw new ApiError('parameter_invalid', `\`url\` ${refusal}.`, { param: 'url' });
  }

  async function getEndpoint(id: string) {
    const row = await db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('webhook_endpoint_not_found', 'webhook endpoint', id);
    return reveal(row);
  }

  async function attemptsOf(deliveryIds: string[]) {
    if (deliveryIds.length === 0) return [];
    return db
      .selectFrom('webhook_attempts')
      .selectAll()
      .where('delivery_id', 'in', deliveryIds)
      .orderBy('id')
      .execute();
  }

  return {
    getEndpoint,
    async createEndpoint(input) {
      checkUrl(input.url);
      const now = ctx.clock.now();
      const secret = newEndpointSecret();
      const row = await db
        .insertInto('webhook_endpoints')
        .values({
          id: newId('whe'),
          url: input.url,
          description: input.description ?? null,
          enabled_events: JSON.stringify([...new Set(input.enabled_events)]),
          status: 'enabled',
          secret: secrets.seal(secret),
          metadata: JSON.stringify(input.metadata ?? {}),
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { ...row, secret };
    },
    async updateEndpoint(id, input) {
      if (input.url !== undefined) checkUrl(input.url);
      const current = await getEndpoint(id);
      const row = await db
        .updateTable('webhook_endpoints')
        .set({
          ...(input.url !== undefined && { url: input.url }),
          ...(input.description !== undefined && { description: input.description }),
          ...(input.enabled_events !== undefined && {
            enabled_events: JSON.stringify([...new Set(input.enabled_events)]),
          }),
          ...(input.disabled !== undefined && { status: input.disabled ? 'disabled' : 'enabled' }),
          ...(input.metadata !== undefined && {
            metadata: JSON.stringify({ ...current.metadata, ...input.metadata }),
          }),
          updated_at: ctx.clock.now(),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return reveal(row);
    },
    async listEndpoints(query) {
      let q = db
        .selectFrom('webhook_endpoints')
        .selectAll()
        .orderBy('id', 'desc')
        .limit((query.limit ?? 10) + 1);
      if (query.starting_after) q = q.where('id', '<', query.starting_after);
      return (await q.execute()).map(reveal);
    },
    async deleteEndpoint(id) {
      const row = await getEndpoint(id);
      await db.deleteFrom('webhook_endpoints').where('id', '=', id).execute();
      return row;
    },
    async getEvent(id) {
      const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) throw notFound('event_not_found', 'event', id);
      return row;
    },
    async listEvents(query) {
      let q = db
        .selectFrom('events')
        .selectAll()
        .orderBy('id', 'desc')
        .limit((query.limit ?? 10) + 1);
      if (query.starting_after) q = q.where('id', '<', query.starting_after);
      if (query.type) {
        // `invoice.*` lists a family; an exact type lists that type.
        q = query.type.endsWith('.*')
          ? q.where('type', 'like', `${query.type.slice(0, -1)}%`)
          : q.where('type', '=', query.type);
      }
      return q.execute();
    },
    async listDeliveries(endpointId, query) {
      await getEndpoint(endpointId);
      let q = db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('endpoint_id', '=', endpointId)
        .orderBy('id', 'desc')
        .limit((query.limit ?? 10) + 1);
      if (query.starting_after) q = q.where('id', '<', query.starting_after);
      if (query.status) q = q.where('status', '=', query.status);
      const deliveries = await q.execute();
      const attempts = await attemptsOf(deliveries.map((d) => d.id));
      return deliveries.map((delivery) => ({
        delivery,
        attempts: attempts.filter((a) => a.delivery_id === delivery.id),
      }));
    },
    async retryDelivery(endpointId, deliveryId) {
      const found = await db
        .selectFrom('webhook_deliveries')
        .select('id')
        .where('id', '=', deliveryId)
        .where('endpoint_id', '=', endpointId)
        .executeTakeFirst();
      if (!found) throw notFound('webhook_delivery_not_found', 'webhook delivery', deliveryId);
      const now = ctx.clock.now();
      if (!(await leaseDelivery(db, deliveryId, now))) {
        throw new ApiError(
          'conflict',
          `Delivery ${deliveryId} is being attempted right now; try again shortly.`,
        );
      }
      const delivery = await attemptDelivery(db, send, deliveryId, now, true);
      return { delivery, attempts: await attemptsOf([deliveryId]) };
    },
    jobs() {
      return [
        {
          name: 'webhooks-dispatch',
          everyMs: 1_000,
          async run(now) {
            let events_dispatched = 0;
            // Keep going until the outbox is drained.
            for (let n = -1; n !== 0; events_dispatched += n) n = await dispatchEvents(db, now);
            return { events_dispatched };
          },
        },
        {
          name: 'webhooks-deliver',
          everyMs: 1_000,
          run: async (now) => ({ deliveries_attempted: await deliverDue(db, send, now) }),
        },
      ];
    },
  };
}
