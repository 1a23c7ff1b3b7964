// The headers of one delivery attempt: what it is (event type, delivery id),
// how to check it (the signatures), as the spec's x-webhooks documents them.
// The worker and `piksend listen` send exactly these.
import { deliveryHeaders } from '../../generated/constants.js';
import { signatureHeaders } from './signing.js';

export const USER_AGENT = 'PikSend-Webhooks/1';

export interface Attempt {
  eventId: string;
  eventType: string;
  deliveryId: string;
  /** Active secrets, current first. */
  secrets: readonly string[];
  /** Unix seconds of this attempt's signature. */
  t: number;
  body: string;
}

export function attemptHeaders(attempt: Attempt): Record<string, string> {
  return {
    'Content-Type': 'application/json',
    'User-Agent': USER_AGENT,
    [deliveryHeaders.WebhookEvent]: attempt.eventType,
    [deliveryHeaders.WebhookDelivery]: attempt.deliveryId,
    ...signatureHeaders(attempt.secrets, attempt.eventId, attempt.t, attempt.body),
  };
}
