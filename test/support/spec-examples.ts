// The ids openapi.yaml's examples use, a live fixture for each of them, and the
// order in which every operation can be replayed on those fixtures (used by the
// request-example and code-sample tests).
import { form, jpeg, png } from './images.js';
import type { TestServer } from './server.js';

export const EXAMPLE = {
  gallery: '550e8400-e29b-41d4-a716-446655440000',
  photo: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  token: 'Zk3xQ9mP2vR7tL8w',
  webhook: '3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b',
  delivery: '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d',
  event: 'evt_1f0c9a7e5b3d4c2a8e6f0b1d3c5a7e9f',
} as const;

/** Operations in an order the fixtures survive: deletions late (the gallery's after its photo's), validating the selection last (it locks the favourites). */
export function inReplayOrder<T extends { method: string; operation: { operationId: string } }>(operations: Iterable<T>): T[] {
  const rank = ({ method, operation }: T) => ({ deleteGallery: 2, validateSelection: 3 } as Record<string, number>)[operation.operationId] ?? (method === 'delete' ? 1 : 0);
  return [...operations].sort((a, b) => rank(a) - rank(b));
}

/** A fresh account with a fixture for every id the examples name, and `withFixtureIds` to put them in place of the examples' ids. */
export async function exampleFixtures(server: TestServer) {
  const { key } = await server.newAccount();
  const call = (method: string, path: string, body?: unknown) => server.request(method, path, { key, body });
  const gallery = (await call('POST', '/galleries', { name: 'Fixture', selection: { enabled: true, min: 1, max: 5 } })).body.data;
  const photos = (await server.request('POST', `/galleries/${gallery.id}/photos`, { key, form: form([{ name: 'a.jpg', bytes: await jpeg() }, { name: 'b.png', bytes: await png() }]) })).body.data;
  // The client's side gets a gallery of its own (the photographer's examples archive theirs).
  const shared = (await call('POST', '/galleries', { name: 'Shared', selection: { enabled: true, min: 1, max: 5 } })).body.data;
  const sharedPhotos = (await server.request('POST', `/galleries/${shared.id}/photos`, { key, form: form([{ name: 'c.jpg', bytes: await jpeg() }, { name: 'd.jpg', bytes: await jpeg() }]) })).body.data;
  const locked = (await call('POST', '/galleries', { name: 'Locked', password: 'correct horse' })).body.data;
  const webhook = (await call('POST', '/webhooks', { url: 'https://example.com/webhooks', events: ['gallery.created'] })).body.data;
  const delivery = (await call('POST', `/webhooks/${webhook.id}/test`)).body.data;
  const event = (await call('GET', '/events')).body.data[0];
  const tokenOf = (g: { share_url: string }) => g.share_url.split('/').pop()!;
  return {
    key,
    /** `text` (a URL, a code sample) with the fixtures' ids in place of the examples' ids. */
    withFixtureIds(operationId: string, path: string, text: string): string {
      const client = path.startsWith('/share');
      return text
        .replaceAll(EXAMPLE.gallery, gallery.id)
        .replaceAll(EXAMPLE.photo, client ? (operationId === 'removeFavorite' ? sharedPhotos[1].id : sharedPhotos[0].id) : photos[0].id)
        .replaceAll(EXAMPLE.token, operationId === 'createShareAccessToken' ? tokenOf(locked) : tokenOf(shared))
        .replaceAll(EXAMPLE.webhook, webhook.id)
        .replaceAll(EXAMPLE.delivery, delivery.id)
        .replaceAll(EXAMPLE.event, event.id);
    },
  };
}
