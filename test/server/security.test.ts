// Authentication by security scheme, from the spec: each scheme has its
// middleware, an operation whose scheme has none is never mounted, and the
// ShareAccessToken scheme guards the share-link routes.
import { describe, expect, it } from 'vitest';
import { operations } from '../../generated/operations.js';
import { hashShareAccessToken } from '../../src/share/share-access.js';
import { createApp, checkSecurity } from '../../src/server/app.js';
import { createLogger } from '../../src/logging/logger.js';
import { createSecretBox } from '../../src/webhooks/secret-box.js';
import { createStorage } from '../../src/storage/storage.js';
import { describeOnEachDatabase, startTestServer, TEST_WEBHOOK_SECRET_KEY } from '../support/server.js';
import { credentials } from '../../generated/constants.js';

const SHARE_HEADER = credentials.ShareAccessToken.header;

describe('security schemes', () => {
  it('refuses to mount an operation whose security scheme has no middleware', async () => {
    expect(() => checkSecurity(operations, { ApiKey: [], none: [] })).toThrow(/openSharedGallery \(ShareAccessToken\)/);
    const server = await startTestServer('sqlite');
    try {
      expect(() =>
        createApp(
          { config: server.config, database: server.database, clock: server.clock, logger: createLogger('silent'), secretBox: createSecretBox(TEST_WEBHOOK_SECRET_KEY), storage: createStorage(server.config.photos.storage) },
          { ShareAccessToken: undefined },
        ),
      ).toThrow(/No middleware for the security scheme of: openSharedGallery/);
    } finally {
      await server.close();
    }
  });
});

describeOnEachDatabase(
  'ShareAccessToken scheme on the share-link routes',
  (server) => {
    const shareTokenOf = (gallery: { share_url: string }) => gallery.share_url.split('/').pop()!;
    const create = async (key: string, body: Record<string, unknown>) => (await server().request('POST', '/galleries', { key, body })).body.data;

    it('opens a public gallery by its share token, without any API key', async () => {
      const { key } = await server().newAccount();
      const gallery = await create(key, { name: 'Public' });
      const opened = await server().request('GET', `/share/${shareTokenOf(gallery)}`);
      expect(opened.status).toBe(200);
      expect(opened.body.data).toMatchObject({ id: gallery.id, name: 'Public' });
    });

    it('answers 404 for an unknown token and an archived gallery, 400 for a malformed token', async () => {
      const { key } = await server().newAccount();
      expect((await server().request('GET', '/share/AAAAAAAAAAAAAAAAAAAA')).body.error.code).toBe('not_found');
      const malformed = await server().request('GET', '/share/%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00');
      expect(malformed.status).toBe(400);
      expect(malformed.body.error).toMatchObject({ message: 'Invalid share token format', details: { field: 'token' } });
      const archived = await create(key, { name: 'Archived' });
      await server().request('PATCH', `/galleries/${archived.id}`, { key, body: { status: 'archived' } });
      expect((await server().request('GET', `/share/${shareTokenOf(archived)}`)).status).toBe(404);
    });

    it('answers 410 gallery_expired once the gallery has expired', async () => {
      const { key } = await server().newAccount();
      const gallery = await create(key, { name: 'Soon gone', expires_at: new Date(server().clock.now().getTime() + 60_000).toISOString() });
      expect((await server().request('GET', `/share/${shareTokenOf(gallery)}`)).status).toBe(200);
      server().clock.advance(61_000);
      const gone = await server().request('GET', `/share/${shareTokenOf(gallery)}`);
      expect(gone.status).toBe(410);
      expect(gone.body.error.code).toBe('gallery_expired');
    });

    it('asks for an access token on a password-protected gallery, and accepts a live one only', async () => {
      const { key } = await server().newAccount();
      const gallery = await create(key, { name: 'Locked', password: 'correct horse' });
      const token = shareTokenOf(gallery);
      const locked = await server().request('GET', `/share/${token}`);
      expect(locked.status).toBe(401);
      expect(locked.body.error.details).toEqual({ unlock: `/api/v1/share/${token}/access` });
      expect((await server().request('GET', `/share/${token}`, { headers: { [SHARE_HEADER]: 'wrong-token-000000' } })).status).toBe(401);

      const unlocked = await server().request('POST', `/share/${token}/access`, { body: { password: 'correct horse' } });
      expect(unlocked.status).toBe(201);
      const access: string = unlocked.body.data.access_token;
      // Stored only as a hash.
      const stored = await server().database.db.selectFrom('share_access_tokens').select('hash').where('gallery_id', '=', gallery.id).execute();
      expect(stored).toEqual([{ hash: hashShareAccessToken(access) }]);
      const opened = await server().request('GET', `/share/${token}`, { headers: { [SHARE_HEADER]: access } });
      expect(opened.status).toBe(200);
      // Another gallery's access token opens nothing here.
      const other = await create(key, { name: 'Other', password: 'another secret' });
      expect((await server().request('GET', `/share/${shareTokenOf(other)}`, { headers: { [SHARE_HEADER]: access } })).status).toBe(401);
      server().clock.advance(120 * 60_000 + 1);
      expect((await server().request('GET', `/share/${token}`, { headers: { [SHARE_HEADER]: access } })).status).toBe(401);
    });
  },
);
