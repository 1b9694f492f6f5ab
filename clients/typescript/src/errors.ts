import type { components } from './generated/openapi.js';

/** The error body every failed request answers, as the server's document declares it. */
export type ErrorBody = components extends { schemas: { ErrorBody: infer B } }
  ? B
  : { error: { type: string; code: string; message: string; param: string | null } };

/**
 * A request the server refused or failed: the `{ error: { type, code, message, param } }` body,
 * the HTTP status and the `request-id` to quote when asking for help. Switch on `code`, never on
 * `message`.
 */
export class TariffError extends Error {
  override readonly name = 'TariffError';
  readonly status: number;
  readonly type: string;
  readonly code: string;
  readonly param: string | null;
  readonly requestId: string | undefined;
  /** The whole body, with the details some codes add (`existing`, `expected`, …). */
  readonly body: unknown;

  constructor(status: number, body: unknown, requestId: string | undefined) {
    const error = isErrorBody(body) ? body.error : undefined;
    super(error?.message ?? `HTTP ${status}`);
    this.status = status;
    this.type = error?.type ?? (status >= 500 ? 'api_error' : 'invalid_request_error');
    this.code = error?.code ?? `http_${status}`;
    this.param = error?.param ?? null;
    this.requestId = requestId;
    this.body = body;
  }

  static fromResponse(response: Response, body: unknown): TariffError {
    return new TariffError(response.status, body, response.headers.get('request-id') ?? undefined);
  }
}

function isErrorBody(
  body: unknown,
): body is { error: { type: string; code: string; message: string; param?: string | null } } {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return (
    typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
  );
}
