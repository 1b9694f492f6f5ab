import { ERROR_STATUS, type ErrorCode, type ErrorType, errorTypeFor } from './codes.js';

/** The error body of every failed request (DESIGN 5). */
export interface ErrorBody {
  error: {
    type: ErrorType;
    code: ErrorCode;
    message: string;
    param: string | null;
    [extra: string]: unknown;
  };
}

/**
 * A failure with a stable code. Services throw it; the HTTP layer turns it into the status from
 * ERROR_STATUS and the body above. `extra` carries structured detail (e.g. the existing meter id).
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly param: string | null;
  readonly extra: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { param?: string; extra?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.param = options.param ?? null;
    this.extra = options.extra ?? {};
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toBody(): ErrorBody {
    return {
      error: {
        ...this.extra,
        type: errorTypeFor(this.code),
        code: this.code,
        message: this.message,
        param: this.param,
      },
    };
  }
}

export function notFound(code: ErrorCode, what: string, id: string, param?: string): ApiError {
  return new ApiError(code, `No such ${what}: '${id}'`, param === undefined ? {} : { param });
}
