import { apiVersion } from '../../../generated/operations.js';
import type { Handler } from '../context.js';
import { ifNoneMatchHolds, weakEtag } from '../middleware/conditional-get.js';

/**
 * 503 when the database does not answer; 200 `degraded` when only the shared
 * rate-limit store or the photo storage does not (limits then count in
 * memory; uploads answer 507/503). The ETag covers the statuses, not the
 * latency: a monitor polling with If-None-Match gets 304 while nothing changes state.
 */
export const getHealth: Handler<'getHealth'> = async ({ services, headers }) => {
  const [latency, writable] = await Promise.all([services.database.ping(), services.storageWritable()]);
  const up = latency !== null;
  const rateLimiter = services.rateLimits.status();
  const storage = { kind: services.storage.kind, status: writable ? ('up' as const) : ('down' as const) };
  const body = {
    status: up && rateLimiter.status === 'up' && writable ? ('ok' as const) : ('degraded' as const),
    version: apiVersion,
    database: { status: up ? ('up' as const) : ('down' as const), latency_ms: latency },
    rate_limiter: rateLimiter,
    storage,
  };
  if (!up) return { status: 503, body };
  const etag = weakEtag(body.status, body.version, body.database.status, rateLimiter.store, rateLimiter.status, storage.kind, storage.status);
  if (ifNoneMatchHolds(headers, etag)) return { status: 304, headers: { ETag: etag } };
  return { status: 200, body, headers: { ETag: etag } };
};
