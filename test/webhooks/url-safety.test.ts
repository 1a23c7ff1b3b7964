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
    ['64:ff9b::192.168.0.1', 'a NAT64 address'],
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

/**
 * One address per special-purpose range, each refused in production both when
 * a webhook is created with it as a literal host and when a host name resolves
 * to it at delivery. The IPv6 forms that carry an IPv4 address (compatible,
 * translated, 6to4, Teredo, NAT64 well-known and local-use) are refused
 * whatever they carry.
 */
const RANGES: [range: string, address: string, problem: string][] = [
  ['IPv4 this-network 0.0.0.0/8', '0.1.2.3', 'an unspecified address'],
  ['IPv4 loopback', '127.0.0.1', 'a loopback address'],
  ['IPv4 private 10/8', '10.9.8.7', 'a private address'],
  ['IPv4 shared address space 100.64/10', '100.64.0.1', 'a private address'],
  ['IPv4 link-local', '169.254.1.1', 'a link-local address'],
  ['IPv4 metadata', '169.254.169.254', 'a cloud metadata address'],
  ['IPv4 IETF protocol assignments 192.0.0/24', '192.0.0.8', 'a reserved address'],
  ['IPv4 documentation TEST-NET-1', '192.0.2.1', 'a reserved address'],
  ['IPv4 documentation TEST-NET-3', '203.0.113.9', 'a reserved address'],
  ['IPv4 benchmarking 198.18/15', '198.18.0.1', 'a reserved address'],
  ['IPv4 multicast', '239.1.1.1', 'a multicast address'],
  ['IPv4 future use 240/4', '240.0.0.1', 'a reserved address'],
  ['IPv4 broadcast', '255.255.255.255', 'a broadcast address'],
  ['IPv6 unspecified', '::', 'an unspecified address'],
  ['IPv6 loopback', '::1', 'a loopback address'],
  ['IPv4-mapped loopback', '::ffff:127.0.0.1', 'a loopback address'],
  ['IPv4-compatible (deprecated) loopback', '::7f00:1', 'an IPv4-compatible address'],
  ['IPv4-translated (RFC 6145)', '::ffff:0:7f00:1', 'an IPv4-translated address'],
  ['6to4', '2002:7f00:1::', 'a 6to4 address'],
  ['Teredo', '2001::1', 'a Teredo address'],
  ['NAT64 well-known 64:ff9b::/96', '64:ff9b::7f00:1', 'a NAT64 address'],
  ['NAT64 local-use 64:ff9b:1::/48', '64:ff9b:1::1', 'a NAT64 address'],
  ['IPv6 discard-only 100::/64', '100::1', 'a reserved address'],
  ['IPv6 documentation 2001:db8::/32', '2001:db8::1', 'a reserved address'],
  ['IPv6 benchmarking 2001:2::/48', '2001:2::1', 'a reserved address'],
  ['IPv6 unique local', 'fd00::1', 'a unique local address'],
  ['IPv6 site-local (deprecated)', 'fec0::1', 'a site-local address'],
  ['IPv6 link-local', 'fe80::1', 'a link-local address'],
  ['IPv6 multicast', 'ff02::1', 'a multicast address'],
];

describe('every special-purpose range, at creation and at delivery', () => {
  const resolveTo = (address: string) => {
    const resolver: Resolver = async () => [{ address, family: address.includes(':') ? 6 : 4 }];
    const lookup = safeLookup(production, resolver) as unknown as (h: string, o: { all?: boolean }, cb: (...a: unknown[]) => void) => void;
    return new Promise<unknown[]>((resolve) => lookup('hooks.example.test', { all: true }, (...args) => resolve(args)));
  };

  it.each(RANGES)('%s (%s) is %s', async (_range, address, problem) => {
    expect(classifyAddress(address)).toBe(problem);
    const literal = address.includes(':') ? `[${address}]` : address;
    expect(urlProblem(`https://${literal}/hook`, production)).toMatch(new RegExp(`^Must not point to ${problem} \\(`));
    const [err] = await resolveTo(address);
    expect((err as Error).message).toBe(`Refused: hooks.example.test resolves to ${problem} (${address})`);
  });

  it.each(['localhost.', 'LOCALHOST', 'api.localhost.', 'localhost..'])('the name %s is this machine at creation', (host) => {
    expect(urlProblem(`https://${host}/hook`, production)).toMatch(/^Must not point to a loopback address/);
  });

  it.each(['8.8.8.8', '93.184.216.34', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('%s stays public', async (address) => {
    expect(classifyAddress(address)).toBeNull();
    expect((await resolveTo(address))[0]).toBeNull();
  });
});
