// Memberships and invitations the platform holds for self-registered organisations (people whose
// provider gives them no grant of the platform). Every column names its type: the esbuild bundle
// carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';

export const MEMBER_ROLES = ['ADMIN', 'MEMBER'] as const;
/** ADMIN manages the organisation's members and invitations; both act for the organisation. */
export type MemberRole = (typeof MEMBER_ROLES)[number];

@Entity({ name: 'membership' })
export class MembershipEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  /** The person's subject at the identity provider (`sub`). */
  @PrimaryColumn({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  role!: MemberRole;

  /** The e-mail of the invitation the person accepted, for the organisation's lists; null for the one who registered it. */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'timestamptz' })
  since!: Date;
}

@Entity({ name: 'invitation' })
export class InvitationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  /** Shown to the organisation's administrators only; the platform sends no e-mail. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  role!: MemberRole;

  /** Keyed hash of the code (member.rules.ts): the code itself is shown once, to whoever invites. */
  @Column({ name: 'code_hash', type: 'bytea' })
  codeHash!: Buffer;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'accepted_by', type: 'text', nullable: true })
  acceptedBy!: string | null;
}
