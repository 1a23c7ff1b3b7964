import { apiVersion } from '../../../generated/operations.js';
import type { Handler } from '../context.js';

export const getHealth: Handler<'getHealth'> = async ({ services }) => {
  const latency = await services.database.ping();
  const up = latency !== null;
  return {
    status: up ? 200 : 503,
    body: { status: up ? 'ok' : 'degraded', version: apiVersion, database: { status: up ? 'up' : 'down', latency_ms: latency } },
  };
};
