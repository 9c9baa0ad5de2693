// Delegations: a software vendor (the till software of many places, a case-management tool of
// many distributors) asks an organisation to let the vendor's keys act for it; the organisation
// accepts or declines; either side revokes. While a delegation is ACTIVE, a VENDOR key presented
// with the organisation's id (X-On-Behalf-Of at the gateway) acts as the organisation, with the
// delegation's scopes — never more than the organisation's own keys could have.
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, newId, parseId, type Clock } from '@pass-numerique/kernel';
import { DelegationAcceptedV1, DelegationDeclinedV1, DelegationRequestedV1, DelegationRevokedV1 } from '@pass-numerique/event-contracts';
import { recordEvent } from '@pass-numerique/messaging';
import type { Reach } from '@pass-numerique/service-kit';
import type { OrganisationRepository } from '../organisations/organisation.repository';
import type { PlaceRepository } from '../places/place.repository';
import { isPartnerSoftware, mayAcceptDelegation, mayManageIntegrationsOf, mayRevokeDelegation } from '../tenancy';
import { checkScopesOf, normaliseScopes } from '../credentials/credential-scopes';
import type { CredentialService, VerifiedCredential } from '../credentials/credential.service';
import { DelegationEntity } from './delegation.entity';
import { DelegationError } from './delegation.errors';
import type { DelegationRepository } from './delegation.repository';
import { nextDelegationStatus, type DelegationAction, type DelegationSide } from './delegation.rules';

export interface RequestDelegationCommand {
  vendorOrganisationId: string;
  organisationId: string;
  scopes: string[];
}

/** A vendor key acting for an organisation: that organisation, the delegation's scopes, its programmes. */
export interface VerifiedDelegation {
  delegationId: string;
  organisationId: string;
  scopes: string[];
  programmeIds: string[];
}

const EVENT_OF = { accept: DelegationAcceptedV1, decline: DelegationDeclinedV1, revoke: DelegationRevokedV1 } as const;

/** Delegations are given and asked for by people, never by software: a key that could widen its own reach would outlive its revocation. */
function requirePerson(reach: Reach): void {
  if (isPartnerSoftware(reach)) throw new DomainError('FORBIDDEN', 'partner software may not manage delegations');
}

const missing = (id: string) => new DomainError('NOT_FOUND', `delegation ${id} does not exist`, { field: 'delegationId' });

