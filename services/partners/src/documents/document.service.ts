// Documents organisations give the platform: a link to upload one (after its declaration is
// checked), the upload itself (the bytes checked against the declaration and their content, then
// stored with their SHA-256, or nothing kept), and reading them back — their metadata and a
// short-lived download link for the applicant organisation's people and the staff of the
// programmes they were submitted to (tenancy.ts), as missing for anyone else.
import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, newId, parseId, type Clock } from '@pass-numerique/kernel';
import type { Reach } from '@pass-numerique/service-kit';
import type { PlaceRepository } from '../places/place.repository';
import type { OrganisationRepository } from '../organisations/organisation.repository';
import { mayGiveDocumentsFor, mayReadDocument } from '../tenancy';
import { DocumentEntity, type DocumentKind } from './document.entity';
import { DocumentError } from './document.errors';
import { DOWNLOAD_LINK_SECONDS, UPLOAD_LINK_SECONDS, type DocumentLinks } from './document-links';
import type { DocumentRepository } from './document.repository';
import { checkContent, checkDeclaration } from './document.rules';
import type { DocumentStore, DocumentStoreName } from './document-store';

export interface RequestUploadCommand {
  organisationId?: string | null;
  placeId?: string | null;
  programmeId?: string | null;
  kind: string;
  fileName: string;
  contentType: string;
  byteSize: number;
}

export interface UploadLink {
  document: DocumentEntity;
  /** Path on the API's origin (the gateway), e.g. /documents/upload/<token>. */
  uploadUrl: string;
  expiresAt: Date;
}

