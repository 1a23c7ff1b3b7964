// Signing is a pure module: the published test vectors, the reference
// Standard Webhooks verifier, rotation, and the receiver helper's refusals.
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { verifyWebhook, WebhookVerificationError } from '../../src/client/webhooks.js';
import { loadSpec } from '../../src/codegen/spec.js';
import { generateWebhookSecret, pikSendSignature, signatureHeaders, standardSignature } from '../../src/webhooks/signing.js';
import { SPEC_PATH } from '../support/paths.js';

const description = ((await loadSpec(SPEC_PATH)) as unknown as { info: { description: string } }).info.description;
const vector = {
  secret: /secret `(whsec_[^`]+)`/.exec(description)![1]!,
  t: Number(/timestamp `(\d+)`/.exec(description)![1]!),
  id: /message id `(evt_[0-9a-f]+)`/.exec(description)![1]!,
  body: /body\s+`(\{[^`]+\})`/.exec(description)![1]!,
  pikSend: /X-PikSend-Signature: (t=\d+,v1=[0-9a-f]{64})/.exec(description)![1]!,
  standard: /webhook-signature: (v1,[A-Za-z0-9+/=]+)/.exec(description)![1]!,
};

describe('webhook signing', () => {
  it('reproduces both test vectors published in the docs', () => {
    expect(pikSendSignature([vector.secret], vector.t, vector.body)).toBe(vector.pikSend);
    expect(standardSignature([vector.secret], vector.id, vector.t, vector.body)).toBe(vector.standard);
  });

  it('the standardwebhooks package verifies our headers with the secret exactly as the API returns it', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{24,}$/);
    const body = JSON.stringify({ id: 'evt_0123', type: 'gallery.created' });
    const t = Math.floor(Date.now() / 1000);
    const headers = signatureHeaders([secret], 'evt_0123', t, body);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow();
  });

  it('during a rotation every header carries one signature per secret, each verifiable alone', () => {
    const [current, previous] = [generateWebhookSecret(), generateWebhookSecret()];
    const body = '{"id":"evt_1","type":"webhook.test"}';
    const t = Math.floor(Date.now() / 1000);
    const headers = signatureHeaders([current, previous], 'evt_1', t, body);
    expect(headers['X-PikSend-Signature']!.match(/v1=/g)).toHaveLength(2);
    expect(headers['webhook-signature']!.split(' ')).toHaveLength(2);
    for (const secret of [current, previous]) {
      expect(verifyWebhook(body, headers, secret).id).toBe('evt_1');
      expect(new Webhook(secret).verify(body, headers)).toBeTruthy();
    }
  });

  it('the receiver helper refuses a bad signature, a stale or future timestamp, a missing or malformed header', () => {
    const secret = generateWebhookSecret();
    const body = '{"id":"evt_1","type":"webhook.test"}';
    const now = new Date('2030-01-01T00:00:00Z');
    const t = now.getTime() / 1000;
    const reason = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        expect(err).toBeInstanceOf(WebhookVerificationError);
        return (err as WebhookVerificationError).reason;
      }
      return 'accepted';
    };
    const at = (seconds: number) => signatureHeaders([secret], 'evt_1', seconds, body);
    expect(reason(() => verifyWebhook(body, at(t), secret, { now: () => now }))).toBe('accepted');
    expect(reason(() => verifyWebhook(body.replace('1', '2'), at(t), secret, { now: () => now }))).toBe('bad_signature');
    expect(reason(() => verifyWebhook(body, at(t), generateWebhookSecret(), { now: () => now }))).toBe('bad_signature');
    expect(reason(() => verifyWebhook(body, at(t - 301), secret, { now: () => now }))).toBe('stale_timestamp');
    expect(reason(() => verifyWebhook(body, at(t + 301), secret, { now: () => now }))).toBe('future_timestamp');
    expect(reason(() => verifyWebhook(body, {}, secret, { now: () => now }))).toBe('missing_header');
    expect(reason(() => verifyWebhook(body, { 'X-PikSend-Signature': 'v1=abc' }, secret, { now: () => now }))).toBe('malformed_header');
    // Without X-PikSend-Signature, the Standard Webhooks headers are enough.
    const { 'X-PikSend-Signature': _dropped, ...standardOnly } = at(t);
    expect(reason(() => verifyWebhook(body, standardOnly, secret, { now: () => now }))).toBe('accepted');
  });
});