export class DelegationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DelegationRepository,
    private readonly organisations: OrganisationRepository,
    private readonly places: PlaceRepository,
    private readonly credentials: CredentialService,
    private readonly clock: Clock,
  ) {}

  async request(command: RequestDelegationCommand, reach: Reach): Promise<DelegationEntity> {
    requirePerson(reach);
    const vendorOrganisationId = parseId(command.vendorOrganisationId, 'vendorOrganisationId');
    const organisationId = parseId(command.organisationId, 'organisationId');
    const scopes = normaliseScopes(command.scopes);
    return this.dataSource.transaction(async (manager) => {
      // The vendor asks for itself only: another vendor is, for the caller, one that does not exist.
      if (!mayManageIntegrationsOf(reach, vendorOrganisationId) || !(await this.organisations.findById(vendorOrganisationId, manager))) {
        throw new DomainError('NOT_FOUND', `organisation ${vendorOrganisationId} does not exist`, { field: 'vendorOrganisationId' });
      }
      if (organisationId === vendorOrganisationId) throw new DelegationError('SELF_DELEGATION', "an organisation's own keys act for it without a delegation", { field: 'organisationId' });
      if (!(await this.organisations.findById(organisationId, manager))) throw new DomainError('NOT_FOUND', `organisation ${organisationId} does not exist`, { field: 'organisationId' });
      await checkScopesOf(organisationId, scopes, this.places, manager);
      if (await this.repository.findOpen(manager, vendorOrganisationId, organisationId)) {
        throw new DelegationError('DELEGATION_EXISTS', 'a request or a delegation in force already binds the two organisations: revoke it first', { field: 'organisationId' });
      }
      const now = this.clock.now();
      const delegation = manager.create(DelegationEntity, {
        id: newId(),
        vendorOrganisationId,
        organisationId,
        scopes,
        status: 'PENDING',
        requestedAt: now,
        requestedBy: reach.identity.subject,
        acceptedAt: null,
        acceptedBy: null,
        declinedAt: null,
        declinedBy: null,
        revokedAt: null,
        revokedBy: null,
        revokedBySide: null,
      });
      await this.repository.saveDelegation(manager, delegation);
      await this.announce(manager, DelegationRequestedV1, delegation, now);
      return delegation;
    });
  }

  /** The organisation asked accepts: the vendor's keys act for it from now on. */
  accept(rawId: string, reach: Reach): Promise<DelegationEntity> {
    return this.step(rawId, 'accept', reach);
  }

  decline(rawId: string, reach: Reach): Promise<DelegationEntity> {
    return this.step(rawId, 'decline', reach);
  }

  /** Either side: the vendor withdraws its request or gives the delegation up, the organisation takes it back. */
  revoke(rawId: string, reach: Reach): Promise<DelegationEntity> {
    return this.step(rawId, 'revoke', reach);
  }

  /**
   * The gateway's verification of a presented secret (CredentialService.verifyCredential), and,
   * when the request names an organisation to act for, the delegation under which it may.
   */
  async verifyCredential(secret: string, onBehalfOf?: string | null): Promise<(VerifiedCredential & { delegation: VerifiedDelegation | null }) | null> {
    const verified = await this.credentials.verifyCredential(secret);
    if (!verified) return null;
    return { ...verified, delegation: onBehalfOf ? await this.verifyOnBehalfOf(verified, onBehalfOf) : null };
  }

  /**
   * The secret's credential acting for the organisation named, or null when it may not: not a
   * VENDOR key, or no ACTIVE delegation from that organisation to the key's (pending, declined,
   * revoked and never-requested alike). Looked up on every verification the gateway makes, so a
   * revocation stops the key once the gateway's cached answer expires (CREDENTIAL_CACHE_SECONDS).
   */
  async verifyOnBehalfOf(credential: VerifiedCredential, rawOrganisationId: string): Promise<VerifiedDelegation | null> {
    if (credential.kind !== 'VENDOR') return null;
    let organisationId: string;
    try {
      organisationId = parseId(rawOrganisationId, 'onBehalfOf');
    } catch {
      return null;
    }
    const delegation = await this.repository.findActive(credential.organisationId, organisationId);
    if (!delegation) return null;
    // A sandbox vendor key acts only in the organisation's sandbox programme, a live one only in its real ones.
    const programmeIds = await this.credentials.programmesOf(organisationId, credential.environment);
    return { delegationId: delegation.id, organisationId, scopes: delegation.scopes, programmeIds };
  }

  private async step(rawId: string, action: DelegationAction, reach: Reach): Promise<DelegationEntity> {
    requirePerson(reach);
    const id = parseId(rawId, 'delegationId');
    return this.dataSource.transaction(async (manager) => {
      const delegation = await this.repository.lockById(manager, id);
      // Another tenant's delegation, and the wrong side's step (a vendor accepting), answer as a missing one.
      if (!delegation) throw missing(id);
      const side = this.sideOf(reach, delegation, action);
      if (!side) throw missing(id);
      const status = nextDelegationStatus(delegation.status, action);
      if (!status) throw new DelegationError('INVALID_TRANSITION', `a ${delegation.status} delegation cannot be ${action === 'accept' ? 'accepted' : action === 'decline' ? 'declined' : 'revoked'}`, { field: 'delegationId' });
      const now = this.clock.now();
      const by = reach.identity.subject;
      delegation.status = status;
      if (action === 'accept') Object.assign(delegation, { acceptedAt: now, acceptedBy: by });
      if (action === 'decline') Object.assign(delegation, { declinedAt: now, declinedBy: by });
      if (action === 'revoke') Object.assign(delegation, { revokedAt: now, revokedBy: by, revokedBySide: side });
      await this.repository.saveDelegation(manager, delegation);
      await this.announce(manager, EVENT_OF[action], delegation, now);
      return delegation;
    });
  }

  /** The side the caller acts on for this step, or undefined when it may not take it. */
  private sideOf(reach: Reach, delegation: DelegationEntity, action: DelegationAction): DelegationSide | undefined {
    if (action !== 'revoke') return mayAcceptDelegation(reach, delegation) ? 'ORGANISATION' : undefined;
    if (!mayRevokeDelegation(reach, delegation)) return undefined;
    return reach.belongsTo(delegation.organisationId) ? 'ORGANISATION' : 'VENDOR';
  }

  private async announce(
    manager: EntityManager,
    contract: typeof DelegationRequestedV1 | typeof DelegationAcceptedV1 | typeof DelegationDeclinedV1 | typeof DelegationRevokedV1,
    d: DelegationEntity,
    at: Date,
  ): Promise<void> {
    const payload = { delegationId: d.id, vendorOrganisationId: d.vendorOrganisationId, organisationId: d.organisationId, scopes: d.scopes, at: at.toISOString() };
    await recordEvent(manager, contract, payload, at);
  }
}
