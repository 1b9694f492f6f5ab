import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ListOf } from '../http/openapi/index.js';
import { page } from '../http/pagination.js';
import { IdParams } from '../http/schemas.js';
import { type RateCardRow, type RateRow, rateCardJson, rateJson } from './rate-card.js';
import type { RateCardVersion } from './rate-cards.js';
import {
  DeletedRate,
  EditedRate,
  Rate,
  RateCard,
  RateCardVersion as RateCardVersionSchema,
  RateCardWithRates,
} from './response-schemas.js';
import {
  ListOnly,
  RateCardCreate,
  RateChange,
  RateParams,
  RateSet,
  VersionedUpdate,
  VersionQuery,
} from './schemas.js';
import type { CatalogService } from './service.js';

const tags = ['rate cards'];

function versionJson(card: RateCardRow, v: RateCardVersion) {
  return {
    object: 'rate_card_version' as const,
    rate_card: card.id,
    version: v.version,
    live: v.version === card.live_version,
    latest: v.version === card.latest_version,
    rates: v.rates.map(rateJson),
    created_at: v.created_at.toISOString(),
  };
}

/** A rate after an edit, with the card's latest version (one more than before when it changed). */
function editedJson({ rate, card }: { rate: RateRow; card: RateCardRow }) {
  return { ...rateJson(rate), rate_card_version: card.latest_version };
}

export function rateCardRoutes(catalog: CatalogService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/v1/rate_cards',
      {
        schema: {
          operationId: 'rate_cards.create',
          response: { 200: RateCard },
          tags,
          summary: 'Create a rate card',
          body: RateCardCreate,
        },
      },
      async (req) => rateCardJson(await catalog.rateCards.create(req.body)),
    );
    app.get(
      '/v1/rate_cards/:id',
      {
        schema: {
          operationId: 'rate_cards.retrieve',
          response: { 200: RateCardWithRates },
          tags,
          summary: 'Retrieve a rate card with the rates of its latest version',
          params: IdParams,
        },
      },
      async (req) => {
        const { card, version } = await catalog.rateCards.ratesAt(req.params.id);
        return { ...rateCardJson(card), rates: version.rates.map(rateJson) };
      },
    );
    app.post(
      '/v1/rate_cards/:id',
      {
        schema: {
          operationId: 'rate_cards.update',
          response: { 200: RateCard },
          tags,
          summary: 'Rename a rate card or set its live version',
          params: IdParams,
          body: VersionedUpdate,
        },
      },
      async (req) => rateCardJson(await catalog.rateCards.update(req.params.id, req.body)),
    );
    app.get(
      '/v1/rate_cards',
      {
        schema: {
          operationId: 'rate_cards.list',
          response: { 200: ListOf(RateCard) },
          tags,
          summary: 'List rate cards',
          querystring: ListOnly,
        },
      },
      async (req) => page((await catalog.rateCards.list(req.query)).map(rateCardJson), req.query.limit ?? 10),
    );
    app.get(
      '/v1/rate_cards/:id/versions',
      {
        schema: {
          operationId: 'rate_cards.list_versions',
          response: { 200: ListOf(RateCardVersionSchema) },
          tags,
          summary: 'Every version of a rate card, newest first, with its rates',
          params: IdParams,
        },
      },
      async (req) => {
        const { card, versions } = await catalog.rateCards.versions(req.params.id);
        return page(
          versions.map((v) => versionJson(card, v)),
          versions.length,
        );
      },
    );
    app.get(
      '/v1/rate_cards/:id/rates',
      {
        schema: {
          operationId: 'rate_cards.list_rates',
          response: { 200: ListOf(Rate) },
          tags,
          summary: 'The rates of one version (default latest)',
          params: IdParams,
          querystring: VersionQuery,
        },
      },
      async (req) => {
        const { version } = await catalog.rateCards.ratesAt(req.params.id, req.query.version);
        return page(version.rates.map(rateJson), version.rates.length);
      },
    );
    app.post(
      '/v1/rate_cards/:id/rates',
      {
        schema: {
          operationId: 'rate_cards.set_rate',
          response: { 200: EditedRate },
          tags,
          summary:
            'Set the rate of a metered item: a new item joins the latest version; a new price makes a version',
          params: IdParams,
          body: RateSet,
        },
      },
      async (req) => editedJson(await catalog.rates.set(req.params.id, req.body)),
    );
    app.post(
      '/v1/rate_cards/:id/rates/:rate',
      {
        schema: {
          operationId: 'rate_cards.update_rate',
          response: { 200: EditedRate },
          tags,
          summary: 'Change a rate’s price (a new version)',
          params: RateParams,
          body: RateChange,
        },
      },
      async (req) => editedJson(await catalog.rates.change(req.params.id, req.params.rate, req.body.price)),
    );
    app.delete(
      '/v1/rate_cards/:id/rates/:rate',
      {
        schema: {
          operationId: 'rate_cards.delete_rate',
          response: { 200: DeletedRate },
          tags,
          summary: 'Delete a rate (a new version without it)',
          params: RateParams,
        },
      },
      async (req) => ({
        ...editedJson(await catalog.rates.remove(req.params.id, req.params.rate)),
        deleted: true as const,
      }),
    );
  };
}
