// Malformed HTTP over raw sockets: broken request lines, odd methods, bytes
// no client sends, oversized or conflicting headers, bodies that stop short.
// Every answer must be an HTTP response below 500 with the JSON envelope (or
// no answer at all where HTTP allows none), within two seconds.
import { connect } from 'node:net';
import fc from 'fast-check';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'BREW', 'G3T', 'get', 'CONNECT', 'TRACE', ''];
const PATHS = ['/api/v1/health', '/api/v1/galleries', '/api/v1/share/Zk3xQ9mP2vR7tL8w', '*', '', 'http://evil.example/', '/api/v1/%', '/api/v1/\u00ff'];

export const rawRequest = fc
  .record({
    method: fc.constantFrom(...METHODS),
    path: fc.oneof(fc.constantFrom(...PATHS), fc.string({ unit: 'binary', maxLength: 20 }).map((s) => `/api/v1/${s}`)),
    version: fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2', 'HTTP/9.9', ''),
    headers: fc.array(
      fc.oneof(
        fc.constantFrom('Host: x', 'Content-Length: 5', 'Content-Length: -1', 'Content-Length: 5, 6', 'Transfer-Encoding: chunked', 'Transfer-Encoding: gzip, chunked', 'Expect: tea', 'Expect: 100-continue', 'Content-Type: application/json; charset=bogus', 'Authorization: Bearer \u00ff', 'X-Big: ' + 'x'.repeat(20_000)),
        fc.tuple(fc.string({ unit: 'binary', maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 20 })).map(([k, v]) => `${k}: ${v}`),
      ),
      { maxLength: 5 },
    ),
    body: fc.oneof(fc.constant(''), fc.string({ maxLength: 40 }), fc.constant('0\r\n\r\n'), fc.constant('{"name":')),
  })
  .map(({ method, path, version, headers, body }) => Buffer.from(`${method} ${path} ${version}\r\n${headers.join('\r\n')}\r\n\r\n${body}`, 'latin1'));

/** Sends one raw request; resolves with what went wrong, or null. */
export function sendRaw(baseUrl: string, request: Buffer): Promise<string | null> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let text = '';
    const finish = (problem: string | null) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(problem);
    };
    // A request the server is still waiting on (its body may never come) is not a fault: cut it off after a while.
    const timer = setTimeout(() => finish(text && !/^HTTP\/1\.[01] \d{3}/.test(text) ? `not an HTTP answer: ${text.slice(0, 80)}` : null), 2_000);
    socket.on('data', (d) => {
      text += d.toString('latin1');
      const head = /^HTTP\/1\.[01] (\d{3})[^\r]*\r\n([\s\S]*?)\r\n\r\n/.exec(text);
      if (!head) return;
      const status = Number(head[1]);
      if (status >= 500) return finish(`answered ${status}`);
      const length = Number(/content-length: (\d+)/i.exec(head[2]!)?.[1] ?? -1);
      const body = text.slice(head[0].length);
      if (length >= 0 && body.length >= length) {
        if (status >= 400) {
          try {
            const parsed = JSON.parse(body.slice(0, length)) as { error?: { code?: string } };
            if (!parsed.error?.code) return finish(`${status} without the envelope: ${body.slice(0, 80)}`);
          } catch {
            return finish(`${status} with a body that is not JSON: ${body.slice(0, 80)}`);
          }
        }
        finish(null);
      }
    });
    socket.on('error', () => finish(null));
    socket.on('close', () => finish(text && !/^HTTP\/1\.[01] \d{3}/.test(text) ? `not an HTTP answer: ${text.slice(0, 80)}` : null));
    socket.write(request);
  });
}
