// Credentials for partner software: scoped, shown once, stored hashed, expiring, revocable.
// The gateway turns a presented secret into an identity with verifyCredential: the key's scopes,
// and the programmes its organisation takes part in, in which it grants the key its roles. A
// SANDBOX key's only programme is its organisation's sandbox, and a LIVE key's never is: a test key
// finds no real pass, a real key no test pass (both answer as for a pass that does not exist).
import type { DataSource } from 'typeorm';
import { DomainError, isoDate, newId, parseId, type Clock } from '@pass-numerique/kernel';
import { CredentialRevokedV1 } from '@pass-numerique/event-contracts';
import { recordEvent } from '@pass-numerique/messaging';
import type { Reach } from '@pass-numerique/service-kit';
import type { OrganisationRepository } from '../organisations/organisation.repository';
import type { PlaceRepository } from '../places/place.repository';
import type { SandboxRepository } from '../sandboxes/sandbox.repository';
import { isPartnerSoftware, mayManageIntegrationsOf } from '../tenancy';
import { CredentialEntity, type CredentialKind } from './credential.entity';
import { CredentialError } from './credential.errors';
import type { CredentialRepository } from './credential.repository';
import { hashSecret, newSecret, parseSecret, secretMatches, type CredentialEnvironment } from './credential-secret';
import { checkScopesOf, normaliseScopes } from './credential-scopes';

export interface IssueCredentialCommand {
  organisationId: string;
  label: string;
  /** redeem:place:<placeId> · handout:distributor:<organisationId> · read:own */
  scopes: string[];
  /** Defaults to one year from now; at most two years. */
  expiresAt?: Date | string | null;
  /** LIVE by default. */
  environment?: CredentialEnvironment | null;
  /** ORGANISATION by default; VENDOR for a software vendor's key, which may act for the organisations that delegate to it. */
  kind?: CredentialKind | null;
}

export interface VerifiedCredential {
  credentialId: string;
  organisationId: string;
  scopes: string[];
  environment: CredentialEnvironment;
  /** ORGANISATION: the organisation's own key; VENDOR: a software vendor's, which may also act for the organisations that delegated to it. */
  kind: CredentialKind;
  /** LIVE: the programmes the organisation takes part in today (OrganisationRepository.programmesOf); SANDBOX: its sandbox's. */
  programmeIds: string[];
}

export type CredentialStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

const DAY_MS = 86_400_000;
const DEFAULT_LIFETIME_DAYS = 365;
const MAX_LIFETIME_DAYS = 730;

/** Credentials are managed by people, never by partner software (tenancy.ts says why). */
function requirePerson(reach: Reach): void {
  if (isPartnerSoftware(reach)) throw new DomainError('FORBIDDEN', 'partner software may not manage credentials');
}

