// One delivery attempt over HTTP: POST the body, no redirects followed, a hard
// time limit, the first 2 KB of the answer kept. Connections go only where the
// target policy allows (literal addresses checked here, names in `lookup`).
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { literalTargetProblem, type TargetPolicy } from './url-safety.js';

export const RESPONSE_BODY_LIMIT = 2048;

/**
 * The answer's start as text: invalid UTF-8 and NUL (which PostgreSQL refuses in text: the attempt
 * could never be recorded, and the event would be sent again at every lease's end) become U+FFFD.
 */
const answerText = (bytes: Buffer) => bytes.toString('utf8').replaceAll('\u0000', '\uFFFD');

export interface AttemptResult {
  statusCode: number | null;
  /** The first 2 KB of the answer (text). */
  responseBody: string | null;
  headers: Record<string, string | string[] | undefined>;
  error: string | null;
  durationMs: number;
}

export interface Sender {
  send(url: string, body: string, headers: Record<string, string>, signal: AbortSignal): Promise<AttemptResult>;
  close(): void;
}

// Over 80 lines on purpose: a factory whose closure is one keep-alive agent per endpoint origin; the
// attempt itself (connect, time limit, keep the first 2 KB) reads best in one piece.
export function createSender(options: { policy: TargetPolicy; lookup: LookupFunction; timeoutMs: number; maxSockets: number }): Sender {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets, lookup: options.lookup };
  const agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };

  return {
    send(rawUrl, body, headers, signal) {
      const started = performance.now();
      const done = (partial: Partial<AttemptResult>): AttemptResult => ({
        statusCode: null,
        responseBody: null,
        headers: {},
        error: null,
        durationMs: Math.round(performance.now() - started),
        ...partial,
      });
      let url: URL;
      try {
        url = new URL(rawUrl);
      } catch {
        return Promise.resolve(done({ error: 'Invalid URL' }));
      }
      const refused = literalTargetProblem(url, options.policy);
      if (refused) return Promise.resolve(done({ error: refused }));
      const transport = url.protocol === 'https:' ? https : http;
      const agent = agents[url.protocol as 'http:' | 'https:'];
      if (!agent) return Promise.resolve(done({ error: `Unsupported scheme ${url.protocol}` }));

      return new Promise<AttemptResult>((resolve) => {
        let settled = false;
        const finish = (result: AttemptResult) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          resolve(result);
        };
        const request = transport.request(url, {
          method: 'POST',
          agent,
          headers: { ...headers, 'Content-Length': Buffer.byteLength(body) },
        });
        const timer = setTimeout(() => {
          request.destroy();
          finish(done({ error: `Timed out after ${options.timeoutMs} ms` }));
        }, options.timeoutMs);
        const onAbort = () => {
          request.destroy();
          finish(done({ error: 'Aborted: the worker is shutting down' }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        request.on('error', (err: Error & { code?: string }) => {
          finish(done({ error: err.code && !err.message.includes(err.code) ? `${err.code}: ${err.message}` : err.message }));
        });
        request.on('response', (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          const complete = () => {
            finish(
              done({
                statusCode: response.statusCode ?? null,
                headers: response.headers,
                responseBody: answerText(Buffer.concat(chunks).subarray(0, RESPONSE_BODY_LIMIT)),
              }),
            );
          };
          response.on('data', (chunk: Buffer) => {
            if (size >= RESPONSE_BODY_LIMIT) return;
            chunks.push(chunk);
            size += chunk.length;
            if (size >= RESPONSE_BODY_LIMIT) {
              complete();
              // The rest is not read: the socket is not reused.
              response.destroy();
            }
          });
          response.on('end', complete);
          response.on('error', complete);
        });
        request.end(body);
      });
    },
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}
