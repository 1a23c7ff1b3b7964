// Where webhooks may be sent. A URL is checked when it is saved (form, scheme,
// literal addresses) and again at every delivery, against each address the
// host name resolves to — the one actually connected to is one of those, so a
// DNS answer that changes between the two (rebinding) cannot reach inside.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

export interface TargetPolicy {
  /** Allow http:// and loopback/private/link-local receivers (development, or an explicit setting). */
  allowPrivateTargets: boolean;
}

const ranges = (entries: [string, number, 'ipv4' | 'ipv6'][]) => {
  const list = new BlockList();
  for (const [address, prefix, family] of entries) list.addSubnet(address, prefix, family);
  return list;
};

/** Address classes no public webhook may reach, first match wins (metadata before link-local). */
const CLASSES: [string, BlockList][] = [
  ['a cloud metadata address', ranges([['169.254.169.254', 32, 'ipv4'], ['fd00:ec2::254', 128, 'ipv6'], ['100.100.100.200', 32, 'ipv4']])],
  ['a loopback address', ranges([['127.0.0.0', 8, 'ipv4'], ['::1', 128, 'ipv6']])],
  ['an unspecified address', ranges([['0.0.0.0', 8, 'ipv4'], ['::', 128, 'ipv6']])],
  ['a private address', ranges([['10.0.0.0', 8, 'ipv4'], ['172.16.0.0', 12, 'ipv4'], ['192.168.0.0', 16, 'ipv4'], ['100.64.0.0', 10, 'ipv4'], ['192.0.0.0', 24, 'ipv4'], ['198.18.0.0', 15, 'ipv4']])],
  ['a unique local address', ranges([['fc00::', 7, 'ipv6']])],
  ['a link-local address', ranges([['169.254.0.0', 16, 'ipv4'], ['fe80::', 10, 'ipv6']])],
  ['a multicast address', ranges([['224.0.0.0', 4, 'ipv4'], ['ff00::', 8, 'ipv6']])],
  ['a reserved address', ranges([['240.0.0.0', 4, 'ipv4'], ['192.0.2.0', 24, 'ipv4'], ['198.51.100.0', 24, 'ipv4'], ['203.0.113.0', 24, 'ipv4'], ['2001:db8::', 32, 'ipv6'], ['100::', 64, 'ipv6']])],
];

/** An IPv4 address carried inside an IPv6 one (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96), or null. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const [hi, lo] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/** What is wrong with sending a webhook to this IP address ("a loopback address"…), or null for a public one. */
export function classifyAddress(address: string): string | null {
  const unbracketed = address.replace(/^\[|\]$/g, '');
  const family = isIP(unbracketed);
  if (family === 0) return 'not an IP address';
  const v4 = family === 6 ? embeddedIpv4(unbracketed) : null;
  if (v4) return classifyAddress(v4);
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const [name, list] of CLASSES) if (list.check(unbracketed, type)) return name;
  return null;
}

const isLocalName = (host: string) => host === 'localhost' || host.endsWith('.localhost');

/** Why this URL cannot be a webhook endpoint under the policy, or null. Never resolves a name (creation must not depend on DNS). */
export function urlProblem(raw: string, policy: TargetPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Must be an absolute http(s) URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Must be an http(s) URL';
  if (!url.hostname) return 'Must name a host';
  if (url.username || url.password) return 'Must not contain credentials';
  if (policy.allowPrivateTargets) return null;
  if (url.protocol !== 'https:') return 'Must use https';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isLocalName(host)) return `Must not point to a loopback address (${host})`;
  const problem = isIP(host) ? classifyAddress(host) : null;
  return problem ? `Must not point to ${problem} (${host})` : null;
}

export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))));

export class UnsafeTargetError extends Error {}

/**
 * A `lookup` for http.request that resolves with `resolver` and refuses the
 * connection when any address is not public (unless the policy allows it).
 */
export function safeLookup(policy: TargetPolicy, resolver: Resolver = systemResolver): LookupFunction {
  return ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    resolver(hostname).then(
      (addresses) => {
        if (!addresses.length) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }));
        if (!policy.allowPrivateTargets) {
          for (const { address } of addresses) {
            const problem = classifyAddress(address);
            if (problem) return callback(new UnsafeTargetError(`Refused: ${hostname} resolves to ${problem} (${address})`));
          }
        }
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (err: Error) => callback(err),
    );
  }) as unknown as LookupFunction;
}

/** The check before connecting to a literal address (Node does not call `lookup` for those). */
export function literalTargetProblem(url: URL, policy: TargetPolicy): string | null {
  if (policy.allowPrivateTargets) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isLocalName(host)) return `Refused: ${host} is a loopback name`;
  if (!isIP(host)) return null;
  const problem = classifyAddress(host);
  return problem ? `Refused: ${host} is ${problem}` : null;
}
