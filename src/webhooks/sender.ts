import http from 'node:http';
import https from 'node:https';
import type { OutboundPolicy } from '../security/outbound.js';
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
/**
 * The delivery log keeps an excerpt of the answer, not the answer: it is for debugging a
 * receiver, and a whole body would let an endpoint pointed somewhere it should not be read
 * that place back through the log.
 */
export const KEPT_RESPONSE_BYTES = 512;

/**
 * POSTs a signed event through the outbound policy's agents (blocked addresses are refused at
 * connection time). Redirects are not followed: a 3xx is the receiver's answer, recorded as a
 * failure. The signature's `t` is wall-clock time, not business time: receivers compare it with
 * their own clock to refuse replays, and a test clock set in 2026-03 must not make every delivery
 * look stale.
 */
export function createHttpSender(policy: OutboundPolicy): Sender {
  return ({ url, secret, body, eventId, eventType }) => {
    const started = performance.now();
    const timestamp = Math.floor(Date.now() / 1000);
    const elapsed = () => Math.round(performance.now() - started);
    const failed = (error: unknown): SendResult => ({
      statusCode: null,
      error: errorText(error),
      responseBody: null,
      durationMs: elapsed(),
    });
    return new Promise<SendResult>((resolve) => {
      let target: URL;
      try {
        target = new URL(url);
      } catch (error) {
        return resolve(failed(error));
      }
      const request = target.protocol === 'https:' ? https.request : http.request;
      const req = request(target, {
        method: 'POST',
        agent: policy.agentFor(target),
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'Tariff-Webhooks/1',
          [SIGNATURE_HEADER]: signatureHeader(secret, timestamp, body),
          'tariff-event-id': eventId,
          'tariff-event-type': eventType,
        },
      });
      const timer = setTimeout(
        () => req.destroy(new Error(`timed out after ${TIMEOUT_MS / 1000} s`)),
        TIMEOUT_MS,
      );
      req.on('error', (error) => {
        clearTimeout(timer);
        resolve(failed(error));
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        const finish = () => {
          clearTimeout(timer);
          resolve({
            statusCode: res.statusCode ?? null,
            error: null,
            // PostgreSQL text cannot hold NUL; a cut multi-byte character becomes U+FFFD.
            responseBody: Buffer.concat(chunks)
              .subarray(0, KEPT_RESPONSE_BYTES)
              .toString('utf8')
              .replace(/\0/g, ''),
            durationMs: elapsed(),
          });
        };
        res.on('data', (chunk: Buffer) => {
          if (kept >= KEPT_RESPONSE_BYTES) return;
          chunks.push(chunk);
          kept += chunk.length;
          // Enough for the log: stop reading instead of downloading whatever the receiver sends.
          if (kept >= KEPT_RESPONSE_BYTES) {
            finish();
            res.destroy();
          }
        });
        res.on('end', finish);
        res.on('error', finish);
      });
      req.end(body);
    });
  };
}

function errorText(error: unknown): string {
  if (error instanceof Error && (error as { code?: string }).code === 'ERR_OUTBOUND_REFUSED')
    return error.message;
  const code = (error as { code?: string }).code;
  return code ?? (error instanceof Error ? error.message : String(error));
}
