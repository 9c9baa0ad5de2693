// Where documents' bytes are kept, behind one interface: PostgreSQL (a bytea table, the default:
// nothing more to run) or S3-compatible object storage when the configuration names one
// (DOCUMENT_STORAGE=s3). Each document records the store that holds it, so that documents stored
// before a change of store are still read from where they are.
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { EntityManager } from 'typeorm';
import type { DocumentRepository } from './document.repository';

export type DocumentStoreName = 'postgres' | 's3';

export interface DocumentStore {
  readonly name: DocumentStoreName;
  /** Keeps the bytes. The PostgreSQL store writes them in the transaction that records the upload. */
  put(manager: EntityManager, documentId: string, content: Buffer, contentType: string): Promise<void>;
  /** The bytes kept for the document; undefined when the store has none. */
  get(documentId: string): Promise<Buffer | undefined>;
}

export class PostgresDocumentStore implements DocumentStore {
  readonly name = 'postgres' as const;
  constructor(private readonly documents: DocumentRepository) {}

  put(manager: EntityManager, documentId: string, content: Buffer): Promise<void> {
    return this.documents.insertContent(manager, documentId, content);
  }

  get(documentId: string): Promise<Buffer | undefined> {
    return this.documents.readContent(documentId);
  }
}

export interface S3Settings {
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Bucket in the path (http://host/bucket/key) rather than in the host name: what MinIO and most self-hosted stores need. */
  forcePathStyle: boolean;
}

export class S3DocumentStore implements DocumentStore {
  readonly name = 's3' as const;
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      // Checksums only where the API requires them: not every S3-compatible store knows the newer checksum headers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    });
  }

  /** The bytes are written before the transaction records them: a failed commit leaves an object no row names, overwritten by the next upload. */
  async put(_manager: EntityManager, documentId: string, content: Buffer, contentType: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.settings.bucket, Key: objectKey(documentId), Body: content, ContentType: contentType, ContentLength: content.length }));
  }

  async get(documentId: string): Promise<Buffer | undefined> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: objectKey(documentId) }));
      return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : undefined;
    } catch (error) {
      if ((error as { name?: string }).name === 'NoSuchKey') return undefined;
      throw error;
    }
  }

  close(): void {
    this.client.destroy();
  }
}

function objectKey(documentId: string): string {
  return `documents/${documentId}`;
}

/** The store new documents go to (the configured one), and every store a document may be read from. */
export function openDocumentStores(
  storage: { kind: 'postgres' } | ({ kind: 's3' } & S3Settings),
  documents: DocumentRepository,
): { current: DocumentStore; all: ReadonlyMap<DocumentStoreName, DocumentStore>; close(): void } {
  const postgres = new PostgresDocumentStore(documents);
  if (storage.kind === 'postgres') return { current: postgres, all: new Map([['postgres', postgres]]), close: () => undefined };
  const { kind: _, ...settings } = storage;
  const s3 = new S3DocumentStore(settings);
  return { current: s3, all: new Map<DocumentStoreName, DocumentStore>([['postgres', postgres], ['s3', s3]]), close: () => s3.close() };
}
