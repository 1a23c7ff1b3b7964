// A rate-limit store shared by several API instances: one Redis counter per
// key and window (INCR, expiring with the window).
//
// When Redis does not answer, requests must not wait for it: commands time out
// after `commandTimeoutMs`, nothing queues while it is disconnected, and while
// it is down (the circuit is open) every hit goes straight to an in-memory
// insurance store — limits still hold per instance — while ioredis reconnects
// in the background. The outage is logged once when it starts and once when
// it ends, and /health reports it.
import type * as IORedis from 'ioredis';
import { requireLazily } from '../lazy/require-lazily.js';
import type { Logger } from '../logging/logger.js';
import { MemoryRateLimitStore, type RateLimitStore, type RateLimitStoreStatus } from './rate-limit.js';

const ioredis = requireLazily<typeof IORedis>('ioredis');

export class RedisRateLimitStore implements RateLimitStore {
  private readonly redis: IORedis.Redis;
  private readonly insurance = new MemoryRateLimitStore();
  private down = false;

  constructor(
    url: string,
    private readonly logger?: Logger,
    options: { commandTimeoutMs?: number; prefix?: string } = {},
  ) {
    this.prefix = options.prefix ?? 'piksend:rate-limit:';
    const { Redis } = ioredis();
    this.redis = new Redis(url, {
      // Fail fast: no queue while disconnected, no retries of a command, a bounded wait for an answer.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: options.commandTimeoutMs ?? 100,
      connectTimeout: 1_000,
      // The circuit's re-probe: reconnect in the background, backing off to every 2 s.
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    });
    this.redis.on('error', (err: Error) => this.trip(err));
    this.redis.on('close', () => this.trip(new Error('connection closed')));
    this.redis.on('ready', () => this.recover());
  }

  private probe: NodeJS.Timeout | null = null;

  private recover(): void {
    if (this.probe) clearInterval(this.probe);
    this.probe = null;
    if (!this.down) return;
    this.down = false;
    this.logger?.warn('rate-limit store: Redis answers again; limits are shared again');
  }

  private readonly prefix: string;

  private trip(err: Error): void {
    if (this.down) return;
    this.down = true;
    this.logger?.warn({ err: err.message }, 'rate-limit store: Redis does not answer; counting in this instance\'s memory until it is back');
    // A connection that stays open but stopped answering never emits 'ready' again: probe it.
    this.probe = setInterval(() => {
      if (this.redis.status !== 'ready') return;
      this.redis.ping().then(() => this.recover(), () => undefined);
    }, 1_000);
    this.probe.unref();
  }

  async hit(key: string, windowStart: number, windowMs: number): Promise<number> {
    if (this.down || this.redis.status !== 'ready') {
      this.trip(new Error(`Redis is ${this.redis.status}`));
      return this.insurance.hit(key, windowStart, windowMs);
    }
    const counter = `${this.prefix}${key}:${windowStart}`;
    try {
      // A relative TTL (not the window's end) so counters expire whatever the instances' clocks say.
      const replies = await this.redis.multi().incr(counter).pexpire(counter, windowMs + 1_000).exec();
      const [error, count] = replies?.[0] ?? [new Error('no reply from Redis'), null];
      if (error) throw error;
      return Number(count);
    } catch (err) {
      // A timeout or a refused command: this request is counted in memory, and the circuit opens.
      this.trip(err as Error);
      return this.insurance.hit(key, windowStart, windowMs);
    }
  }

  async peek(key: string, windowStart: number): Promise<number> {
    if (this.down || this.redis.status !== 'ready') return this.insurance.peek(key, windowStart);
    try {
      return Number((await this.redis.get(`${this.prefix}${key}:${windowStart}`)) ?? 0);
    } catch (err) {
      this.trip(err as Error);
      return this.insurance.peek(key, windowStart);
    }
  }

  /** Resolves once connected, or after `timeoutMs` (then requests count in memory until Redis answers). */
  async ready(timeoutMs = 1_000): Promise<boolean> {
    if (this.redis.status === 'ready') return true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.redis.off('ready', onReady);
        this.trip(new Error(`not connected within ${timeoutMs} ms`));
        resolve(false);
      }, timeoutMs);
      const onReady = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.redis.once('ready', onReady);
    });
  }

  status(): RateLimitStoreStatus {
    return { store: 'redis', status: this.down || this.redis.status !== 'ready' ? 'degraded' : 'up' };
  }

  async close(): Promise<void> {
    if (this.probe) clearInterval(this.probe);
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
