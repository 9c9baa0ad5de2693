// What a document may be, as pure functions: its declared kind, name, type and size, and whether
// the bytes received are what was declared (the type recognised from the content itself, never
// from what the client says).
import { DomainError } from '@pass-numerique/kernel';
import { DOCUMENT_KINDS, type DocumentKind } from './document.entity';
import { DocumentError } from './document.errors';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const ALLOWED_CONTENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type AllowedContentType = (typeof ALLOWED_CONTENT_TYPES)[number];
const FILE_NAME_MAX = 200;

/** Each allowed type by the bytes its files start with (PDF 1.0–2.0, PNG, JPEG/JFIF/EXIF). */
const SIGNATURES: ReadonlyArray<[AllowedContentType, Buffer]> = [
  ['application/pdf', Buffer.from('%PDF-', 'latin1')],
  ['image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ['image/jpeg', Buffer.from([0xff, 0xd8, 0xff])],
];

export interface DeclaredDocument {
  kind: string;
  fileName: string;
  contentType: string;
  byteSize: number;
}

/** The declaration of a document to upload, checked and normalised; refused before any link is given. */
export function checkDeclaration(declared: DeclaredDocument): { kind: DocumentKind; fileName: string; contentType: AllowedContentType; byteSize: number } {
  if (!(DOCUMENT_KINDS as readonly string[]).includes(declared.kind)) throw new DomainError('BAD_USER_INPUT', `unknown document kind ${declared.kind}`, { field: 'kind' });
  const fileName = declared.fileName.trim().replace(/[\p{Cc}/\\]/gu, '_');
  if (!fileName || fileName.length > FILE_NAME_MAX) throw new DomainError('BAD_USER_INPUT', `fileName must be 1 to ${FILE_NAME_MAX} characters`, { field: 'fileName' });
  const contentType = declared.contentType.trim().toLowerCase();
  if (!isAllowedContentType(contentType)) throw typeNotAllowed('contentType');
  if (!Number.isSafeInteger(declared.byteSize) || declared.byteSize <= 0) throw new DomainError('BAD_USER_INPUT', 'byteSize must be a positive number of bytes', { field: 'byteSize' });
  if (declared.byteSize > MAX_DOCUMENT_BYTES) throw tooLarge('byteSize');
  return { kind: declared.kind as DocumentKind, fileName, contentType, byteSize: declared.byteSize };
}

export function isAllowedContentType(contentType: string): contentType is AllowedContentType {
  return (ALLOWED_CONTENT_TYPES as readonly string[]).includes(contentType);
}

/** The allowed type the content is, by its first bytes; undefined for anything else. */
export function sniffContentType(content: Buffer): AllowedContentType | undefined {
  return SIGNATURES.find(([, signature]) => content.subarray(0, signature.length).equals(signature))?.[0];
}

/** The bytes received are the document declared: as many bytes, and of the type declared. */
export function checkContent(content: Buffer, declared: { byteSize: number; contentType: string }): void {
  if (content.length > MAX_DOCUMENT_BYTES) throw tooLarge('content');
  if (content.length !== declared.byteSize) {
    throw new DocumentError('DOCUMENT_SIZE_MISMATCH', `received ${content.length} bytes, ${declared.byteSize} were declared`, { field: 'content' });
  }
  const sniffed = sniffContentType(content);
  if (!sniffed) throw typeNotAllowed('content');
  if (sniffed !== declared.contentType) throw new DocumentError('DOCUMENT_CONTENT_MISMATCH', `the content is ${sniffed}, ${declared.contentType} was declared`, { field: 'content' });
}

export function tooLarge(field: string): DocumentError {
  return new DocumentError('DOCUMENT_TOO_LARGE', `a document is at most ${MAX_DOCUMENT_BYTES} bytes (10 MB)`, { field });
}

function typeNotAllowed(field: string): DocumentError {
  return new DocumentError('DOCUMENT_TYPE_NOT_ALLOWED', 'a document is a PDF, PNG or JPEG file', { field });
}
