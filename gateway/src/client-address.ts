// Whose address a request comes from. Behind a proxy (the console's server, a load balancer) the
// socket's address is the proxy's: every anonymous visitor would share one rate-limit bucket. A
// proxy the operator trusts (TRUSTED_PROXIES) tells the client's address in X-Forwarded-For; the
// address taken is the last one in that list that no trusted proxy added, so that a client cannot
// choose its own bucket by sending the header itself. Proxies are named by address or by network
// (10.0.0.0/8): in a cluster, the ingress controller's pods change address.
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/** Who may tell a client's address: `has` answers for one address. */
export interface TrustedProxies {
  has(address: string): boolean;
}

const NETWORK = /^(.+)\/(\d{1,3})$/;

/** An address or a network in CIDR notation, as TRUSTED_PROXIES lists them. */
export function isProxyEntry(entry: string): boolean {
  const network = NETWORK.exec(entry);
  if (!network) return isIP(entry) !== 0;
  const family = isIP(network[1]);
  const prefix = Number(network[2]);
  return family !== 0 && prefix <= (family === 4 ? 32 : 128);
}

/** The proxies TRUSTED_PROXIES names (each entry checked by isProxyEntry). */
export function trustedProxies(entries: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const entry of entries) {
    const network = NETWORK.exec(entry);
    const address = network ? network[1] : entry;
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (network) list.addSubnet(address, Number(network[2]), type);
    else list.addAddress(address, type);
  }
  return { has: (address) => isIP(address) !== 0 && list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4') };
}

/** IPv4 addresses mapped into IPv6 (::ffff:127.0.0.1) are the IPv4 address. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

export function clientAddress(req: Pick<IncomingMessage, 'headers' | 'socket'>, trustedProxies: TrustedProxies): string {
  let address = normaliseAddress(req.socket.remoteAddress ?? '?');
  if (!trustedProxies.has(address)) return address;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map(normaliseAddress).filter((hop) => isIP(hop) !== 0);
  // Right to left: each trusted proxy vouches for the hop before it.
  while (hops.length > 0 && trustedProxies.has(address)) address = hops.pop()!;
  return address;
}
