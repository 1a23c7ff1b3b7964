// The client's address, the one every limit and visitor hash uses. Behind
// trusted proxies (TRUST_PROXY) it is the address the nearest untrusted hop
// reported — walking X-Forwarded-For from the right, past the trusted hops —
// never a value the client wrote itself (the leftmost entries are the
// client's to forge). proxy-addr does the parsing and the walk.
import type { Middleware } from 'koa';
import proxyaddr from 'proxy-addr';
import type { TrustProxy } from '../../config/index.js';
import type { RequestState } from '../context.js';

/** The trust function for proxy-addr: nothing, N hops, or a list of addresses/CIDRs (validated at start-up). */
export function compileTrust(trust: TrustProxy): (address: string, hop: number) => boolean {
  if (trust.kind === 'none') return () => false;
  if (trust.kind === 'hops') return (_address, hop) => hop < trust.hops;
  return proxyaddr.compile(trust.addresses);
}

export function clientAddress(trust: TrustProxy): Middleware<RequestState> {
  const trusted = compileTrust(trust);
  if (trust.kind === 'none') {
    // No proxy trusted: the peer is the client, and X-Forwarded-For is not even parsed.
    return async (ctx, next) => {
      ctx.request.ip = ctx.req.socket.remoteAddress ?? '';
      await next();
    };
  }
  return async (ctx, next) => {
    // A socket that already closed has no address: such a request is answered to nobody anyway.
    ctx.request.ip = ctx.req.socket.remoteAddress ? proxyaddr(ctx.req, trusted) : '';
    await next();
  };
}