export class CredentialService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CredentialRepository,
    private readonly organisations: OrganisationRepository,
    private readonly places: PlaceRepository,
    private readonly sandboxes: SandboxRepository,
    private readonly clock: Clock,
    private readonly pepper: string,
  ) {}

  /** Returns the secret with the credential: the only time it is ever shown. */
  async issue(command: IssueCredentialCommand, reach: Reach): Promise<{ credential: CredentialEntity; secret: string }> {
    requirePerson(reach);
    const organisationId = parseId(command.organisationId, 'organisationId');
    const label = command.label.trim();
    if (!label || label.length > 200) throw new DomainError('BAD_USER_INPUT', 'label must be 1–200 characters', { field: 'label' });
    const now = this.clock.now();
    const expiresAt = this.checkExpiry(command.expiresAt, now);
    const scopes = normaliseScopes(command.scopes);

    return this.dataSource.transaction(async (manager) => {
      // Another organisation is, for the caller, one that does not exist.
      if (!mayManageIntegrationsOf(reach, organisationId) || !(await this.organisations.findById(organisationId, manager))) {
        throw new DomainError('NOT_FOUND', `organisation ${organisationId} does not exist`, { field: 'organisationId' });
      }
      await checkScopesOf(organisationId, scopes, this.places, manager);
      const id = newId();
      const environment = command.environment ?? 'LIVE';
      const secret = newSecret(id, environment);
      const credential = manager.create(CredentialEntity, {
        id,
        organisationId,
        label,
        scopes,
        environment,
        kind: command.kind ?? 'ORGANISATION',
        secretHash: hashSecret(secret, this.pepper),
        createdAt: now,
        createdBy: reach.identity.subject,
        expiresAt,
        revokedAt: null,
        revokedBy: null,
        lastUsedAt: null,
      });
      await this.repository.saveCredential(manager, credential);
      return { credential, secret };
    });
  }

  /** Revocation is immediate here, and announced so the gateway drops any cached verification. */
  async revoke(rawId: string, reach: Reach): Promise<CredentialEntity> {
    requirePerson(reach);
    const id = parseId(rawId, 'credentialId');
    return this.dataSource.transaction(async (manager) => {
      const credential = await this.repository.lockById(manager, id);
      if (!credential || !mayManageIntegrationsOf(reach, credential.organisationId)) {
        throw new DomainError('NOT_FOUND', `credential ${id} does not exist`, { field: 'credentialId' });
      }
      if (credential.revokedAt) throw new CredentialError('ALREADY_REVOKED', 'the credential is already revoked', { field: 'credentialId' });
      credential.revokedAt = this.clock.now();
      credential.revokedBy = reach.identity.subject;
      await this.repository.saveCredential(manager, credential);
      await recordEvent(manager, CredentialRevokedV1, { credentialId: id, organisationId: credential.organisationId, at: credential.revokedAt.toISOString() }, credential.revokedAt);
      return credential;
    });
  }

  /**
   * The identity a presented secret stands for, or null when it is malformed, unknown, wrong,
   * expired or revoked (one answer for all: a caller learns nothing about why). Records the use.
   * The programmes are today's, by the clock: an agreement that ends, a place revoked, and the
   * gateway's next verification grants no more there.
   */
  async verifyCredential(secret: string): Promise<VerifiedCredential | null> {
    const presented = parseSecret(secret);
    if (!presented) return null;
    const id = presented.credentialId;
    const credential = await this.repository.findWithHash(id);
    if (!credential || !secretMatches(secret, credential.secretHash, this.pepper) || credential.environment !== presented.environment) return null;
    const now = this.clock.now();
    if (credential.revokedAt || credential.expiresAt <= now) return null;
    await this.repository.touch(id, now);
    const { organisationId, environment } = credential;
    const programmeIds = await this.programmesOf(organisationId, environment);
    return { credentialId: id, organisationId, scopes: credential.scopes, environment, kind: credential.kind, programmeIds };
  }

  /**
   * The programmes in which a key of this environment acts for the organisation (its own key, or
   * a vendor's key under the organisation's delegation): today's, by the clock.
   */
  async programmesOf(organisationId: string, environment: CredentialEnvironment): Promise<string[]> {
    return environment === 'SANDBOX'
      ? (await this.sandboxes.ofOrganisations([organisationId])).map((sandbox) => sandbox.programmeId)
      : this.organisations.programmesOf(organisationId, isoDate(this.clock.now()));
  }

  statusOf(credential: CredentialEntity): CredentialStatus {
    if (credential.revokedAt) return 'REVOKED';
    return credential.expiresAt <= this.clock.now() ? 'EXPIRED' : 'ACTIVE';
  }

  private checkExpiry(raw: Date | string | null | undefined, now: Date): Date {
    if (raw === null || raw === undefined) return new Date(now.getTime() + DEFAULT_LIFETIME_DAYS * DAY_MS);
    const expiresAt = new Date(raw);
    if (Number.isNaN(expiresAt.getTime()) || expiresAt <= now) throw new CredentialError('INVALID_EXPIRY', 'expiresAt must be in the future', { field: 'expiresAt' });
    if (expiresAt.getTime() - now.getTime() > MAX_LIFETIME_DAYS * DAY_MS) {
      throw new CredentialError('INVALID_EXPIRY', `a credential lives at most ${MAX_LIFETIME_DAYS} days`, { field: 'expiresAt' });
    }
    return expiresAt;
  }
}
