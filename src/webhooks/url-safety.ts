// Where webhooks may be sent. A URL is checked when it is saved (form, scheme,
// literal addresses) and again at every delivery, against each address the
// host name resolves to — the one actually connected to is one of those, so a
// DNS answer that changes between the two (rebinding) cannot reach inside.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

export interface TargetPolicy {
  /** Allow http:// and loopback/private/link-local receivers (development, or an explicit setting). */
  allowPrivateTargets: boolean;
}

/** Cloud metadata endpoints, named before their range (link-local, unique local, shared address space). */
const METADATA = new Set(['169.254.169.254', 'fd00:ec2::254', '100.100.100.200']);

/** ipaddr.js's range names → what the error says. Any range not named here and not `unicast` is "a reserved address". */
const RANGE_NAMES: Record<string, string> = {
  loopback: 'a loopback address',
  unspecified: 'an unspecified address',
  private: 'a private address',
  carrierGradeNat: 'a private address',
  uniqueLocal: 'a unique local address',
  linkLocal: 'a link-local address',
  deprecatedSiteLocal: 'a site-local address',
  multicast: 'a multicast address',
  broadcast: 'a broadcast address',
  // IPv6 forms that carry (or lead to) an IPv4 address: refused whatever they carry, since a
  // translator or tunnel on the way decides where they really go.
  rfc6145: 'an IPv4-translated address',
  rfc6052: 'a NAT64 address',
  '6to4': 'a 6to4 address',
  teredo: 'a Teredo address',
};

/**
 * What is wrong with sending a webhook to this IP address ("a loopback address"…), or null for a
 * public one. Ranges come from ipaddr.js (IANA's special-purpose registries); an IPv4-mapped
 * address is its IPv4 address, and the deprecated IPv4-compatible form (::a.b.c.d) is refused.
 */
export function classifyAddress(address: string): string | null {
  const unbracketed = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(unbracketed) || isIP(unbracketed) === 0) return 'not an IP address';
  const parsed = ipaddr.parse(unbracketed);
  if (METADATA.has(parsed.toNormalizedString()) || METADATA.has(parsed.toString())) return 'a cloud metadata address';
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) return classifyAddress(v6.toIPv4Address().toString());
    const parts = v6.parts;
    if (parts.slice(0, 6).every((p) => p === 0) && (parts[6] !== 0 || parts[7]! > 1)) return 'an IPv4-compatible address';
  }
  const range = parsed.range();
  if (range === 'unicast') return null;
  return RANGE_NAMES[range] ?? 'a reserved address';
}

/** A name that means this machine, with or without the root's trailing dot. */
const isLocalName = (host: string) => {
  const name = host.toLowerCase().replace(/\.+$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
};

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
