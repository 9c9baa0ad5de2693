// Credentials for partner software: scoped, shown once, stored hashed, expiring, revocable.
// The gateway turns a presented secret into an identity with verifyCredential: the key's scopes,
// and the programmes its organisation takes part in, in which it grants the key its roles.
import type { DataSource } from 'typeorm';
import { DomainError, isoDate, isUuid, newId, parseId, type Clock } from '@pass-numerique/kernel';
import { CredentialRevokedV1 } from '@pass-numerique/event-contracts';
import { recordEvent } from '@pass-numerique/messaging';
import type { Reach } from '@pass-numerique/service-kit';
import type { OrganisationRepository } from '../organisations/organisation.repository';
import type { PlaceRepository } from '../places/place.repository';
import { isPartnerSoftware, mayManageIntegrationsOf } from '../tenancy';
import { CredentialEntity } from './credential.entity';
import { CredentialError } from './credential.errors';
import type { CredentialRepository } from './credential.repository';
import { credentialIdOf, hashSecret, newSecret, secretMatches } from './credential-secret';

export interface IssueCredentialCommand {
  organisationId: string;
  label: string;
  /** redeem:place:<placeId> · handout:distributor:<organisationId> · read:own */
  scopes: string[];
  /** Defaults to one year from now; at most two years. */
  expiresAt?: Date | string | null;
}

export interface VerifiedCredential {
  credentialId: string;
  organisationId: string;
  scopes: string[];
  /** The programmes the organisation takes part in today (OrganisationRepository.programmesOf). */
  programmeIds: string[];
}

export type CredentialStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

const DAY_MS = 86_400_000;
const DEFAULT_LIFETIME_DAYS = 365;
const MAX_LIFETIME_DAYS = 730;
const MAX_SCOPES = 100;
const SCOPE = /^(?:redeem:place:(?<place>[0-9a-f-]{36})|handout:distributor:(?<distributor>[0-9a-f-]{36})|read:own)$/;

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
    const scopes = [...new Set(command.scopes.map((s) => s.trim().toLowerCase()))];
    if (scopes.length === 0 || scopes.length > MAX_SCOPES) throw new CredentialError('INVALID_SCOPE', `between 1 and ${MAX_SCOPES} scopes`, { field: 'scopes' });

    return this.dataSource.transaction(async (manager) => {
      // Another organisation is, for the caller, one that does not exist.
      if (!mayManageIntegrationsOf(reach, organisationId) || !(await this.organisations.findById(organisationId, manager))) {
        throw new DomainError('NOT_FOUND', `organisation ${organisationId} does not exist`, { field: 'organisationId' });
      }
      for (const [index, scope] of scopes.entries()) {
        const match = SCOPE.exec(scope);
        const field = `scopes.${index}`;
        if (!match) throw new CredentialError('INVALID_SCOPE', `unknown scope "${scope}"`, { field });
        const { place, distributor } = match.groups ?? {};
        // A credential acts for its own organisation only: its places, its own distribution.
        if (place && (!isUuid(place) || (await this.places.findById(place, manager))?.organisationId !== organisationId)) {
          throw new CredentialError('INVALID_SCOPE', 'the place is not one of the organisation', { field });
        }
        if (distributor && distributor !== organisationId) throw new CredentialError('INVALID_SCOPE', 'a credential hands out passes for its own organisation only', { field });
      }
      const id = newId();
      const secret = newSecret(id);
      const credential = manager.create(CredentialEntity, {
        id,
        organisationId,
        label,
        scopes,
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
    const id = credentialIdOf(secret);
    if (!id) return null;
    const credential = await this.repository.findWithHash(id);
    if (!credential || !secretMatches(secret, credential.secretHash, this.pepper)) return null;
    const now = this.clock.now();
    if (credential.revokedAt || credential.expiresAt <= now) return null;
    await this.repository.touch(id, now);
    const programmeIds = await this.organisations.programmesOf(credential.organisationId, isoDate(now));
    return { credentialId: id, organisationId: credential.organisationId, scopes: credential.scopes, programmeIds };
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
