// The typed PikSend client: openapi-fetch over the generated `paths`, shared by
// integrators and by our own tests.
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from '../../generated/openapi.js';
import { serverUrl } from '../../generated/constants.js';
import { retryingFetch, type RetryOptions } from './retries.js';

export type { paths, components };
export type Schemas = components['schemas'];
export type Gallery = Schemas['Gallery'];
export type Photo = Schemas['Photo'];
export type Webhook = Schemas['Webhook'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type PikSendEvent = Schemas['Event'];
export type ApiError = Schemas['Error'];

export { retryingFetch, retryAfterMs, type RetryOptions } from './retries.js';
export { verifyWebhook, WebhookVerificationError, type WebhookEvent, type WebhookVerificationFailure, type VerifyOptions } from './webhooks.js';

/** The production API (servers[0].url of openapi.yaml). */
export const DEFAULT_BASE_URL = serverUrl;

export interface PikSendClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** Defaults to the production API, DEFAULT_BASE_URL. */
  baseUrl?: string;
  /** `pk_live_…`, or `pk_test_…` for the account's test mode; omit it for `/health` and the share-link routes. */
  apiKey?: string;
  /**
   * Retries on network errors, 408, 429 and 5xx with exponential backoff and jitter, honouring
   * Retry-After (default 2 retries; 0 turns them off). A POST sends one generated Idempotency-Key
   * for all its attempts, so a retry after a lost answer never creates a second resource.
   */
  maxRetries?: number;
  /** Backoff tuning (tests, impatient scripts). */
  retry?: Omit<RetryOptions, 'maxRetries'>;
}

export type PikSendClient = Client<paths>;

export function createPikSendClient(options: PikSendClientOptions = {}): PikSendClient {
  const { apiKey, baseUrl = DEFAULT_BASE_URL, headers, maxRetries, retry, fetch: baseFetch, ...rest } = options;
  return createClient<paths>({
    ...rest,
    fetch: retryingFetch({ ...retry, maxRetries }, baseFetch ?? ((request: Request) => globalThis.fetch(request))),
    baseUrl: baseUrl.replace(/\/$/, ''),
    headers: { ...(apiKey ? { Authorization: `Bearer ${apiKey}` } : {}), ...(headers as Record<string, string>) },
  });
}
