// The machine's Redis for the suites that need one: required in CI, skipped loudly elsewhere.
import { Redis } from 'ioredis';

export const REDIS_URL = process.env.PIKSEND_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisAvailable(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2_000, retryStrategy: () => null });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

export const redisIsAvailable = await redisAvailable();
if (!redisIsAvailable) {
  if (process.env.CI) throw new Error(`Redis is required in CI but ${REDIS_URL} does not answer`);
  console.warn(`\n*** Redis is not reachable at ${REDIS_URL}: the Redis suites are SKIPPED. ***\n`);
}
