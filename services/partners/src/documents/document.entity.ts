import { Column, Entity, PrimaryColumn } from 'typeorm';

export const DOCUMENT_KINDS = ['BANK_DETAILS_CERTIFICATE', 'STATUTES', 'REGIE_ACT', 'OTHER'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_STATUSES = ['PENDING_UPLOAD', 'UPLOADED'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/**
 * A document an organisation gives the platform (a RIB, its statutes, a régie act): what it
 * declared when it asked to upload, and once the bytes arrived, what was checked and stored. The
 * bytes live in the document store (PostgreSQL or object storage), never in this row.
 */
@Entity({ name: 'document' })
export class DocumentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Whose document it is: the applicant organisation. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  /** The place it was given for, when it was. */
  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;

  /** The programme it was given for, when it was (its staff may then read it). */
  @Column({ name: 'programme_id', type: 'uuid', nullable: true })
  programmeId!: string | null;

  @Column({ type: 'text' })
  kind!: DocumentKind;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: string;

  /** The size declared before the upload; the bytes received must be exactly as many. */
  @Column({ name: 'byte_size', type: 'integer' })
  byteSize!: number;

  @Column({ type: 'text' })
  status!: DocumentStatus;

  /** Hex SHA-256 of the bytes stored. */
  @Column({ type: 'text', nullable: true })
  sha256!: string | null;

  /** Which store holds the bytes ('postgres' or 's3'), so that a change of store still reads old ones. */
  @Column({ type: 'text', nullable: true })
  storage!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The subject who asked for the upload link (a person's id). */
  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'uploaded_at', type: 'timestamptz', nullable: true })
  uploadedAt!: Date | null;
}
