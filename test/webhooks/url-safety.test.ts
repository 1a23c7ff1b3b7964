// Where webhooks may go: address classes, the rules at creation, and the
// check at delivery time on the addresses a host name resolves to.
import { describe, expect, it } from 'vitest';
import { classifyAddress, safeLookup, urlProblem, type Resolver } from '../../src/webhooks/url-safety.js';

const production = { allowPrivateTargets: false };
const development = { allowPrivateTargets: true };

describe('address classes', () => {
  it.each([
    ['127.0.0.1', 'a loopback address'],
    ['127.255.0.9', 'a loopback address'],
    ['10.1.2.3', 'a private address'],
    ['172.16.0.1', 'a private address'],
    ['172.31.255.254', 'a private address'],
    ['192.168.1.10', 'a private address'],
    ['100.64.0.1', 'a private address'],
    ['169.254.169.254', 'a cloud metadata address'],
    ['169.254.10.10', 'a link-local address'],
    ['0.0.0.0', 'an unspecified address'],
    ['::1', 'a loopback address'],
    ['::', 'an unspecified address'],
    ['fd12:3456::1', 'a unique local address'],
    ['fc00::1', 'a unique local address'],
    ['fe80::1', 'a link-local address'],
    ['fd00:ec2::254', 'a cloud metadata address'],
    ['::ffff:127.0.0.1', 'a loopback address'],
    ['::ffff:7f00:1', 'a loopback address'],
    ['::ffff:10.0.0.1', 'a private address'],
    ['::ffff:a9fe:a9fe', 'a cloud metadata address'],
    ['64:ff9b::192.168.0.1', 'a private address'],
    ['224.0.0.1', 'a multicast address'],
  ])('%s is %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('%s is public', (address) => {
    expect(classifyAddress(address)).toBeNull();
  });
});

describe('URL rules at creation', () => {
  it("accepts the documentation's example without resolving it (no DNS needed)", () => {
    expect(urlProblem('https://example.com/webhooks', production)).toBeNull();
  });

  it('refuses other schemes and credentials everywhere', () => {
    expect(urlProblem('ftp://example.com/x', development)).toBe('Must be an http(s) URL');
    expect(urlProblem('https://user:pw@example.com/x', development)).toBe('Must not contain credentials');
  });

  it.each([
    ['http://example.com/webhooks', 'Must use https'],
    ['https://127.0.0.1/hook', 'Must not point to a loopback address (127.0.0.1)'],
    ['https://localhost:8443/hook', 'Must not point to a loopback address (localhost)'],
    ['https://10.0.0.5/hook', 'Must not point to a private address (10.0.0.5)'],
    ['https://172.20.1.1/hook', 'Must not point to a private address (172.20.1.1)'],
    ['https://192.168.0.10/hook', 'Must not point to a private address (192.168.0.10)'],
    ['https://169.254.169.254/latest/meta-data', 'Must not point to a cloud metadata address (169.254.169.254)'],
    ['https://[::1]/hook', 'Must not point to a loopback address (::1)'],
    ['https://[fd00::1]/hook', 'Must not point to a unique local address (fd00::1)'],
    ['https://[::ffff:127.0.0.1]/hook', 'Must not point to a loopback address (::ffff:7f00:1)'],
  ])('production refuses %s: %s', (url, problem) => {
    expect(urlProblem(url, production)).toBe(problem);
  });

  it('development (or WEBHOOK_ALLOW_PRIVATE_TARGETS) accepts http and local receivers', () => {
    expect(urlProblem('http://127.0.0.1:4000/hooks', development)).toBeNull();
    expect(urlProblem('http://10.0.0.5/hooks', development)).toBeNull();
  });
});

describe('the check at delivery time', () => {
  const lookupWith = (answers: Record<string, string[]>, policy = production) => {
    const resolver: Resolver = async (host) => (answers[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    const lookup = safeLookup(policy, resolver) as unknown as (h: string, o: { all?: boolean }, cb: (...a: unknown[]) => void) => void;
    return (host: string) => new Promise<unknown[]>((resolve) => lookup(host, { all: true }, (...args) => resolve(args)));
  };

  it('refuses a host name that resolves to a private address, naming it', async () => {
    const [err] = await lookupWith({ 'hooks.example.test': ['10.0.0.7'] })('hooks.example.test');
    expect((err as Error).message).toBe('Refused: hooks.example.test resolves to a private address (10.0.0.7)');
  });

  it('refuses when any of the addresses is private (rebinding with several answers)', async () => {
    const [err] = await lookupWith({ 'mixed.example.test': ['93.184.216.34', '169.254.169.254'] })('mixed.example.test');
    expect((err as Error).message).toMatch(/cloud metadata address \(169\.254\.169\.254\)/);
  });

  it('passes public addresses through, and an unresolvable name fails as a delivery error', async () => {
    expect(await lookupWith({ 'public.example.test': ['93.184.216.34'] })('public.example.test')).toEqual([
      null,
      [{ address: '93.184.216.34', family: 4 }],
    ]);
    const [err] = await lookupWith({})('nowhere.example.test');
    expect((err as NodeJS.ErrnoException).code).toBe('ENOTFOUND');
  });

  it('allows private addresses when the policy does', async () => {
    const [err] = await lookupWith({ 'receiver.test': ['127.0.0.1'] }, development)('receiver.test');
    expect(err).toBeNull();
  });
});
