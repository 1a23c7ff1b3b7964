// On share-link routes (no account) an Idempotency-Key is the visitor's own:
// a retried unlock gets the same access token back; the same key with another
// password is a 422; another client with the same key gets its own answer.
import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../support/server.js';

describeOnEachDatabase('Idempotency-Key on share links', (server) => {
  it("is scoped to the visitor: a retry is answered the same, another request refused, another client's untouched", async () => {
    const { key } = await server().newAccount();
    const gallery = (await server().request('POST', '/galleries', { key, body: { name: 'Locked', password: 'correct horse' } })).body.data;
    const token = gallery.share_url.split('/').pop();
    const unlock = (password: string, userAgent = 'Phone') =>
      server().request('POST', `/share/${token}/access`, { body: { password }, headers: { 'Idempotency-Key': 'unlock-1', 'User-Agent': userAgent } });
    const first = await unlock('correct horse');
    const retry = await unlock('correct horse');
    expect(first.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body.data.access_token).toBe(first.body.data.access_token);
    const other = await unlock('battery staple');
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('idempotency_key_reused');
    // Another browser, same key: its own request, its own token — never the first visitor's.
    const elsewhere = await unlock('correct horse', 'Laptop');
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.headers.get('idempotent-replayed')).toBeNull();
    expect(elsewhere.body.data.access_token).not.toBe(first.body.data.access_token);
  });
});