export class DocumentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: DocumentRepository,
    private readonly places: PlaceRepository,
    private readonly organisations: OrganisationRepository,
    private readonly links: DocumentLinks,
    /** Where new documents go; `stores` reads each from the one that holds it. */
    private readonly store: DocumentStore,
    private readonly stores: ReadonlyMap<DocumentStoreName, DocumentStore>,
    private readonly clock: Clock,
  ) {}

  /** Records the declared document and answers a link to PUT its bytes to, valid 15 minutes. */
  async requestUpload(command: RequestUploadCommand, reach: Reach): Promise<UploadLink> {
    const declared = checkDeclaration(command);
    const programmeId = command.programmeId ? parseId(command.programmeId, 'programmeId') : null;
    let organisationId: string;
    let placeId: string | null = null;
    if (command.placeId) {
      placeId = parseId(command.placeId, 'placeId');
      const place = await this.places.findById(placeId);
      if (!place || !mayGiveDocumentsFor(reach, place.organisationId)) throw new DomainError('NOT_FOUND', `place ${placeId} does not exist`, { field: 'placeId' });
      organisationId = place.organisationId;
      if (command.organisationId && parseId(command.organisationId, 'organisationId') !== organisationId) {
        throw new DomainError('BAD_USER_INPUT', 'the place is not one of that organisation', { field: 'organisationId' });
      }
    } else if (command.organisationId) {
      organisationId = parseId(command.organisationId, 'organisationId');
      if (!mayGiveDocumentsFor(reach, organisationId) || !(await this.organisations.findById(organisationId))) throw new DomainError('NOT_FOUND', `organisation ${organisationId} does not exist`, { field: 'organisationId' });
    } else {
      throw new DomainError('BAD_USER_INPUT', 'name the organisation or the place the document is for', { field: 'organisationId' });
    }
    if (programmeId && !mayGiveDocumentsFor(reach, organisationId, programmeId)) throw new DomainError('NOT_FOUND', `programme ${programmeId} does not exist`, { field: 'programmeId' });

    const now = this.clock.now();
    const document = await this.dataSource.transaction((manager) =>
      this.documents.save(
        manager,
        manager.create(DocumentEntity, { id: newId(), organisationId, placeId, programmeId, ...declared, status: 'PENDING_UPLOAD', sha256: null, storage: null, createdAt: now, createdBy: reach.identity.subject, uploadedAt: null }),
      ),
    );
    const link = this.links.sign(document.id, 'upload', now, UPLOAD_LINK_SECONDS);
    return { document, uploadUrl: link.path, expiresAt: link.expiresAt };
  }

  /**
   * The bytes PUT to an upload link: checked against the declaration (size, type recognised from
   * the content) and stored once with their SHA-256. A refusal stores nothing; the link stays
   * usable until it expires, so a corrected file can be sent to it.
   */
  async receiveUpload(token: string, content: Buffer): Promise<DocumentEntity> {
    const documentId = this.links.verify(token, 'upload', this.clock.now());
    return this.dataSource.transaction(async (manager) => {
      const document = await this.documents.lockById(manager, documentId);
      if (!document || document.status !== 'PENDING_UPLOAD') throw new DocumentError('UPLOAD_LINK_INVALID', 'this link has already been used');
      checkContent(content, document);
      await this.store.put(manager, document.id, content, document.contentType);
      Object.assign(document, { status: 'UPLOADED', sha256: createHash('sha256').update(content).digest('hex'), storage: this.store.name, uploadedAt: this.clock.now() });
      return this.documents.save(manager, document);
    });
  }

  /** The document a download link names, with its bytes. */
  async download(token: string): Promise<{ document: DocumentEntity; content: Buffer }> {
    const documentId = this.links.verify(token, 'download', this.clock.now());
    const document = await this.documents.findById(documentId);
    const content = document?.storage ? await this.stores.get(document.storage as DocumentStoreName)?.get(document.id) : undefined;
    if (!document || !content) throw new DocumentError('UPLOAD_LINK_INVALID', 'this link is not valid');
    return { document, content };
  }

  /** A document the caller may read, or null as for a missing one. */
  async findReadable(rawId: string, reach: Reach): Promise<DocumentEntity | null> {
    const id = parseId(rawId, 'id');
    const document = await this.documents.findById(id);
    return document && (await this.mayRead(document, reach)) ? document : null;
  }

  async mayRead(document: DocumentEntity, reach: Reach): Promise<boolean> {
    const submittedTo = await this.documents.programmesSubmittedTo(document.id);
    return mayReadDocument(reach, document, document.programmeId ? [document.programmeId, ...submittedTo] : submittedTo);
  }

  /** A link to read an uploaded document's bytes, valid 5 minutes; null before the upload. Only for whoever may read the document. */
  downloadUrl(document: DocumentEntity): string | null {
    return document.status === 'UPLOADED' ? this.links.sign(document.id, 'download', this.clock.now(), DOWNLOAD_LINK_SECONDS).path : null;
  }

  /**
   * For the other modules of this service (applications, bank details): the organisation's
   * uploaded document of that kind, or a coded refusal — NOT_FOUND for a document that is not the
   * organisation's (as missing), DOCUMENT_NOT_UPLOADED before its bytes arrived,
   * DOCUMENT_KIND_MISMATCH for another kind (`null`: any kind). `field` names the argument in errors.
   */
  async requireDocument(manager: EntityManager, organisationId: string, rawDocumentId: string, kind: DocumentKind | null, field = 'documentId'): Promise<DocumentEntity> {
    const documentId = parseId(rawDocumentId, field);
    const document = await this.documents.findById(documentId, manager);
    if (!document || document.organisationId !== organisationId) throw new DomainError('NOT_FOUND', `document ${documentId} does not exist`, { field });
    if (document.status !== 'UPLOADED') throw new DocumentError('DOCUMENT_NOT_UPLOADED', `document ${documentId} has not been uploaded yet`, { field });
    if (kind && document.kind !== kind) throw new DocumentError('DOCUMENT_KIND_MISMATCH', `document ${documentId} is a ${document.kind}, not a ${kind}`, { field, kind: document.kind });
    return document;
  }
}
