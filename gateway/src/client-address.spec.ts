import type { IncomingMessage } from 'node:http';
import { clientAddress, isProxyEntry, trustedProxies } from './client-address';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as unknown as IncomingMessage;

describe('the client address', () => {
  const trusted = trustedProxies(['127.0.0.1', '10.0.0.5']);

  it('is the socket address when the peer is not a trusted proxy, whatever it claims', () => {
    expect(clientAddress(request('203.0.113.9', '198.51.100.1'), trusted)).toBe('203.0.113.9');
    expect(clientAddress(request('::ffff:203.0.113.9'), trusted)).toBe('203.0.113.9');
  });

  it('is the last address a trusted proxy did not add', () => {
    expect(clientAddress(request('127.0.0.1', '198.51.100.7'), trusted)).toBe('198.51.100.7');
    // The client wrote 6.6.6.6 itself; the console server (127.0.0.1) behind a trusted balancer (10.0.0.5) added the rest.
    expect(clientAddress(request('::ffff:127.0.0.1', '6.6.6.6, 198.51.100.7, 10.0.0.5'), trusted)).toBe('198.51.100.7');
  });

  it('stays the proxy when the proxy says nothing usable', () => {
    expect(clientAddress(request('127.0.0.1'), trusted)).toBe('127.0.0.1');
    expect(clientAddress(request('127.0.0.1', 'not-an-address'), trusted)).toBe('127.0.0.1');
  });

  it('trusts whole networks: the pods of an ingress controller change address', () => {
    const cluster = trustedProxies(['10.0.0.0/8', 'fd00::/8']);
    expect(clientAddress(request('10.42.7.19', '198.51.100.7'), cluster)).toBe('198.51.100.7');
    expect(clientAddress(request('::ffff:10.1.2.3', '198.51.100.7'), cluster)).toBe('198.51.100.7');
    expect(clientAddress(request('fd12::1', '2001:db8::7'), cluster)).toBe('2001:db8::7');
    expect(clientAddress(request('11.0.0.1', '198.51.100.7'), cluster)).toBe('11.0.0.1');
  });

  it('names proxies by address or network, nothing else', () => {
    for (const entry of ['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8']) expect({ entry, ok: isProxyEntry(entry) }).toEqual({ entry, ok: true });
    for (const entry of ['localhost', '10.0.0.0/33', '10.0.0/8', 'fd00::/129', '/8']) expect({ entry, ok: isProxyEntry(entry) }).toEqual({ entry, ok: false });
  });
});
