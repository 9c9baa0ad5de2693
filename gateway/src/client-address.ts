// Whose address a request comes from. Behind a proxy (the console's server, a load balancer) the
// socket's address is the proxy's: every anonymous visitor would share one rate-limit bucket. A
// proxy the operator trusts (TRUSTED_PROXIES) tells the client's address in X-Forwarded-For; the
// address taken is the last one in that list that no trusted proxy added, so that a client cannot
// choose its own bucket by sending the header itself.
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** IPv4 addresses mapped into IPv6 (::ffff:127.0.0.1) are the IPv4 address. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

export function clientAddress(req: Pick<IncomingMessage, 'headers' | 'socket'>, trustedProxies: ReadonlySet<string>): string {
  let address = normaliseAddress(req.socket.remoteAddress ?? '?');
  if (!trustedProxies.has(address)) return address;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map(normaliseAddress).filter((hop) => isIP(hop) !== 0);
  // Right to left: each trusted proxy vouches for the hop before it.
  while (hops.length > 0 && trustedProxies.has(address)) address = hops.pop()!;
  return address;
}
