// Guards against clients that hold connections without using them, for a
// server that faces clients directly (behind a load balancer, its own
// timeouts and per-client caps do this: deploy/haproxy.cfg):
// - at most N open connections per client address (the rest are refused at
//   the socket), so a crowd from one address leaves room for everyone else;
// - a minimum average body rate after a grace period: a body trickled a byte
//   at a time is cut with 408 instead of holding its socket for the whole
//   request timeout.
import type http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { hasBody } from './request-body.js';

/** How long a body may arrive at any pace before its average rate is judged. */
export const BODY_RATE_GRACE_MS = 5_000;

export function capConnectionsPerAddress(server: http.Server, perAddress: number): void {
  if (perAddress <= 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (open.get(address) ?? 0) + 1;
    if (count > perAddress) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}

/** Calls `tooSlow` for a request whose body arrives slower than `bytesPerSecond` on average, past the grace period. */
export function enforceBodyRate(server: http.Server, bytesPerSecond: number, tooSlow: (req: IncomingMessage, res: ServerResponse) => void): void {
  if (bytesPerSecond <= 0) return;
  const receiving = new Map<IncomingMessage, { res: ServerResponse; since: number; bytesAtStart: number }>();
  let timer: NodeJS.Timeout | null = null;
  const check = () => {
    const now = Date.now();
    for (const [req, entry] of receiving) {
      if (req.complete || req.socket.destroyed) {
        receiving.delete(req);
        continue;
      }
      const elapsed = now - entry.since;
      if (elapsed < BODY_RATE_GRACE_MS) continue;
      const rate = ((req.socket.bytesRead - entry.bytesAtStart) * 1000) / elapsed;
      if (rate < bytesPerSecond) {
        receiving.delete(req);
        tooSlow(req, entry.res);
      }
    }
    if (!receiving.size && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!hasBody(req) || req.complete) return;
    receiving.set(req, { res, since: Date.now(), bytesAtStart: req.socket.bytesRead });
    const done = () => receiving.delete(req);
    req.once('end', done);
    res.once('close', done);
    timer ??= setInterval(check, 1_000).unref();
  });
}
