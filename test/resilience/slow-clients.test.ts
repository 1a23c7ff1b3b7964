// Clients that connect directly and hold connections without using them:
// 1,000 connections trickling a body from one address leave another client's
// requests answered (at most MAX_CONNECTIONS_PER_ADDRESS for the crowd), and
// a body slower than MIN_BODY_BYTES_PER_SECOND is cut with 408 in the envelope.
// 127.0.0.3 is the crowd, 127.0.0.2 the other client.
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { waitUntil } from '../support/wait.js';

describe('slow clients, without a load balancer', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { env: { MAX_CONNECTIONS_PER_ADDRESS: '50', MIN_BODY_BYTES_PER_SECOND: '200' } });
  });
  afterAll(() => server?.close());
  const port = () => Number(new URL(server.apiUrl).port);

  const health = (localAddress: string) =>
    new Promise<number>((resolve) => {
      const req = request({ host: '127.0.0.1', port: port(), path: '/api/v1/health', localAddress, agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
      });
      req.setTimeout(5_000, () => req.destroy());
      req.on('error', () => resolve(0));
      req.end();
    });

  it('a crowd of 1,000 trickling connections from one address does not starve another client', async () => {
    const crowd: Socket[] = [];
    try {
      for (let i = 0; i < 1_000; i++) {
        const socket = connect({ host: '127.0.0.1', port: port(), localAddress: '127.0.0.3' });
        socket.on('error', () => undefined);
        socket.write('POST /api/v1/galleries HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{');
        crowd.push(socket);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      const statuses: number[] = [];
      for (let i = 0; i < 100; i++) statuses.push(await health('127.0.0.2'));
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(99);
      // All but the 50 the crowd may hold were refused at the socket.
      const open = await waitUntil(async () => crowd.filter((s) => !s.destroyed && s.readyState !== 'closed').length, (n) => n <= 50, 10_000, 100);
      expect(open).toBeLessThanOrEqual(50);
    } finally {
      for (const socket of crowd) socket.destroy();
    }
  }, 30_000);

  it('a body trickled slower than the minimum rate is cut with 408 in the envelope', async () => {
    const { key } = await server.newAccount();
    const socket = connect({ host: '127.0.0.1', port: port(), localAddress: '127.0.0.4' });
    let answer = '';
    socket.on('data', (c: Buffer) => (answer += c.toString()));
    socket.on('error', () => undefined);
    socket.write(`POST /api/v1/galleries HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{`);
    const started = Date.now();
    const trickle = setInterval(() => socket.writable && socket.write(' '), 100);
    try {
      await new Promise<void>((resolve) => {
        socket.on('close', () => resolve());
        setTimeout(resolve, 15_000);
      });
    } finally {
      clearInterval(trickle);
      socket.destroy();
    }
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('"code":"request_timeout"');
    // Cut after the grace period, well before the whole request's time limit (60 s).
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);
});
