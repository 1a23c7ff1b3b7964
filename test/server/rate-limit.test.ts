import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../support/server.js';

describeOnEachDatabase(
  'rate limit',
  (server) => {
    it('allows exactly the limit per key and window, then 429 with Retry-After; the next window opens again', async () => {
      const { key } = await server().newAccount();
      const { key: otherKey } = await server().newAccount();
      // Start at the beginning of a window so the whole test stays inside it.
      const now = server().clock.now().getTime();
      server().clock.set(new Date(Math.ceil(now / 60_000) * 60_000 + 1_000));
      const reset = String(Math.ceil(server().clock.now().getTime() / 60_000) * 60);

      for (let i = 1; i <= 5; i++) {
        const res = await server().request('GET', '/galleries', { key });
        expect(res.status).toBe(200);
        expect(res.headers.get('x-ratelimit-limit')).toBe('5');
        expect(res.headers.get('x-ratelimit-remaining')).toBe(String(5 - i));
        expect(res.headers.get('x-ratelimit-reset')).toBe(reset);
      }
      const refused = await server().request('GET', '/galleries', { key });
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe('rate_limited');
      expect(refused.headers.get('retry-after')).toBe('59');
      expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
      // Errors count too, and other keys have their own budget.
      expect((await server().request('GET', '/galleries/bad', { key })).status).toBe(429);
      expect((await server().request('GET', '/galleries', { key: otherKey })).status).toBe(200);

      server().clock.advance(60_000);
      const again = await server().request('GET', '/galleries', { key });
      expect(again.status).toBe(200);
      expect(again.headers.get('x-ratelimit-remaining')).toBe('4');
    });
  },
  { env: { RATE_LIMIT_PER_MINUTE: '5' } },
);
