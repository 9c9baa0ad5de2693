// The closed set of codes the documents module raises, besides the kernel's common ones
// (BAD_USER_INPUT, NOT_FOUND, INVALID_ID, FORBIDDEN).
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export type DocumentErrorCode =
  | 'DOCUMENT_TOO_LARGE'
  | 'DOCUMENT_TYPE_NOT_ALLOWED'
  | 'DOCUMENT_CONTENT_MISMATCH'
  | 'DOCUMENT_SIZE_MISMATCH'
  | 'DOCUMENT_NOT_UPLOADED'
  | 'DOCUMENT_KIND_MISMATCH'
  | 'UPLOAD_LINK_EXPIRED'
  | 'UPLOAD_LINK_INVALID';

export class DocumentError extends DomainError<DocumentErrorCode> {
  constructor(code: DocumentErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}
