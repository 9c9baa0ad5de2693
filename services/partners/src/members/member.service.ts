// Self-registration and memberships: a person registers their organisation (unverified until the
// operator checks it) and becomes its administrator; administrators invite colleagues with a code
// shown once, change their roles and remove them; the platform operator verifies or rejects
// self-registered organisations. The caller's own membership, read beside the data, decides what
// it may do to an organisation's members (tenancy.ts).
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, newId, parseId, type Clock } from '@pass-numerique/kernel';
import type { PageArgs, Reach } from '@pass-numerique/service-kit';
import type { OrganisationEntity, OrganisationKind } from '../organisations/organisation.entity';
import type { OrganisationService } from '../organisations/organisation.service';
import type { OrganisationRepository } from '../organisations/organisation.repository';
import { checkRegistration } from '../organisations/organisation.rules';
import { mayManageMembersOf, mayReadMembersOf, mayVerifyOrganisations } from '../tenancy';
import { InvitationEntity, MembershipEntity, type MemberRole } from './member.entity';
import { MemberError } from './member.errors';
import type { MemberRepository, PersonMembershipRow } from './member.repository';
import {
  assertKeepsAnAdmin,
  checkActivities,
  checkInvitedEmail,
  checkMemberRole,
  checkRejectionReason,
  hashInvitationCode,
  INVITATION_LIFETIME_MS,
  invitationCodeMatches,
  invitationIdOf,
  isOpen,
  newInvitationCode,
} from './member.rules';

const UNIQUE_VIOLATION = '23505';

export interface RegisterMyOrganisationCommand {
  name: string;
  legalKind: OrganisationKind;
  siret: string;
  address: string;
  postalCode: string;
  inseeCode: string;
  activities: readonly string[];
}

export interface IssuedInvitation {
  invitation: InvitationEntity;
  /** Shown this once; only its keyed hash is kept. */
  code: string;
}

