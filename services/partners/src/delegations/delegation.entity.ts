// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DelegationSide, DelegationStatus } from './delegation.rules';

/**
 * An organisation's delegation to a software vendor: the vendor's keys may act for the
 * organisation, with these scopes, while it is ACTIVE. Each step keeps who took it and when.
 */
@Entity({ name: 'partner_delegation' })
export class DelegationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'vendor_organisation_id', type: 'uuid' })
  vendorOrganisationId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text', array: true })
  scopes!: string[];

  @Column({ type: 'text' })
  status!: DelegationStatus;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy!: string;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'accepted_by', type: 'text', nullable: true })
  acceptedBy!: string | null;

  @Column({ name: 'declined_at', type: 'timestamptz', nullable: true })
  declinedAt!: Date | null;

  @Column({ name: 'declined_by', type: 'text', nullable: true })
  declinedBy!: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by', type: 'text', nullable: true })
  revokedBy!: string | null;

  @Column({ name: 'revoked_by_side', type: 'text', nullable: true })
  revokedBySide!: DelegationSide | null;
}
