import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { CurrencyMismatchError } from '../core/money/money.js';
import { ApiError } from '../shared/errors/index.js';
import { describeValidation } from './validation.js';

/**
 * A value outside a union of constants (`"method": "cheque"` against card | bank_transfer | …)
 * fails each branch with "must be equal to constant": one issue naming every allowed value reads
 * better than the first branch's. Other issues are returned as they are.
 */
function oneOfConstants(
  issues: readonly Parameters<typeof describeValidation>[0][],
): Parameters<typeof describeValidation>[0] {
  const first = issues[0] as Parameters<typeof describeValidation>[0];
  if (first.keyword !== 'const') return first;
  const allowed = issues
    .filter((i) => i.keyword === 'const' && i.instancePath === first.instancePath)
    .map((i) => JSON.stringify(i.params.allowedValue));
  if (allowed.length < 2) return first;
  return { ...first, message: `must be one of ${allowed.join(', ')}` };
}

/** Maps every failure to DESIGN's error body with a stable code. Nothing else leaves the server. */
export function toApiError(error: FastifyError | Error): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof CurrencyMismatchError) {
    return new ApiError('currency_mismatch', `Currencies do not match: ${error.left} and ${error.right}.`);
  }
  const fe = error as FastifyError & { validationContext?: string };
  if (fe.validation && fe.validation.length > 0) {
    const issues = fe.validation as Parameters<typeof describeValidation>[0][];
    const { code, param, message } = describeValidation(oneOfConstants(issues), fe.validationContext);
    return new ApiError(code, message, param === null ? {} : { param });
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError('body_too_large', 'The request body is too large.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError('unsupported_media_type', 'Send the body as application/json.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError('invalid_json', 'The body is empty but the content type is application/json.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ApiError('invalid_json', 'The body is not valid JSON.');
  }
  if (error instanceof SyntaxError || fe.statusCode === 400) {
    return new ApiError('invalid_json', `The body could not be parsed: ${error.message}`);
  }
  // Plugins that serve files (@fastify/static under /docs/static) answer a path they refuse, such as
  // `..\..\package.json`, with a 403 or 404 error of their own: that is "no such file", not a 500.
  if (fe.statusCode === 403 || fe.statusCode === 404) {
    return new ApiError('route_not_found', 'No such file.');
  }
  if (fe.statusCode === 413) return new ApiError('body_too_large', 'The request body is too large.');
  if (fe.statusCode === 415) return new ApiError('unsupported_media_type', error.message);
  return new ApiError('internal_error', 'An internal error occurred; it has been logged.');
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const apiError = toApiError(error);
  if (apiError.status >= 500) request.log.error({ err: error }, 'request failed');
  return reply.code(apiError.status).send(apiError.toBody());
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  const error = new ApiError(
    'route_not_found',
    `Unrecognized request URL (${request.method}: ${request.url}).`,
  );
  return reply.code(404).send(error.toBody());
}
