// Conditional writes: PATCH and DELETE of galleries and webhooks, and DELETE
// of photos, take If-Match with the resource's own ETag (what its GET and
// every write answer). A stale one is a 412 and changes nothing; `*` on a
// missing resource is a 412; two writers holding one ETag cannot both win.
import { expect, it } from 'vitest';
import { form, jpeg } from '../support/images.js';
import { describeOnEachDatabase } from '../support/server.js';

describeOnEachDatabase('If-Match', (server) => {
  it('a PATCH with a stale ETag is a 412 and changes nothing; with the current one it goes ahead and answers the next', async () => {
    const { key } = await server().newAccount();
    const created = await server().request('POST', '/galleries', { key, body: { name: 'Smith Wedding' } });
    const id = created.body.data.id;
    const fromCreate = created.headers.get('etag')!;
    expect(fromCreate).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    const read = await server().request('GET', `/galleries/${id}`, { key });
    expect(read.headers.get('etag')).toBe(fromCreate);

    const renamed = await server().request('PATCH', `/galleries/${id}`, { key, body: { name: 'Smith & Jones' }, headers: { 'If-Match': fromCreate } });
    expect(renamed.status).toBe(200);
    const next = renamed.headers.get('etag')!;
    expect(next).not.toBe(fromCreate);
    expect((await server().request('GET', `/galleries/${id}`, { key })).headers.get('etag')).toBe(next);

    // Another tool still holds the first ETag.
    const stale = await server().request('PATCH', `/galleries/${id}`, { key, body: { name: 'Overwritten' }, headers: { 'If-Match': fromCreate } });
    expect(stale.status).toBe(412);
    expect(stale.body.error).toMatchObject({ code: 'precondition_failed', details: { if_match: fromCreate } });
    expect((await server().request('GET', `/galleries/${id}`, { key })).body.data.name).toBe('Smith & Jones');
    // A weak tag never matches If-Match (strong comparison); `*` means "if it exists"; a list may hold the current one.
    expect((await server().request('PATCH', `/galleries/${id}`, { key, body: { name: 'x' }, headers: { 'If-Match': `W/${next}` } })).status).toBe(412);
    expect((await server().request('PATCH', `/galleries/${id}`, { key, body: { name: 'Starred' }, headers: { 'If-Match': '*' } })).status).toBe(200);
    const current = (await server().request('GET', `/galleries/${id}`, { key })).headers.get('etag')!;
    expect((await server().request('PATCH', `/galleries/${id}`, { key, body: { name: 'Listed' }, headers: { 'If-Match': `"nope", ${current}` } })).status).toBe(200);
    // Without If-Match, writes go ahead as before.
    expect((await server().request('PATCH', `/galleries/${id}`, { key, body: { name: 'Unconditional' } })).status).toBe(200);
  });

  it('a client viewing the gallery changes it (its counters), so an ETag read before the view is stale', async () => {
    const { key } = await server().newAccount();
    const gallery = (await server().request('POST', '/galleries', { key, body: { name: 'Viewed' } })).body.data;
    const etag = (await server().request('GET', `/galleries/${gallery.id}`, { key })).headers.get('etag')!;
    await server().request('GET', `/share/${gallery.share_url.split('/').pop()}`);
    expect((await server().request('GET', `/galleries/${gallery.id}`, { key, headers: { 'If-None-Match': etag } })).status).toBe(200);
    expect((await server().request('DELETE', `/galleries/${gallery.id}`, { key, headers: { 'If-Match': etag } })).status).toBe(412);
    const fresh = (await server().request('GET', `/galleries/${gallery.id}`, { key })).headers.get('etag')!;
    expect((await server().request('GET', `/galleries/${gallery.id}`, { key, headers: { 'If-None-Match': fresh } })).status).toBe(304);
    expect((await server().request('DELETE', `/galleries/${gallery.id}`, { key, headers: { 'If-Match': fresh } })).status).toBe(204);
  });

  it('If-Match on a missing resource is a 412, not a 404', async () => {
    const { key } = await server().newAccount();
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await server().request('PATCH', `/galleries/${missing}`, { key, body: { name: 'x' }, headers: { 'If-Match': '*' } })).status).toBe(412);
    expect((await server().request('DELETE', `/webhooks/${missing}`, { key, headers: { 'If-Match': '*' } })).status).toBe(412);
    expect((await server().request('DELETE', `/galleries/${missing}`, { key })).status).toBe(404);
  });

  it('webhooks and photos too', async () => {
    const { key } = await server().newAccount();
    const hook = await server().request('POST', '/webhooks', { key, body: { url: 'https://example.com/hooks', events: ['gallery.created'] } });
    const hookEtag = hook.headers.get('etag')!;
    expect((await server().request('GET', `/webhooks/${hook.body.data.id}`, { key })).headers.get('etag')).toBe(hookEtag);
    const patched = await server().request('PATCH', `/webhooks/${hook.body.data.id}`, { key, body: { description: 'CRM' }, headers: { 'If-Match': hookEtag } });
    expect(patched.status).toBe(200);
    expect((await server().request('DELETE', `/webhooks/${hook.body.data.id}`, { key, headers: { 'If-Match': hookEtag } })).status).toBe(412);
    expect((await server().request('DELETE', `/webhooks/${hook.body.data.id}`, { key, headers: { 'If-Match': patched.headers.get('etag')! } })).status).toBe(204);

    const gallery = (await server().request('POST', '/galleries', { key, body: { name: 'Photos' } })).body.data;
    const photo = (await server().request('POST', `/galleries/${gallery.id}/photos`, { key, form: form([{ name: 'a.jpg', bytes: await jpeg() }]) })).body.data[0];
    const photoEtag = (await server().request('GET', `/galleries/${gallery.id}/photos/${photo.id}`, { key })).headers.get('etag')!;
    expect((await server().request('DELETE', `/galleries/${gallery.id}/photos/${photo.id}`, { key, headers: { 'If-Match': '"stale"' } })).status).toBe(412);
    expect((await server().request('DELETE', `/galleries/${gallery.id}/photos/${photo.id}`, { key, headers: { 'If-Match': photoEtag } })).status).toBe(204);
  });

  it('two writers holding one ETag: one wins, the other gets a 412', async () => {
    const { key } = await server().newAccount();
    const created = await server().request('POST', '/galleries', { key, body: { name: 'Contested' } });
    const etag = created.headers.get('etag')!;
    const results = await Promise.all(
      ['First', 'Second', 'Third'].map((name) => server().request('PATCH', `/galleries/${created.body.data.id}`, { key, body: { name }, headers: { 'If-Match': etag } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412]);
  });
});

describeOnEachDatabase('resource ETags and hostile ids', (server) => {
  // Found by the fuzzer on PostgreSQL: the version lookup (before validation, so a 304 stays free) sent a NUL to the database.
  it.each(['a%00b', '%F1%B7%B8%8C%00', 'not-a-uuid', '550E8400-E29B-41D4-A716-44665544000%00'])('GET of a gallery, photo or webhook named %s is a 400, never a 500', async (id) => {
    const { key } = await server().newAccount();
    for (const path of [`/galleries/${id}`, `/webhooks/${id}`, `/galleries/${id}/photos/${id}`]) {
      const answer = await server().request('GET', path, { key });
      expect(answer.status, path).toBe(400);
      expect(answer.headers.get('etag'), path).toBeNull();
    }
  });
});
