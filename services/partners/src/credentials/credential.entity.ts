// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CredentialEnvironment } from './credential-secret';

export type CredentialKind = 'ORGANISATION' | 'VENDOR';

/** A credential of partner software (a place's till, a distributor's case-management tool). The secret itself is never stored. */
@Entity({ name: 'partner_credential' })
export class CredentialEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text', array: true })
  scopes!: string[];

  /** ORGANISATION: acts for its own organisation only; VENDOR: a software vendor's key, which may also act for the organisations that delegated to the vendor (delegations/). */
  @Column({ type: 'text' })
  kind!: CredentialKind;

  /** LIVE acts on real passes; SANDBOX only in the organisation's sandbox programme (see sandboxes/). */
  @Column({ type: 'text' })
  environment!: CredentialEnvironment;

  /** HMAC-SHA-256 of the secret under the server's pepper (see credential-secret.ts for why not scrypt). */
  @Column({ name: 'secret_hash', type: 'bytea', select: false })
  secretHash!: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by', type: 'text', nullable: true })
  revokedBy!: string | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
