// Webhook signatures, pure: no I/O, no clock (the caller passes the time).
// Shared by the delivery worker (signing) and the client's receiver helper (verifying).
//
// One secret per endpoint: `whsec_` + base64 of 24 random bytes. Two headers
// are signed with it, each with its own key derivation:
// - X-PikSend-Signature: `t=<unix>,v1=<hex>` per active secret, the hex of
//   HMAC-SHA256(key = the whole secret string as UTF-8, `whsec_` included,
//   message = `<t>.<raw body>`).
// - webhook-signature (Standard Webhooks): `v1,<base64>` per active secret,
//   space-separated, base64 of HMAC-SHA256(key = base64-decoded part after
//   `whsec_`, message = `<webhook-id>.<webhook-timestamp>.<raw body>`).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { deliveryHeaders } from '../../generated/constants.js';

export const SECRET_PREFIX = 'whsec_';
const SECRET_BYTES = 24;

export const generateWebhookSecret = () => `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`;

type Body = string | Uint8Array;

function hmac(key: string | Buffer, parts: Body[]): Buffer {
  const mac = createHmac('sha256', key);
  for (const part of parts) mac.update(part);
  return mac.digest();
}

/** The Standard Webhooks key of a secret: the bytes its base64 part encodes. */
export const standardKey = (secret: string) =>
  Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');

/** `X-PikSend-Signature` for a body at unix time `t`, one `v1=` per secret (current first). */
export function pikSendSignature(secrets: readonly string[], t: number, body: Body): string {
  return [`t=${t}`, ...secrets.map((secret) => `v1=${hmac(secret, [`${t}.`, body]).toString('hex')}`)].join(',');
}

/** `webhook-signature` (Standard Webhooks) for message `id` at unix time `t`, one `v1,<base64>` per secret. */
export function standardSignature(secrets: readonly string[], id: string, t: number, body: Body): string {
  return secrets.map((secret) => `v1,${hmac(standardKey(secret), [`${id}.${t}.`, body]).toString('base64')}`).join(' ');
}

/** Every delivery header that carries a signature, for one attempt. */
export function signatureHeaders(secrets: readonly string[], eventId: string, t: number, body: Body): Record<string, string> {
  return {
    [deliveryHeaders.WebhookSignature]: pikSendSignature(secrets, t, body),
    [deliveryHeaders.StandardWebhookId]: eventId,
    [deliveryHeaders.StandardWebhookTimestamp]: String(t),
    [deliveryHeaders.StandardWebhookSignature]: standardSignature(secrets, eventId, t, body),
  };
}

const equal = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);

/** Parses `t=…,v1=…[,v1=…]`; null when it is not of that form. */
export function parsePikSendSignature(header: string): { t: number; signatures: Buffer[] } | null {
  let t: number | null = null;
  const signatures: Buffer[] = [];
  for (const part of header.split(',')) {
    const at = part.indexOf('=');
    if (at < 0) return null;
    const [key, value] = [part.slice(0, at).trim(), part.slice(at + 1).trim()];
    if (key === 't') {
      if (!/^\d{1,12}$/.test(value)) return null;
      t = Number(value);
    } else if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) {
      signatures.push(Buffer.from(value, 'hex'));
    }
  }
  return t === null || signatures.length === 0 ? null : { t, signatures };
}

/** True when one of the header's `v1=` signatures is the body's under `secret`. Says nothing of the timestamp. */
export function matchesPikSendSignature(secret: string, header: string, body: Body): boolean {
  const parsed = parsePikSendSignature(header);
  if (!parsed) return false;
  const expected = hmac(secret, [`${parsed.t}.`, body]);
  return parsed.signatures.some((signature) => equal(signature, expected));
}

/** True when one of the `webhook-signature` entries is the message's under `secret`. */
export function matchesStandardSignature(secret: string, id: string, t: string, header: string, body: Body): boolean {
  const expected = hmac(standardKey(secret), [`${id}.${t}.`, body]);
  return header
    .split(' ')
    .filter((entry) => entry.startsWith('v1,'))
    .some((entry) => equal(Buffer.from(entry.slice(3), 'base64'), expected));
}
