import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DocumentKind } from '../documents/document.entity';

/** The kinds of documents a programme asks of applicants, as its managers set them (none set: the defaults of application.rules.ts). */
@Entity({ name: 'application_requirement' })
export class ApplicationRequirementEntity {
  /** The programme is funding's; we hold its id only. */
  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'text', array: true })
  kinds!: DocumentKind[];

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** The manager's subject, never a name. */
  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;
}

/** A document an application gave: each application (and each one after changes were asked) keeps its own list. Never updated, never deleted. */
@Entity({ name: 'application_document' })
export class ApplicationDocumentEntity {
  @PrimaryColumn({ name: 'place_id', type: 'uuid' })
  placeId!: string;

  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @PrimaryColumn({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @PrimaryColumn({ name: 'document_id', type: 'uuid' })
  documentId!: string;
}
