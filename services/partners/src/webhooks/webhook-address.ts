// Where a webhook may point. A webhook makes the platform send requests to an address a partner
// chose, so it must not become a way into the platform's own network (SSRF): https only, no
// loopback, private, link-local or otherwise reserved address — checked when the webhook is
// registered (for a literal address) and again at each delivery (for what the name resolves to
// then, so a name cannot be re-pointed at an internal address later). Local receivers over
// plain http are allowed only when the service is configured for development or tests.
import { BlockList, isIP } from 'node:net';
import { WebhookError } from './webhook.errors';

const MAX_URL_LENGTH = 2_000;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const reserved = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  reserved.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  reserved.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is one a webhook may never reach in production (loopback, private, reserved…). */
export function isReservedAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 0) return false;
  // An IPv4-mapped IPv6 address is the IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return reserved.check(mapped[1], 'ipv4');
  return reserved.check(bare, family === 4 ? 'ipv4' : 'ipv6');
}

/** The webhook URL, normalised; a coded error (field url) when it may not be used. */
export function checkWebhookUrl(raw: string, allowLocalHttp: boolean): string {
  const refuse = (message: string) => new WebhookError('INVALID_WEBHOOK_URL', message, { field: 'url' });
  const text = raw.trim();
  if (!text || text.length > MAX_URL_LENGTH) throw refuse(`url must be 1–${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refuse('url is not a URL');
  }
  // Credentials in a URL would be shown to everyone who lists the webhooks: the signature authenticates instead.
  if (url.username || url.password) throw refuse('url may not carry a user name or password');
  if (url.hash) throw refuse('url may not carry a fragment');
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol === 'http:') {
    if (!(allowLocalHttp && local)) throw refuse(allowLocalHttp ? 'plain http is allowed for 127.0.0.1 and localhost only' : 'url must start with https://');
  } else if (url.protocol !== 'https:') {
    throw refuse('url must start with https://');
  }
  if (!allowLocalHttp && (local || isReservedAddress(url.hostname) || url.hostname.endsWith('.localhost'))) {
    throw refuse('url may not point at a loopback, private or reserved address');
  }
  return url.toString();
}
