// An access token is bound to the gallery's password as it was when the token
// was issued: changing or removing the password, archiving, expiring or
// deleting the gallery ends it at once. A gallery without a password has
// nothing to unlock (409), so no token can outlive a password being set.
import { expect, it } from 'vitest';
import { credentials } from '../../generated/constants.js';
import { describeOnEachDatabase, type TestServer } from '../support/server.js';
import { waitUntil } from '../support/wait.js';

const SHARE_HEADER = credentials.ShareAccessToken.header;

describeOnEachDatabase('share access tokens follow the password', (server) => {
  const setUp = async (s: TestServer) => {
    const { key } = await s.newAccount();
    const gallery = (await s.request('POST', '/galleries', { key, body: { name: 'Locked', password: 'correct horse' } })).body.data;
    const token: string = gallery.share_url.split('/').pop();
    const unlock = async (password = 'correct horse') => (await s.request('POST', `/share/${token}/access`, { body: { password } }));
    const open = async (access: string) => (await s.request('GET', `/share/${token}`, { headers: { [SHARE_HEADER]: access } })).status;
    const patch = (body: Record<string, unknown>) => s.request('PATCH', `/galleries/${gallery.id}`, { key, body });
    const access: string = (await unlock()).body.data.access_token;
    expect(await open(access)).toBe(200);
    return { key, gallery, token, unlock, open, patch, access };
  };

  it('a changed password ends every token at once, and the new password buys a new one', async () => {
    const t = await setUp(server());
    expect((await t.patch({ password: 'battery staple' })).status).toBe(200);
    expect(await t.open(t.access)).toBe(401);
    expect((await t.unlock('correct horse')).status).toBe(401);
    const fresh = (await t.unlock('battery staple')).body.data.access_token;
    expect(await t.open(fresh)).toBe(200);
    // Setting the same password again is a change too (a new hash): tokens end.
    await t.patch({ password: 'battery staple' });
    expect(await t.open(fresh)).toBe(401);
  });

  it('a removed password opens the gallery to everyone; setting one again does not bring old tokens back', async () => {
    const t = await setUp(server());
    await t.patch({ password: null });
    expect((await server().request('GET', `/share/${t.token}`)).status).toBe(200);
    const unprotected = await t.unlock('anything');
    expect(unprotected.status).toBe(409);
    expect(unprotected.body.error).toMatchObject({ code: 'conflict', details: { password_protected: false } });
    await t.patch({ password: 'correct horse' });
    // Even the same password: the token was bound to the hash it was issued for.
    expect(await t.open(t.access)).toBe(401);
  });

  it('archiving ends the tokens: reactivated, the gallery asks for its password again', async () => {
    const t = await setUp(server());
    await t.patch({ status: 'archived' });
    expect(await t.open(t.access)).toBe(404);
    await t.patch({ status: 'active' });
    expect(await t.open(t.access)).toBe(401);
  });

  it('expiry ends the tokens: extended, the gallery asks for its password again', async () => {
    const s = server();
    const t = await setUp(s);
    await t.patch({ expires_at: new Date(s.clock.now().getTime() + 60_000).toISOString() });
    s.clock.advance(61_000);
    expect(await t.open(t.access)).toBe(410);
    s.expiry!.wake();
    await waitUntil(async () => (await s.request('GET', `/galleries/${t.gallery.id}`, { key: t.key })).body.data.status, (status) => status === 'expired');
    await t.patch({ expires_at: new Date(s.clock.now().getTime() + 86_400_000).toISOString() });
    expect(await t.open(t.access)).toBe(401);
  });

  it('deleting the gallery ends them with it', async () => {
    const t = await setUp(server());
    await server().request('DELETE', `/galleries/${t.gallery.id}`, { key: t.key });
    expect(await t.open(t.access)).toBe(404);
    expect(await server().database.db.selectFrom('share_access_tokens').selectAll().where('gallery_id', '=', t.gallery.id).execute()).toEqual([]);
  });
}, { expiry: true });
