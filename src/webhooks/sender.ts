import { SIGNATURE_HEADER, signatureHeader } from './signature.js';

/** What one POST to an endpoint produced; never throws, a network error is a result too. */
export interface SendResult {
  readonly statusCode: number | null;
  readonly error: string | null;
  readonly responseBody: string | null;
  readonly durationMs: number;
}

export type Sender = (request: {
  url: string;
  secret: string;
  body: string;
  eventId: string;
  eventType: string;
}) => Promise<SendResult>;

const TIMEOUT_MS = 10_000;
const KEPT_RESPONSE_CHARS = 1_000;

/**
 * POSTs a signed event with `fetch`. The signature's `t` is wall-clock time, not business time:
 * receivers compare it with their own clock to refuse replays, and a test clock set in 2026-03
 * must not make every delivery look stale.
 */
export const httpSender: Sender = async ({ url, secret, body, eventId, eventType }) => {
  const started = performance.now();
  const timestamp = Math.floor(Date.now() / 1000);
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Tariff-Webhooks/1',
        [SIGNATURE_HEADER]: signatureHeader(secret, timestamp, body),
        'tariff-event-id': eventId,
        'tariff-event-type': eventType,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await res.text().catch(() => '');
    return {
      statusCode: res.status,
      error: null,
      responseBody: text.slice(0, KEPT_RESPONSE_CHARS),
      durationMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return {
      statusCode: null,
      error: cause ?? (error instanceof Error ? error.message : String(error)),
      responseBody: null,
      durationMs: Math.round(performance.now() - started),
    };
  }
};
