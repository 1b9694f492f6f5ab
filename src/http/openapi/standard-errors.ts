import type { RouteOptions } from 'fastify';
import { ErrorBodyRef } from './error-body.js';

/** What each standard error status means, as the document says it. */
const MEANING: Record<number, string> = {
  400: 'The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule.',
  401: 'No API key, or an invalid one.',
  403: 'The API key lacks the permission this route needs.',
  404: 'No such object (the path, or an object the request refers to).',
  409: 'The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use.',
  413: 'The request body is too large.',
  415: 'The body is not application/json.',
  429: 'Too many requests; retry after a pause.',
  500: 'An internal error; it has been logged.',
  503: 'Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`).',
};

/** An error answer with a given meaning; for statuses a route adds beyond the standard ones. */
export function errorResponse(description: string) {
  return { ...ErrorBodyRef, description };
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The error statuses any route of this shape can answer, whatever its handler does: validation
 * and rate limits everywhere; authentication unless public; 404 where the path names an object,
 * a write may name one in its body, or a query may filter by one; idempotency conflicts (409)
 * and body-parsing failures (413, 415) on writes; the internal error and unavailability (503).
 */
export function standardErrorStatuses(
  methods: readonly string[],
  url: string,
  isPublic: boolean,
  hasQuery = false,
): number[] {
  const writes = methods.some((m) => WRITES.has(m));
  const statuses = [400];
  if (!isPublic) statuses.push(401, 403);
  if (url.includes(':') || writes || hasQuery) statuses.push(404);
  if (writes) statuses.push(409, 413, 415);
  statuses.push(429, 500, 503);
  return statuses;
}

/**
 * onRoute: a route that declares its answers (`schema.response`) gets the standard error answers
 * added, so each route declares only its success and any status peculiar to it. Public routes
 * carry an empty `security` in the document. Routes without `schema.response` are left alone
 * (openapi.test.ts lists them until every route declares its answers).
 */
export function addStandardErrors(route: RouteOptions): void {
  const schema = route.schema as
    | { response?: Record<string, unknown>; security?: unknown; querystring?: unknown }
    | undefined;
  if (!schema?.response) return;
  const isPublic = (route.config as { public?: boolean } | undefined)?.public === true;
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  for (const status of standardErrorStatuses(
    methods,
    route.url,
    isPublic,
    schema.querystring !== undefined,
  )) {
    schema.response[status] ??= errorResponse(MEANING[status] ?? 'An error.');
  }
  if (isPublic) schema.security ??= [];
}
