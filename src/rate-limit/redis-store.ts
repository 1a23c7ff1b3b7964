// A rate-limit store shared by several API instances: one Redis counter per
// key and window (INCR, expiring with the window).
import { Redis } from 'ioredis';
import type { RateLimitStore } from './rate-limit.js';

export class RedisRateLimitStore implements RateLimitStore {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix = 'piksend:rate-limit:',
  ) {
    // One retry, then give up: a limiter outage must not stall requests for long.
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 1_000 });
    this.redis.on('error', () => undefined);
  }

  async hit(key: string, windowStart: number, windowMs: number): Promise<number> {
    const counter = `${this.prefix}${key}:${windowStart}`;
    // A relative TTL (not the window's end) so counters expire whatever the instances' clocks say.
    const replies = await this.redis.multi().incr(counter).pexpire(counter, windowMs + 1_000).exec();
    const [error, count] = replies?.[0] ?? [new Error('no reply from Redis'), null];
    if (error) throw error;
    return Number(count);
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
