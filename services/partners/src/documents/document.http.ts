// The two HTTP exchanges of documents, beside /graphql (the gateway forwards them): a PUT of the
// bytes to an upload link, a GET of them through a download link. Answers are JSON with a coded
// error, as GraphQL errors are; nothing about a refusal's internals leaves the service.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError } from '@pass-numerique/kernel';
import { sendJson, type HttpRoute, type Logger } from '@pass-numerique/service-kit';
import type { DocumentService } from './document.service';
import { LINK_PATHS } from './document-links';
import { MAX_DOCUMENT_BYTES, tooLarge } from './document.rules';

const STATUS_OF: Record<string, number> = {
  DOCUMENT_TOO_LARGE: 413,
  DOCUMENT_TYPE_NOT_ALLOWED: 415,
  DOCUMENT_CONTENT_MISMATCH: 422,
  DOCUMENT_SIZE_MISMATCH: 422,
  UPLOAD_LINK_EXPIRED: 410,
  UPLOAD_LINK_INVALID: 403,
};

function sendError(res: ServerResponse, error: unknown, logger: Logger, headers: Record<string, string> = {}): void {
  if (error instanceof DomainError && STATUS_OF[error.code]) {
    return sendJson(res, STATUS_OF[error.code], { errors: [{ message: error.message, extensions: { code: error.code } }] }, headers);
  }
  logger.error('document exchange failed', { error: String(error) });
  sendJson(res, 500, { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}

/** The body, up to the largest document allowed; undefined once over it (the rest is left unread). */
function readContent(req: IncomingMessage): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_DOCUMENT_BYTES) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_DOCUMENT_BYTES) return void chunks.push(chunk);
      req.off('data', onData).off('end', onEnd);
      req.pause();
      resolve(undefined);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on('data', onData).once('end', onEnd).once('error', reject);
  });
}

/** Filename for Content-Disposition: ASCII fallback and the UTF-8 name (RFC 6266). */
function disposition(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_') || 'document';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function documentRoutes(documents: DocumentService, logger: Logger): HttpRoute[] {
  return [
    {
      method: 'PUT',
      prefix: LINK_PATHS.upload,
      handle: async (req, res, token) => {
        const content = await readContent(req);
        // Over the limit: answered at once and the connection closed, the rest of the body never read.
        if (!content) return sendError(res, tooLarge('content'), logger, { connection: 'close' });
        try {
          const document = await documents.receiveUpload(token, content);
          sendJson(res, 200, { document: { id: document.id, status: document.status, byteSize: document.byteSize, sha256: document.sha256 } });
        } catch (error) {
          sendError(res, error, logger);
        }
      },
    },
    {
      method: 'GET',
      prefix: LINK_PATHS.download,
      handle: async (_req, res, token) => {
        try {
          const { document, content } = await documents.download(token);
          res.writeHead(200, {
            'content-type': document.contentType,
            'content-length': content.length,
            'content-disposition': disposition(document.fileName),
            'x-content-type-options': 'nosniff',
            'cache-control': 'private, no-store',
            'content-security-policy': "default-src 'none'; sandbox",
          });
          res.end(content);
        } catch (error) {
          sendError(res, error, logger);
        }
      },
    },
  ];
}
