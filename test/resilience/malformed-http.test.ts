// What Node refuses before Koa sees the request is still answered in the
// envelope with a request id, and slow clients are cut off on time. Raw
// sockets, since no well-behaved client sends any of this.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('sqlite', { env: { REQUEST_TIMEOUT_MS: '1500', HEADERS_TIMEOUT_MS: '1000' } });
});
afterAll(() => server.close());

/** Writes `chunks` (with pauses of `gapMs`), returns everything the server sent until it closed, and how long it took. */
function raw(chunks: (string | Buffer)[], gapMs = 0, limitMs = 8_000): Promise<{ text: string; ms: number }> {
  const { port } = new URL(server.baseUrl);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(Number(port), '127.0.0.1');
    let text = '';
    let closed = false;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${limitMs} ms: ${text}`));
    }, limitMs);
    socket.on('data', (d) => (text += d.toString('latin1')));
    socket.on('close', () => {
      closed = true;
      clearTimeout(timer);
      resolve({ text, ms: Date.now() - started });
    });
    socket.on('error', () => undefined);
    void (async () => {
      for (const chunk of chunks) {
        if (closed) return;
        socket.write(chunk);
        if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
      }
    })();
  });
}

function envelopeOf(text: string): { status: number; requestId: string | undefined; body: { error: { code: string; details: { request_id: string } } } } {
  const [head, body] = text.split('\r\n\r\n');
  return {
    status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head!)?.[1]),
    requestId: /x-request-id: (\S+)/i.exec(head!)?.[1],
    body: JSON.parse(body!),
  };
}

describe('requests Node refuses before routing', () => {
  it.each([
    ['a 100 KB query string', 431, 'headers_too_large', [`GET /api/v1/health?q=${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`]],
    ['a raw 0xff byte in the path', 400, 'invalid_request', [Buffer.concat([Buffer.from('GET /api/v1/'), Buffer.from([0xff]), Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n')])]],
    ['an unknown method', 400, 'invalid_request', ['BREW /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n']],
    ['Content-Length with Transfer-Encoding', 400, 'invalid_request', ['POST /api/v1/galleries HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n']],
    ['a bogus Expect', 417, 'expectation_failed', ['GET /api/v1/health HTTP/1.1\r\nHost: x\r\nExpect: tea\r\n\r\n']],
  ] as const)('%s: %i %s in the envelope with a request id', async (_what, status, code, chunks) => {
    const { text } = await raw([...chunks] as (string | Buffer)[]);
    const answer = envelopeOf(text);
    expect(answer.status).toBe(status);
    expect(answer.body.error.code).toBe(code);
    expect(answer.requestId).toMatch(/^req_/);
    expect(answer.body.error.details.request_id).toBe(answer.requestId);
  });
});

describe('slow clients', () => {
  it('a body trickled a byte at a time gets 408 in the envelope once the request time limit passes', async () => {
    const body = JSON.stringify({ name: 'Trickled gallery name' });
    const { key } = await server.newAccount();
    const head = `POST /api/v1/galleries HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    const { text, ms } = await raw([head, ...body.split('')], 300);
    expect(envelopeOf(text).status).toBe(408);
    expect(envelopeOf(text).body.error.code).toBe('request_timeout');
    expect(ms).toBeLessThan(4_000);
  });

  it('headers sent a line at a time get 408 once the header time limit passes', async () => {
    const lines = ['GET /api/v1/health HTTP/1.1\r\n', ...Array.from({ length: 20 }, (_, i) => `X-Slow-${i}: 1\r\n`), '\r\n'];
    const { text, ms } = await raw(lines, 250);
    expect(envelopeOf(text).status).toBe(408);
    expect(ms).toBeLessThan(3_500);
  });

  it('the server still answers others meanwhile', async () => {
    const slow = raw(['GET /api/v1/health HTTP/1.1\r\n', 'X-A: 1\r\n'], 900);
    const started = Date.now();
    expect((await server.request('GET', '/health')).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(500);
    await slow;
  });
});
