import { apiVersion } from '../../../generated/operations.js';
import type { Handler } from '../context.js';

/** 503 when the database does not answer; 200 `degraded` when only the shared rate-limit store does not (limits then count in memory). */
export const getHealth: Handler<'getHealth'> = async ({ services }) => {
  const latency = await services.database.ping();
  const up = latency !== null;
  const rateLimiter = services.rateLimits.status();
  return {
    status: up ? 200 : 503,
    body: {
      status: up && rateLimiter.status === 'up' ? 'ok' : 'degraded',
      version: apiVersion,
      database: { status: up ? 'up' : 'down', latency_ms: latency },
      rate_limiter: rateLimiter,
    },
  };
};
