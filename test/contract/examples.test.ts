// Every request example of the spec (parameters and bodies), replayed against
// the live server: an example that the server would refuse — a date that has
// passed, a rule added later — fails here, not in an integrator's first try.
import { expect, it } from 'vitest';
import { loadSpec, operationsOf, resolve } from '../../src/codegen/spec.js';
import { form, jpeg, png } from '../support/images.js';
import { SPEC_PATH } from '../support/paths.js';
import { describeOnEachDatabase } from '../support/server.js';
import { EXAMPLE } from '../support/spec-examples.js';

const spec = await loadSpec(SPEC_PATH);

describeOnEachDatabase('the request examples of openapi.yaml', (server) => {
  it('each operation, called with its examples, succeeds on the live server', async () => {
    const { key } = await server().newAccount();
    const call = (method: string, path: string, body?: unknown) => server().request(method, path, { key, body });
    const gallery = (await call('POST', '/galleries', { name: 'Fixture', selection: { enabled: true, min: 1, max: 5 } })).body.data;
    const photos = (await server().request('POST', `/galleries/${gallery.id}/photos`, { key, form: form([{ name: 'a.jpg', bytes: await jpeg() }, { name: 'b.png', bytes: await png() }]) })).body.data;
    // The client's side gets a gallery of its own (the photographer's examples archive theirs).
    const shared = (await call('POST', '/galleries', { name: 'Shared', selection: { enabled: true, min: 1, max: 5 } })).body.data;
    const sharedPhotos = (await server().request('POST', `/galleries/${shared.id}/photos`, { key, form: form([{ name: 'c.jpg', bytes: await jpeg() }, { name: 'd.jpg', bytes: await jpeg() }]) })).body.data;
    const locked = (await call('POST', '/galleries', { name: 'Locked', password: 'correct horse' })).body.data;
    const webhook = (await call('POST', '/webhooks', { url: 'https://example.com/webhooks', events: ['gallery.created'] })).body.data;
    const delivery = (await call('POST', `/webhooks/${webhook.id}/test`)).body.data;
    const event = (await call('GET', '/events')).body.data[0];
    const tokenOf = (g: { share_url: string }) => g.share_url.split('/').pop()!;

    const operations = [...operationsOf(spec)];
    // Deletions last (the gallery's after its photo's), validation at the very end (it locks the favourites).
    const rank = (o: (typeof operations)[number]) =>
      ({ deleteGallery: 2, validateSelection: 3 } as Record<string, number>)[o.operation.operationId] ?? (o.method === 'delete' ? 1 : 0);
    operations.sort((a, b) => rank(a) - rank(b));
    const results: string[] = [];
    for (const { path, method, operation, parameters } of operations) {
      const id = operation.operationId;
      const body = operation.requestBody && resolve<{ content: Record<string, { example?: unknown }> }>(spec, operation.requestBody).content['application/json']?.example;
      if (id === 'uploadPhotos') continue; // no example: a file (covered by the photo suites)
      let url = path;
      for (const p of parameters.filter((x) => x.in === 'path')) url = url.replace(`{${p.name}}`, String((p as { example?: unknown }).example));
      const query = parameters.filter((p) => p.in === 'query' && (p as { example?: unknown }).example !== undefined).map((p) => `${p.name}=${encodeURIComponent(String((p as { example?: unknown }).example))}`);
      const client = path.startsWith('/share');
      url = url
        .replace(EXAMPLE.gallery, gallery.id)
        .replace(EXAMPLE.photo, client ? (id === 'removeFavorite' ? sharedPhotos[1].id : sharedPhotos[0].id) : photos[0].id)
        .replace(EXAMPLE.token, id === 'createShareAccessToken' ? tokenOf(locked) : tokenOf(shared))
        .replace(EXAMPLE.webhook, webhook.id)
        .replace(EXAMPLE.delivery, delivery.id)
        .replace(EXAMPLE.event, event.id);
      const res = await server().request(method.toUpperCase(), `${url}${query.length ? `?${query.join('&')}` : ''}`, {
        key: operation.security?.length === 0 || client ? undefined : key,
        body,
      });
      if (res.status >= 300) results.push(`${id}: ${res.status} ${res.text.slice(0, 200)}`);
    }
    expect(results).toEqual([]);
  });
});