export class MemberService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: MemberRepository,
    private readonly organisations: OrganisationService,
    private readonly organisationRepository: OrganisationRepository,
    private readonly clock: Clock,
    /** The service's key for invitation codes (the credential pepper: configuration, never the database). */
    private readonly codeKey: string,
  ) {}

  async registerMyOrganisation(command: RegisterMyOrganisationCommand, reach: Reach): Promise<OrganisationEntity> {
    const activities = checkActivities(command.activities);
    // The SIRET is required here: it is what the operator checks and what others join by.
    const checked = checkRegistration({ ...command, siret: command.siret ?? '', siren: null, rna: null });
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (checked.siret && (await this.organisationRepository.findBySiret(checked.siret, manager))) throw alreadyRegistered();
        const organisation = await this.organisations.insert(manager, checked, { verificationStatus: 'UNVERIFIED', activities });
        const founder = manager.create(MembershipEntity, { organisationId: organisation.id, subject: reach.identity.subject, role: 'ADMIN', email: null, since: organisation.registeredAt });
        await this.repository.saveMembership(manager, founder);
        return organisation;
      });
    } catch (error) {
      // A concurrent registration of the same SIRET lost the race at the unique index.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw alreadyRegistered();
      throw error;
    }
  }

  async inviteMember(rawOrganisationId: string, rawEmail: string, rawRole: string, reach: Reach): Promise<IssuedInvitation> {
    const organisationId = parseId(rawOrganisationId, 'organisationId');
    const email = checkInvitedEmail(rawEmail);
    const role = checkMemberRole(rawRole);
    return this.dataSource.transaction(async (manager) => {
      const own = await this.repository.findMembership(organisationId, reach.identity.subject, manager);
      if (!mayManageMembersOf(reach, own)) throw organisationNotFound(organisationId);
      const id = newId();
      const code = newInvitationCode(id);
      const now = this.clock.now();
      const invitation = manager.create(InvitationEntity, {
        id,
        organisationId,
        email,
        role,
        codeHash: hashInvitationCode(code, this.codeKey),
        createdBy: reach.identity.subject,
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
        acceptedAt: null,
        acceptedBy: null,
      });
      await this.repository.saveInvitation(manager, invitation);
      return { invitation, code };
    });
  }

  /** Any signed-in person holding a valid code joins the organisation with the invitation's role, once. */
  async acceptInvitation(code: string, reach: Reach): Promise<MembershipEntity> {
    const id = invitationIdOf(code);
    if (!id) throw invitationInvalid();
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.repository.lockInvitation(manager, id);
      const now = this.clock.now();
      if (!invitation || !invitationCodeMatches(code, invitation.codeHash, this.codeKey) || !isOpen(invitation, now)) throw invitationInvalid();
      const subject = reach.identity.subject;
      if (await this.repository.findMembership(invitation.organisationId, subject, manager)) {
        throw new MemberError('ALREADY_MEMBER', 'you are a member of this organisation already', { field: 'code', organisationId: invitation.organisationId });
      }
      Object.assign(invitation, { acceptedAt: now, acceptedBy: subject });
      await this.repository.saveInvitation(manager, invitation);
      const membership = manager.create(MembershipEntity, { organisationId: invitation.organisationId, subject, role: invitation.role, email: invitation.email, since: now });
      await this.repository.saveMembership(manager, membership);
      return membership;
    });
  }

  changeMemberRole(rawOrganisationId: string, subject: string, rawRole: string, reach: Reach): Promise<MembershipEntity> {
    const role = checkMemberRole(rawRole);
    return this.changeMembers(rawOrganisationId, subject, role, reach, async (manager, member) => {
      member.role = role;
      await this.repository.saveMembership(manager, member);
      return member;
    });
  }

  removeMember(rawOrganisationId: string, subject: string, reach: Reach): Promise<boolean> {
    return this.changeMembers(rawOrganisationId, subject, null, reach, async (manager, member) => {
      await this.repository.deleteMembership(manager, member.organisationId, member.subject);
      return true;
    });
  }

  /** An administrator's change to one member, with the organisation's members locked so that two changes never remove the last administrator between them. */
  private changeMembers<T>(rawOrganisationId: string, subject: string, nextRole: MemberRole | null, reach: Reach, apply: (manager: EntityManager, member: MembershipEntity) => Promise<T>): Promise<T> {
    const organisationId = parseId(rawOrganisationId, 'organisationId');
    return this.dataSource.transaction(async (manager) => {
      const members = await this.repository.lockMembersOf(manager, organisationId);
      const own = members.find((m) => m.subject === reach.identity.subject) ?? null;
      if (!mayManageMembersOf(reach, own)) throw organisationNotFound(organisationId);
      const member = members.find((m) => m.subject === subject);
      if (!member) throw new DomainError('NOT_FOUND', 'this person is not a member of the organisation', { field: 'subject' });
      assertKeepsAnAdmin(members, subject, nextRole);
      return apply(manager, member);
    });
  }

  /** The organisation's members, for its own members; null for anyone else. */
  async membersOf(organisationId: string, reach: Reach): Promise<MembershipEntity[] | null> {
    const own = await this.repository.findMembership(organisationId, reach.identity.subject);
    return mayReadMembersOf(reach, own) ? this.repository.membersOf(organisationId) : null;
  }

  /** The organisation's invitations not yet accepted (expired ones included, marked so), for its administrators; null for anyone else. */
  async invitationsOf(organisationId: string, reach: Reach): Promise<InvitationEntity[] | null> {
    const own = await this.repository.findMembership(organisationId, reach.identity.subject);
    return mayManageMembersOf(reach, own) ? this.repository.openInvitationsOf([organisationId]) : null;
  }

  /** Why the operator refused the organisation: for its members and the operator; null for anyone else. */
  async rejectionReasonOf(organisation: OrganisationEntity, reach: Reach): Promise<string | null> {
    if (organisation.rejectionReason === null) return null;
    if (mayVerifyOrganisations(reach)) return organisation.rejectionReason;
    const own = await this.repository.findMembership(organisation.id, reach.identity.subject);
    return mayReadMembersOf(reach, own) ? organisation.rejectionReason : null;
  }

  /** A membership's or an invitation's organisation, which always exists (a foreign key). */
  async organisationOf(id: string, loader: { load(id: string): Promise<OrganisationEntity | null> }): Promise<OrganisationEntity> {
    const organisation = await loader.load(id);
    if (!organisation) throw new Error(`organisation ${id} is missing under a membership`);
    return organisation;
  }

  hasExpired(invitation: InvitationEntity): boolean {
    return !isOpen(invitation, this.clock.now());
  }

  myMemberships(reach: Reach): Promise<MembershipEntity[]> {
    return this.repository.membershipsOf(reach.identity.subject);
  }

  /** The gateway's question: what a person belongs to, oldest first. */
  personMemberships(subject: string): Promise<PersonMembershipRow[]> {
    return this.repository.personMemberships(subject);
  }

  awaitingVerification(args: PageArgs) {
    return this.organisations.list({ ...args, verificationStatus: 'UNVERIFIED' });
  }

  verifyOrganisation(rawId: string, reach: Reach): Promise<OrganisationEntity> {
    return this.decide(rawId, reach, (organisation) => Object.assign(organisation, { verificationStatus: 'VERIFIED', rejectionReason: null }));
  }

  rejectOrganisation(rawId: string, rawReason: string, reach: Reach): Promise<OrganisationEntity> {
    const reason = checkRejectionReason(rawReason);
    return this.decide(rawId, reach, (organisation) => Object.assign(organisation, { verificationStatus: 'REJECTED', rejectionReason: reason }));
  }

  private decide(rawId: string, reach: Reach, decision: (organisation: OrganisationEntity) => void): Promise<OrganisationEntity> {
    const id = parseId(rawId, 'organisationId');
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.repository.lockOrganisation(manager, id);
      if (!organisation || !mayVerifyOrganisations(reach)) throw organisationNotFound(id);
      if (organisation.verificationStatus !== 'UNVERIFIED') {
        throw new MemberError('VERIFICATION_ALREADY_DECIDED', `the organisation is ${organisation.verificationStatus.toLowerCase()} already`, { field: 'organisationId' });
      }
      decision(organisation);
      organisation.verificationDecidedAt = this.clock.now();
      await this.repository.saveOrganisation(manager, organisation);
      return organisation;
    });
  }
}

function alreadyRegistered() {
  return new MemberError(
    'ORGANISATION_ALREADY_REGISTERED',
    'an organisation with this SIRET is already registered: to join it, ask one of its administrators for an invitation',
    { field: 'siret' },
  );
}

function invitationInvalid() {
  return new MemberError('INVITATION_INVALID', 'this invitation code is unknown, expired or already used: ask for a new invitation', { field: 'code' });
}

/** Another organisation's members answer as an organisation that does not exist. */
function organisationNotFound(id: string) {
  return new DomainError('NOT_FOUND', `organisation ${id} does not exist`, { field: 'organisationId' });
}
