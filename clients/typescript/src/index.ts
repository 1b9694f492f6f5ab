export {
  createTariffClient,
  type ResponseOf,
  type TariffClient,
  type TariffClientOptions,
} from './client.js';
export { type ErrorBody, TariffError } from './errors.js';
export type { components, operations, paths } from './generated/openapi.js';
export type { ListItem, ListPath } from './paginate.js';
export type { RetryEvent } from './retry.js';
export {
  constructWebhookEvent,
  DEFAULT_TOLERANCE_SECONDS,
  SIGNATURE_HEADER,
  verifyWebhook,
  type WebhookEvent,
  type WebhookVerification,
} from './webhooks.js';
