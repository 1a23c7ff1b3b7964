// A share token is the whole credential of an unprotected gallery's link,
// and an access token unlocks a protected one: neither may reach a log line.
import { expect, it } from 'vitest';
import { credentials } from '../../generated/constants.js';
import { redactPath, shareTokenPrefixes } from '../../src/logging/redact-path.js';
import { describeOnEachDatabase } from '../support/server.js';

it('cuts the token segment out of share-link and page paths, and leaves other paths alone', () => {
  const prefixes = shareTokenPrefixes('/g');
  expect(redactPath('/api/v1/share/Zk3xQ9mP2vR7tL8w/photos/1/download', prefixes)).toBe('/api/v1/share/[token]/photos/1/download');
  expect(redactPath('/api/v1/share/Zk3xQ9mP2vR7tL8w', prefixes)).toBe('/api/v1/share/[token]');
  expect(redactPath('/g/Zk3xQ9mP2vR7tL8w', prefixes)).toBe('/g/[token]');
  expect(redactPath('/g/assets/index-abc.js', prefixes)).toBe('/g/assets/index-abc.js');
  expect(redactPath('/api/v1/galleries/550e8400-e29b-41d4-a716-446655440000', prefixes)).toBe('/api/v1/galleries/550e8400-e29b-41d4-a716-446655440000');
});

describeOnEachDatabase('logs', (server) => {
  it('hold neither share tokens nor access tokens, whatever the client did with them', async () => {
    const { key } = await server().newAccount();
    const gallery = (await server().request('POST', '/galleries', { key, body: { name: 'Quiet', password: 'correct horse' } })).body.data;
    const token: string = gallery.share_url.split('/').pop();
    const access: string = (await server().request('POST', `/share/${token}/access`, { body: { password: 'correct horse' } })).body.data.access_token;
    await server().request('GET', `/share/${token}`, { headers: { [credentials.ShareAccessToken.header]: access } });
    await server().request('GET', `/share/${token}/photos?${credentials.ShareAccessToken.query}=${access}`);
    await fetch(`${server().baseUrl}/g/${token}`);
    await server().request('GET', `/share/${token}/nothing-here`);
    const logs = server().logs();
    expect(logs).toContain('/share/[token]');
    expect(logs).not.toContain(token);
    expect(logs).not.toContain(access);
  });
});
