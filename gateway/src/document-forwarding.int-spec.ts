// The gateway forwards documents' upload and download links to the partners service: the body
// streamed as it came, signed as the anonymous caller (the link is the capability), the answer
// passed back with the headers a download needs; a body over 10 MB or of unstated length is
// refused before a byte leaves the gateway. Partners is stood in for by a server that records
// what reaches it (services/partners' int-specs test the routes themselves; the e2e suite both).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IDENTITY_HEADER, verifyIdentity } from '@pass-numerique/service-kit';
import { unusedPort } from '@pass-numerique/testing';
import { loadGatewayConfig } from './config';
import { startGateway, type RunningGateway } from './gateway';
import { MAX_DOCUMENT_BYTES } from './document-forwarding';

const SECRET = 'test-only-secret-that-is-long-enough-0123456789';

describe('gateway: documents’ links forwarded to partners', () => {
  let partners: Server;
  let gateway: RunningGateway;
  let origin: string;
  const received: Array<{ method?: string; url?: string; identity?: string; contentType?: string; body: Buffer }> = [];

  beforeAll(async () => {
    partners = createServer(async (req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const identity = await verifyIdentity(req.headers[IDENTITY_HEADER] as string | undefined, SECRET);
      received.push({ method: req.method, url: req.url, identity: identity?.subject, contentType: req.headers['content-type'], body: Buffer.concat(chunks) });
      if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="rib.pdf"', 'x-content-type-options': 'nosniff', 'x-internal': 'not for clients' });
        return res.end('%PDF-1.4 bytes');
      }
      res.writeHead(422, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'mismatch', extensions: { code: 'DOCUMENT_CONTENT_MISMATCH' } }] }));
    });
    await new Promise<void>((resolve) => partners.listen(0, '127.0.0.1', resolve));
    const partnersUrl = `http://127.0.0.1:${(partners.address() as AddressInfo).port}/graphql`;
    const nowhere = `http://127.0.0.1:${await unusedPort()}/graphql`;
    const config = loadGatewayConfig({ INTERNAL_IDENTITY_SECRET: SECRET, GATEWAY_MODE: 'development', FUNDING_URL: nowhere, PASSES_URL: nowhere, PARTNERS_URL: partnersUrl, TERRITORY_URL: nowhere, LOG_LEVEL: 'silent' });
    gateway = await startGateway({ ...config, port: 0 });
    origin = new URL(gateway.url).origin;
  });
  afterAll(async () => {
    await gateway?.stop();
    await new Promise((resolve) => partners.close(resolve));
  });

  it('streams an upload to partners, signed as an anonymous caller, and passes its coded answer back', async () => {
    const body = Buffer.alloc(256 * 1024, 7);
    const response = await fetch(`${origin}/documents/upload/a-token`, { method: 'PUT', body: new Uint8Array(body), headers: { 'content-type': 'application/pdf' } });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ errors: [{ message: 'mismatch', extensions: { code: 'DOCUMENT_CONTENT_MISMATCH' } }] });
    const last = received.at(-1)!;
    expect(last).toMatchObject({ method: 'PUT', url: '/documents/upload/a-token', contentType: 'application/pdf', identity: expect.stringMatching(/^anonymous@/) });
    expect(last.body.equals(body)).toBe(true);
  });

  it('passes a download back with the headers a browser needs, and none of the others', async () => {
    const response = await fetch(`${origin}/documents/download/another-token`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="rib.pdf"');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-internal')).toBeNull();
    expect(await response.text()).toBe('%PDF-1.4 bytes');
  });

  it('refuses a body over 10 MB before forwarding anything', async () => {
    const before = received.length;
    const response = await fetch(`${origin}/documents/upload/a-token`, { method: 'PUT', body: new Uint8Array(MAX_DOCUMENT_BYTES + 1), headers: { 'content-type': 'application/pdf' } });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('DOCUMENT_TOO_LARGE');
    expect(received.length).toBe(before);
  });

  it('forwards nothing else of partners', async () => {
    const before = received.length;
    expect((await fetch(`${origin}/documents/other`)).status).toBe(404);
    expect((await fetch(`${origin}/documents/upload/a-token`)).status).toBe(404);
    expect(received.length).toBe(before);
  });
});
