// The conformance checker itself: a handler that drops a documented field, or
// answers a status the spec does not document, must fail the suite.
import { describe, expect, it } from 'vitest';
import { handlers } from '../../src/server/handlers/index.js';
import { ContractViolation } from '../support/contract.js';
import { startTestServer } from '../support/server.js';
import * as responseValidators from '../../generated/validators/responses.js';

describe('response conformance checker', () => {
  it('fails when a handler removes a documented field from its response', async () => {
    const server = await startTestServer('sqlite', {
      handlers: {
        ...handlers,
        // Deliberately off the contract: the casts get past the compiler, which would refuse it.
        getGallery: (async (input: Parameters<typeof handlers.getGallery>[0]) => {
          const result = await handlers.getGallery(input);
          const { share_url: _removed, ...rest } = (result.body as { data: Record<string, unknown> }).data;
          return { ...result, body: { data: rest } };
        }) as unknown as typeof handlers.getGallery,
      },
    });
    try {
      const { key } = await server.newAccount();
      const created = await server.request('POST', '/galleries', { key, body: { name: 'Checked' } });
      await expect(server.request('GET', `/galleries/${created.body.data.id}`, { key })).rejects.toThrow(ContractViolation);
      await expect(server.request('GET', `/galleries/${created.body.data.id}`, { key })).rejects.toThrow(/share_url/);
      // The same generated validator is the one the Dredd hooks apply.
      expect(responseValidators.GalleryResponse({ data: { ...created.body.data, share_url: undefined } })).toBe(false);
    } finally {
      await server.close();
    }
  });

  it('fails on an undocumented status, an undocumented field, and a wrong content type', async () => {
    const server = await startTestServer('sqlite', {
      handlers: {
        ...handlers,
        // Deliberately off the contract: the casts get past the compiler, which would refuse each of these.
        getMe: (async () => ({ status: 202, body: { data: null } })) as unknown as typeof handlers.getMe,
        listEvents: (async (input: Parameters<typeof handlers.listEvents>[0]) => {
          const result = await handlers.listEvents(input);
          return { ...result, body: { ...(result.body as object), cursor: 'next' } };
        }) as unknown as typeof handlers.listEvents,
        getEvent: (async () => ({ status: 200, body: '{"data":{}}', contentType: 'text/plain' })) as unknown as typeof handlers.getEvent,
      },
    });
    try {
      const { key } = await server.newAccount();
      await expect(server.request('GET', '/me', { key })).rejects.toThrow(/status not documented for getMe/);
      await expect(server.request('GET', '/events', { key })).rejects.toThrow(/does not match openapi.yaml/);
      await expect(server.request('GET', '/events/evt_00000000000000000000000000000000', { key })).rejects.toThrow(/Content-Type text\/plain/);
    } finally {
      await server.close();
    }
  });
});
