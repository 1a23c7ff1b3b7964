// The client's address behind proxies (TRUST_PROXY): the one the nearest
// untrusted hop reported, never an X-Forwarded-For entry the client wrote.
// 127.0.0.1 stands for the load balancer, 127.0.0.2… for clients.
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';
import { describeOnEachDatabase } from '../support/server.js';

/** POST a password from `localAddress`, with the given forwarding header. */
function unlock(apiUrl: string, token: string, localAddress: string, forwardedFor?: string): Promise<number> {
  const url = new URL(`${apiUrl}/share/${token}/access`);
  const body = JSON.stringify({ password: 'wrong guess' });
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        localAddress,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), ...(forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {}) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('TRUST_PROXY values', () => {
  it('false, true (one hop), a number of hops, or proxy addresses/CIDRs', () => {
    expect(loadConfig({}).trustProxy).toEqual({ kind: 'none' });
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toEqual({ kind: 'hops', hops: 1 });
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toEqual({ kind: 'hops', hops: 2 });
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toEqual({ kind: 'addresses', addresses: ['10.0.0.0/8', '127.0.0.1'] });
    expect(() => loadConfig({ TRUST_PROXY: 'the load balancer' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/99' })).toThrow(/TRUST_PROXY/);
  });
});

describeOnEachDatabase(
  'the client address behind a trusted proxy',
  (server) => {
    const protectedToken = async () => {
      const { key } = await server().newAccount();
      const gallery = (await server().request('POST', '/galleries', { key, body: { name: 'Guarded', password: 'correct horse' } })).body.data;
      return gallery.share_url.split('/').pop() as string;
    };

    it('a client that forges X-Forwarded-For gets no extra password guesses', async () => {
      const token = await protectedToken();
      const statuses: number[] = [];
      // Straight from 127.0.0.2, which is not a trusted proxy: its header is ignored.
      for (let i = 0; i < 5; i++) statuses.push(await unlock(server().apiUrl, token, '127.0.0.2', `203.0.113.${i}`));
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    });

    it('through the trusted proxy, the address it appended counts, not what the client wrote before it', async () => {
      const token = await protectedToken();
      const viaProxy = (client: string, forged: string) => unlock(server().apiUrl, token, '127.0.0.1', `${forged}, ${client}`);
      const first: number[] = [];
      for (let i = 0; i < 4; i++) first.push(await viaProxy('127.0.0.7', `198.51.100.${i}`));
      expect(first).toEqual([401, 401, 401, 429]);
      // Another client behind the same proxy has its own budget, and nobody can spend it by naming it.
      expect(await viaProxy('127.0.0.8', '127.0.0.7')).toBe(401);
    });
  },
  { env: { TRUST_PROXY: '127.0.0.1', SHARE_PASSWORD_ATTEMPTS: '3' } },
);
