// For receivers: check that a delivery came from PikSend and get the typed event.
//
//   import { verifyWebhook } from '<the client package>';
//   const event = verifyWebhook(rawBody, request.headers, process.env.PIKSEND_WEBHOOK_SECRET);
//
// Pass the body exactly as received (bytes or string, before any JSON
// parsing) and the secret exactly as the API returned it (`whsec_…`).
// Verifies X-PikSend-Signature (or, without it, the Standard Webhooks
// headers) and that the timestamp is within `toleranceSeconds` of now.
import type { components } from '../../generated/openapi.js';
import { deliveryHeaders } from '../../generated/constants.js';
import { matchesPikSendSignature, matchesStandardSignature, parsePikSendSignature } from '../webhooks/signing.js';

export type WebhookEvent = components['schemas']['Event'] | components['schemas']['WebhookTestEvent'];

export type WebhookVerificationFailure = 'missing_header' | 'malformed_header' | 'bad_signature' | 'stale_timestamp' | 'future_timestamp' | 'invalid_body';

export class WebhookVerificationError extends Error {
  constructor(
    readonly reason: WebhookVerificationFailure,
    message: string,
  ) {
    super(message);
    this.name = 'WebhookVerificationError';
  }
}

export interface VerifyOptions {
  /** How far the signature's timestamp may be from now, either way (default 300 s). */
  toleranceSeconds?: number;
  /** The receiver's clock (for tests). */
  now?: () => Date;
}

type Headers = Record<string, string | string[] | undefined> | { get(name: string): string | null };

function header(headers: Headers, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') return (headers as { get(n: string): string | null }).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : value;
}

export function verifyWebhook(rawBody: string | Uint8Array, headers: Headers, secret: string, options: VerifyOptions = {}): WebhookEvent {
  const tolerance = options.toleranceSeconds ?? 300;
  const now = Math.floor((options.now?.() ?? new Date()).getTime() / 1000);
  const pikSend = header(headers, deliveryHeaders.WebhookSignature);
  let timestamp: number;
  if (pikSend !== undefined) {
    const parsed = parsePikSendSignature(pikSend);
    if (!parsed) throw new WebhookVerificationError('malformed_header', `${deliveryHeaders.WebhookSignature} is not of the form t=<unix>,v1=<hex>`);
    timestamp = parsed.t;
    if (!matchesPikSendSignature(secret, pikSend, rawBody)) {
      throw new WebhookVerificationError('bad_signature', `No v1 signature in ${deliveryHeaders.WebhookSignature} matches this body and secret`);
    }
  } else {
    const { StandardWebhookId, StandardWebhookTimestamp, StandardWebhookSignature } = deliveryHeaders;
    const [id, t, signature] = [StandardWebhookId, StandardWebhookTimestamp, StandardWebhookSignature].map((n) => header(headers, n));
    if (id === undefined || t === undefined || signature === undefined) {
      throw new WebhookVerificationError('missing_header', `Neither ${deliveryHeaders.WebhookSignature} nor the ${StandardWebhookId}, ${StandardWebhookTimestamp} and ${StandardWebhookSignature} headers are present`);
    }
    if (!/^\d{1,12}$/.test(t)) throw new WebhookVerificationError('malformed_header', `${StandardWebhookTimestamp} is not unix seconds`);
    timestamp = Number(t);
    if (!matchesStandardSignature(secret, id, t, signature, rawBody)) {
      throw new WebhookVerificationError('bad_signature', `No v1 signature in ${StandardWebhookSignature} matches this message and secret`);
    }
  }
  if (timestamp < now - tolerance) throw new WebhookVerificationError('stale_timestamp', `The signature is older than ${tolerance} s (replayed?)`);
  if (timestamp > now + tolerance) throw new WebhookVerificationError('future_timestamp', `The signature is more than ${tolerance} s in the future (clock skew?)`);
  try {
    return JSON.parse(typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(rawBody)) as WebhookEvent;
  } catch {
    throw new WebhookVerificationError('invalid_body', 'The body is not JSON');
  }
}
