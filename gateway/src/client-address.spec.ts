import type { IncomingMessage } from 'node:http';
import { clientAddress } from './client-address';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as unknown as IncomingMessage;

describe('the client address', () => {
  const trusted = new Set(['127.0.0.1', '10.0.0.5']);

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
});
