// One HTTP attempt: POST the body, wait at most `timeoutMs` for the status line, follow no
// redirect (a 3xx is a failed attempt: the receiver's URL should be the final one). With
// `allowPrivateAddresses` off, the receiver's name is resolved here and refused when any of
// its addresses is loopback, private or reserved (see webhook-address.ts).
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { isReservedAddress } from './webhook-address';

export interface WebhookCall {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface SendOptions {
  timeoutMs: number;
  allowPrivateAddresses: boolean;
}

/** What the delivery log keeps of an attempt: the status code, or why there was none. */
export type SendOutcome =
  | { delivered: true; statusCode: number; error: null }
  | { delivered: false; statusCode: number | null; error: 'HTTP_STATUS' | 'TIMEOUT' | 'CONNECTION_FAILED' | 'FORBIDDEN_ADDRESS' };

class ForbiddenAddressError extends Error {
  readonly code = 'FORBIDDEN_ADDRESS';
}

function guardedLookup(hostname: string, options: { all?: boolean } & Record<string, unknown>, callback: (...args: any[]) => void): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error);
    if (addresses.length === 0 || addresses.some((a) => isReservedAddress(a.address))) return callback(new ForbiddenAddressError(`${hostname} resolves to a forbidden address`));
    return options.all ? callback(null, addresses) : callback(null, addresses[0].address, addresses[0].family);
  });
}

export function sendWebhook(call: WebhookCall, options: SendOptions): Promise<SendOutcome> {
  const url = new URL(call.url);
  if (!options.allowPrivateAddresses && isIP(url.hostname.replace(/^\[|\]$/g, '')) && isReservedAddress(url.hostname)) {
    return Promise.resolve({ delivered: false, statusCode: null, error: 'FORBIDDEN_ADDRESS' });
  }
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const body = Buffer.from(call.body, 'utf8');

  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: SendOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const req = request(
      url,
      {
        method: 'POST',
        headers: { ...call.headers, 'content-type': 'application/json', 'content-length': String(body.length), 'user-agent': 'pass-numerique-webhooks/1' },
        agent: false,
        ...(options.allowPrivateAddresses ? {} : { lookup: guardedLookup as never }),
      },
      (res: IncomingMessage) => {
        // Only the status matters; the body is drained and dropped (never logged: it is the partner's).
        res.resume();
        res.on('error', () => undefined);
        const statusCode = res.statusCode ?? 0;
        settle(statusCode >= 200 && statusCode < 300 ? { delivered: true, statusCode, error: null } : { delivered: false, statusCode, error: 'HTTP_STATUS' });
        req.destroy();
      },
    );
    const timer = setTimeout(() => {
      settle({ delivered: false, statusCode: null, error: 'TIMEOUT' });
      req.destroy();
    }, options.timeoutMs);
    req.on('error', (error: Error & { code?: string }) => {
      settle({ delivered: false, statusCode: null, error: error instanceof ForbiddenAddressError || error.code === 'FORBIDDEN_ADDRESS' ? 'FORBIDDEN_ADDRESS' : 'CONNECTION_FAILED' });
    });
    req.end(body);
  });
}
