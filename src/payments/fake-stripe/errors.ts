/** An error in Stripe's shape: `{ error: { type, code, message, param } }` with its HTTP status. */
export class StripeFakeError extends Error {
  constructor(
    readonly status: number,
    readonly type: 'invalid_request_error' | 'idempotency_error' | 'authentication_error' | 'card_error',
    message: string,
    readonly code?: string,
    readonly param?: string,
  ) {
    super(message);
  }

  body() {
    return {
      error: {
        type: this.type,
        message: this.message,
        ...(this.code ? { code: this.code } : {}),
        ...(this.param ? { param: this.param } : {}),
      },
    };
  }
}

export function missing(kind: string, id: string, param = 'id'): StripeFakeError {
  return new StripeFakeError(
    404,
    'invalid_request_error',
    `No such ${kind}: '${id}'`,
    'resource_missing',
    param,
  );
}

export function invalid(message: string, param?: string): StripeFakeError {
  return new StripeFakeError(400, 'invalid_request_error', message, 'parameter_invalid', param);
}

/** Stripe's integer parameters: a form value that is not an integer ("5203.5") is refused. */
export function integerParam(value: unknown, param: string): number {
  if (typeof value !== 'string' || !/^-?\d+$/.test(value))
    throw invalid(`Invalid integer: ${String(value)}`, param);
  return Number.parseInt(value, 10);
}

export function requiredString(value: unknown, param: string): string {
  if (typeof value !== 'string' || value === '')
    throw new StripeFakeError(
      400,
      'invalid_request_error',
      `Missing required param: ${param}.`,
      'parameter_missing',
      param,
    );
  return value;
}

/** What Stripe answers when the card it charges is declined (HTTP 402). */
export function cardDeclined(): StripeFakeError {
  return new StripeFakeError(402, 'card_error', 'Your card was declined.', 'card_declined');
}
