// Upload and download links are capabilities: whoever holds one may put (once) or read one
// document's bytes until it expires, without any other credential — a browser PUTs a file to it,
// a reviewer's browser opens it. Each is the document id, what it allows and until when, signed
// with HMAC-SHA-256 under the service's link key (config.ts: documentLinkKeyOf).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { isUuid } from '@pass-numerique/kernel';
import { DocumentError } from './document.errors';

export type LinkPurpose = 'upload' | 'download';

export const UPLOAD_LINK_SECONDS = 15 * 60;
export const DOWNLOAD_LINK_SECONDS = 5 * 60;
/** Where the gateway serves them (it forwards both to this service). */
export const LINK_PATHS: Record<LinkPurpose, string> = { upload: '/documents/upload/', download: '/documents/download/' };

export class DocumentLinks {
  constructor(private readonly key: Buffer) {}

  /** A link path for the document, valid `seconds` from `now`. */
  sign(documentId: string, purpose: LinkPurpose, now: Date, seconds: number): { path: string; expiresAt: Date } {
    const expiresAt = new Date(now.getTime() + seconds * 1000);
    const payload = `${purpose}.${documentId}.${Math.floor(expiresAt.getTime() / 1000)}`;
    return { path: `${LINK_PATHS[purpose]}${payload}.${this.mac(payload)}`, expiresAt };
  }

  /** The document a token names for that purpose; UPLOAD_LINK_INVALID if forged or for another purpose, UPLOAD_LINK_EXPIRED once expired. */
  verify(token: string, purpose: LinkPurpose, now: Date): string {
    const parts = token.split('.');
    const invalid = new DocumentError('UPLOAD_LINK_INVALID', 'this link is not valid');
    if (parts.length !== 4) throw invalid;
    const [tokenPurpose, documentId, expires, mac] = parts;
    const expected = Buffer.from(this.mac(`${tokenPurpose}.${documentId}.${expires}`));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid;
    if (tokenPurpose !== purpose || !isUuid(documentId) || !/^\d+$/.test(expires)) throw invalid;
    if (Number(expires) * 1000 <= now.getTime()) throw new DocumentError('UPLOAD_LINK_EXPIRED', 'this link has expired; ask for a new one');
    return documentId.toLowerCase();
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
