// The HTTP server around the Koa app: time bounds, a connection cap, and the
// error envelope also for what Node refuses before Koa sees the request
// (malformed requests, oversized headers, timeouts, a bogus Expect).
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Config } from '../config/index.js';
import { errorStatus, type ErrorCode } from '../../generated/operations.js';
import type { Logger } from '../logging/logger.js';
import { capConnectionsPerAddress, enforceBodyRate } from './slow-clients.js';
import { headerNames } from '../../generated/constants.js';

/** Request line and headers together; more is 431. */
export const MAX_HEADER_BYTES = 16 * 1024;

const REASONS: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 417: 'Expectation Failed', 431: 'Request Header Fields Too Large' };

function envelope(code: ErrorCode, message: string) {
  const requestId = `req_${randomUUID().replace(/-/g, '').slice(0, 24)}`;
  return { requestId, body: JSON.stringify({ error: { code, message, details: { request_id: requestId } } }) };
}

/** What a parser error becomes. */
function classify(err: Error & { code?: string }): { code: ErrorCode; message: string } {
  switch (err.code) {
    case 'HPE_HEADER_OVERFLOW':
      return { code: 'headers_too_large', message: `The request line and headers exceed ${MAX_HEADER_BYTES} bytes` };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { code: 'request_timeout', message: 'The request took too long to arrive' };
    default:
      return { code: 'invalid_request', message: 'Malformed HTTP request' };
  }
}

export function createHttpServer(handler: (req: IncomingMessage, res: ServerResponse) => void, config: Config['http'], logger: Logger): http.Server {
  const server = http.createServer(
    {
      maxHeaderSize: MAX_HEADER_BYTES,
      requestTimeout: config.requestTimeoutMs,
      headersTimeout: config.headersTimeoutMs,
      keepAliveTimeout: config.keepAliveTimeoutMs,
      // How often Node looks for requests past their time limits (its default, 30 s, would let them run long over).
      connectionsCheckingInterval: Math.min(1_000, Math.floor(config.headersTimeoutMs / 2)),
    },
    handler,
  );
  server.maxConnections = config.maxConnections;
  capConnectionsPerAddress(server, config.maxConnectionsPerAddress);
  enforceBodyRate(server, config.minBodyBytesPerSecond, (req, res) => {
    const { requestId, body } = envelope('request_timeout', `The request body arrived slower than ${config.minBodyBytesPerSecond} bytes per second`);
    logger.info({ request_id: requestId, status: errorStatus.request_timeout, reason: 'body too slow' }, 'request refused while its body arrived');
    if (!res.headersSent) answerAndClose(res, errorStatus.request_timeout, requestId, body);
    // The rest of the body is not waited for.
    setTimeout(() => req.socket.destroy(), 100).unref();
  });
  // Idle sockets (no request in flight, nothing arriving) are dropped too.
  server.timeout = config.requestTimeoutMs;

  server.on('clientError', (err: Error & { code?: string }, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const { code, message } = classify(err);
    const status = errorStatus[code];
    const { requestId, body } = envelope(code, message);
    logger.info({ request_id: requestId, status, reason: err.code }, 'request refused before routing');
    socket.end(
      `HTTP/1.1 ${status} ${REASONS[status] ?? 'Bad Request'}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${requestId}\r\n` +
        `X-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  });

  // `Expect: 100-continue` is honoured by Node; any other expectation is refused in the envelope.
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => {
    const { requestId, body } = envelope('expectation_failed', `Unsupported Expect: ${String(req.headers.expect).slice(0, 100)}`);
    answerAndClose(res, errorStatus.expectation_failed, requestId, body);
  });
  return server;
}

/** An envelope answered outside Koa (no route ran), and the connection closed after it. */
function answerAndClose(res: ServerResponse, status: number, requestId: string, body: string): void {
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    [headerNames.XRequestId]: requestId,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    Connection: 'close',
  });
  res.end(body);
}
