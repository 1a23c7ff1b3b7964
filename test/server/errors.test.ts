import { describe, expect, it } from 'vitest';
import { operations } from '../../generated/operations.js';
import { checkHandlers } from '../../src/server/app.js';
import { handlers } from '../../src/server/handlers/index.js';
import { describeOnEachDatabase, startTestServer } from '../support/server.js';

describeOnEachDatabase('errors in the envelope', (server) => {
  it('unknown route → 404, wrong method → 405 with Allow', async () => {
    const { key } = await server().newAccount();
    const missing = await server().request('GET', '/nothing-here', { key });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    expect(missing.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{24}$/);
    const wrong = await server().request('PUT', '/galleries', { key });
    expect(wrong.status).toBe(405);
    expect(wrong.body.error.code).toBe('method_not_allowed');
    expect(wrong.headers.get('allow')).toBe('HEAD, GET, POST');
    // OPTIONS names the methods (@koa/router's allowedMethods); an API-key path sends no CORS headers.
    const options = await fetch(`${server().apiUrl}/galleries`, { method: 'OPTIONS', headers: { Origin: 'https://app.example.com' } });
    expect(options.status).toBe(200);
    expect(options.headers.get('allow')).toBe('HEAD, GET, POST');
    expect(options.headers.get('access-control-allow-origin')).toBeNull();
    const nowhere = await server().request('PROPFIND', '/nothing-here', { key });
    expect(nowhere.status).toBe(404);
  });

  it('malformed JSON → 400, wrong content type → 415, oversized body → 413; nothing is written', async () => {
    const { key } = await server().newAccount();
    const bad = await server().request('POST', '/galleries', { key, rawBody: '{"name": "x",', headers: { 'Content-Type': 'application/json' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid_request', message: 'Malformed JSON body', details: { field: 'body' } });
    const scalar = await server().request('POST', '/galleries', { key, rawBody: '"just a string"', headers: { 'Content-Type': 'application/json' } });
    expect(scalar.status).toBe(400);
    const text = await server().request('POST', '/galleries', { key, rawBody: 'name=x', headers: { 'Content-Type': 'text/plain' } });
    expect(text.status).toBe(415);
    expect(text.body.error).toEqual({ code: 'unsupported_media_type', message: 'Content-Type must be application/json', details: { received: 'text/plain' } });
    const huge = await server().request('POST', '/galleries', { key, body: { name: 'x', client: { name: 'y'.repeat(2 * 1024 * 1024) } } });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
    const none = await server().request('POST', '/galleries', { key });
    expect(none.status).toBe(400);
    expect(none.body.error.details).toEqual({ field: 'body', issue: 'Is required' });
    const charset = await server().request('POST', '/galleries', {
      key,
      rawBody: JSON.stringify({ name: 'utf8 ✓' }),
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
    expect(charset.status).toBe(201);
    expect((await server().request('GET', '/galleries', { key })).body.pagination.total).toBe(1);
  });

});

describe('unhandled errors', () => {
  it('become 500 internal_error with the request id, logged, without internals', async () => {
    const server = await startTestServer('sqlite', {
      handlers: {
        ...handlers,
        getMe: async () => {
          throw new Error('database exploded at /srv/secret/path.ts:42');
        },
      },
    });
    try {
      const { key } = await server.newAccount();
      const res = await server.request('GET', '/me', { key });
      expect(res.status).toBe(500);
      const requestId = res.headers.get('x-request-id');
      expect(res.body).toEqual({
        error: { code: 'internal_error', message: 'Something went wrong on our side', details: { request_id: requestId } },
      });
      expect(res.text).not.toMatch(/exploded|secret|\.ts/);
      expect(server.logs()).toContain('database exploded');
      expect(server.logs()).toContain(requestId);
      expect(server.logs()).not.toContain(key);
    } finally {
      await server.close();
    }
  });
});

describe('handler table', () => {
  it('has exactly one handler per operationId of openapi.yaml', () => {
    expect(Object.keys(handlers).sort()).toEqual(operations.map((o) => o.operationId).sort());
    expect(() => checkHandlers(operations, handlers)).not.toThrow();
  });

  it('refuses to start with a missing or an extra handler', async () => {
    const { getMe: _dropped, ...missing } = handlers;
    expect(() => checkHandlers(operations, missing)).toThrow(/missing getMe/);
    expect(() => checkHandlers(operations, { ...handlers, getPony: async () => ({ status: 200 }) })).toThrow(/no such operation getPony/);
    await expect(startTestServer('sqlite', { handlers: missing as typeof handlers })).rejects.toThrow(/missing getMe/);
  });
});
