// A place's bank details over time, changed by four eyes: the place's people ask, with the bank's
// certificate; a finance officer of a programme that pays the place, someone else than the
// requester, approves or rejects. The approval closes the version in force, opens the new one,
// updates the place's IBAN, announces the change and notifies the organisation's other people, in
// one transaction. Statements keep the version in force when they were approved.
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, newId, parseId, type Clock } from '@pass-numerique/kernel';
import { recordEvent } from '@pass-numerique/messaging';
import { BankDetailsChangedV1 } from '@pass-numerique/event-contracts';
import type { Reach } from '@pass-numerique/service-kit';
import type { PlaceEntity } from '../places/place.entity';
import type { PlaceRepository } from '../places/place.repository';
import type { NotificationService } from '../notifications/notification.service';
import type { WebhookService } from '../webhooks/webhook.service';
import { bankDetailsAnnouncement } from '../webhooks/webhook-events';
import { mayDecideBankDetailsIn, mayReadStatementPayee, mayRequestBankDetailsChangeOf } from '../tenancy';
import { BankDetailsChangeRequestEntity, BankDetailsVersionEntity, StatementPayeeEntity } from './bank-details.entity';
import { BankDetailsError } from './bank-details.errors';
import type { BankDetailsRepository } from './bank-details.repository';
import { assertFourEyes, checkRejectionReason, maskIban, parseBankDetails } from './bank-details.rules';

export interface RequestBankDetailsChangeCommand {
  placeId: string;
  iban: string;
  holder: string;
  bic?: string | null;
  certificateDocumentId: string;
}

/** The documents module's check (documents/document.service.ts): the organisation's uploaded document of that kind, or a coded refusal. */
export interface CertificateCheck {
  requireDocument(manager: EntityManager, organisationId: string, documentId: string, kind: 'BANK_DETAILS_CERTIFICATE', field?: string): Promise<unknown>;
}

/** The organisation's people (members/member.repository.ts). */
export interface OrganisationMembers {
  membersOf(organisationId: string, manager?: EntityManager): Promise<Array<{ subject: string }>>;
}

/** A statement's approval as passes announces it. */
export interface StatementApproval {
  statementId: string;
  programmeId: string;
  placeId: string;
  placeOrganisationId: string;
  approvedAt: string;
}

export class BankDetailsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: BankDetailsRepository,
    private readonly places: PlaceRepository,
    private readonly certificates: CertificateCheck,
    private readonly members: OrganisationMembers,
    private readonly notifications: NotificationService,
    private readonly webhooks: WebhookService,
    private readonly clock: Clock,
  ) {}

  async request(command: RequestBankDetailsChangeCommand, reach: Reach): Promise<BankDetailsChangeRequestEntity> {
    const placeId = parseId(command.placeId, 'placeId');
    const details = parseBankDetails(command);
    return this.dataSource.transaction(async (manager) => {
      // The place's lock serialises requests: the one-pending rule holds under concurrency (the
      // unique index is the database's own guard).
      const place = await this.places.lockById(manager, placeId);
      if (!place || !mayRequestBankDetailsChangeOf(reach, place)) throw new DomainError('NOT_FOUND', `place ${placeId} does not exist`, { field: 'placeId' });
      if (!place.iban) {
        throw new BankDetailsError('NO_BANK_DETAILS_YET', 'the place has no bank details yet: give them when applying to a programme', { field: 'placeId' });
      }
      if (await this.repository.findPendingRequest(manager, placeId)) {
        throw new BankDetailsError('CHANGE_ALREADY_PENDING', 'a change of this place’s bank details is already awaiting a decision', { field: 'placeId' });
      }
      await this.certificates.requireDocument(manager, place.organisationId, command.certificateDocumentId, 'BANK_DETAILS_CERTIFICATE', 'certificateDocumentId');
      const request = manager.create(BankDetailsChangeRequestEntity, {
        id: newId(),
        placeId,
        organisationId: place.organisationId,
        ...details,
        certificateDocumentId: command.certificateDocumentId.toLowerCase(),
        status: 'PENDING',
        requestedBy: reach.identity.subject,
        requestedAt: this.clock.now(),
        decidedBy: null,
        decidedAt: null,
        decidedInProgrammeId: null,
        rejectionReason: null,
      });
      await this.repository.saveRequest(manager, request);
      return request;
    });
  }

  approve(requestId: string, reach: Reach): Promise<BankDetailsChangeRequestEntity> {
    return this.decide(requestId, reach, async (manager, request, place, programmeId, now) => {
      const previous = await this.ensureFirstVersion(manager, place);
      if (previous) {
        previous.validTo = now;
        await this.repository.saveVersion(manager, previous);
      }
      const version = manager.create(BankDetailsVersionEntity, {
        id: newId(),
        placeId: place.id,
        iban: request.iban,
        bic: request.bic,
        holder: request.holder,
        validFrom: now,
        validTo: null,
        requestId: request.id,
        requestedBy: request.requestedBy,
        approvedBy: reach.identity.subject,
        certificateDocumentId: request.certificateDocumentId,
      });
      await this.repository.saveVersion(manager, version);
      Object.assign(request, { status: 'APPROVED', decidedBy: reach.identity.subject, decidedAt: now, decidedInProgrammeId: programmeId });
      await this.repository.saveRequest(manager, request);
      place.iban = request.iban;
      await this.places.savePlace(manager, place);

      const ibanMasked = maskIban(request.iban);
      const facts = {
        placeId: place.id,
        organisationId: place.organisationId,
        requestId: request.id,
        versionId: version.id,
        previousVersionId: previous?.id ?? null,
        ibanMasked,
        approvedInProgrammeId: programmeId,
        at: now.toISOString(),
      };
      const envelope = await recordEvent(manager, BankDetailsChangedV1, facts, now);
      await this.webhooks.announce(manager, bankDetailsAnnouncement(facts, envelope));
      // Everyone of the organisation but the requester, who knows: a change they did not make is the alarm.
      const others = (await this.members.membersOf(place.organisationId, manager)).map((m) => m.subject).filter((subject) => subject !== request.requestedBy);
      await this.notifications.notify(manager, others, place.organisationId, 'BANK_DETAILS_CHANGED', { placeId: place.id, placeName: place.name, versionId: version.id, ibanMasked, approvedAt: now.toISOString() }, now);
    });
  }

  reject(requestId: string, rawReason: string, reach: Reach): Promise<BankDetailsChangeRequestEntity> {
    const reason = checkRejectionReason(rawReason);
    return this.decide(requestId, reach, async (manager, request, _place, programmeId, now) => {
      Object.assign(request, { status: 'REJECTED', decidedBy: reach.identity.subject, decidedAt: now, decidedInProgrammeId: programmeId, rejectionReason: reason });
      await this.repository.saveRequest(manager, request);
    });
  }

  /** Pending requests of the places a programme may pay; a programme the caller does not reach has none. */
  async pendingForProgramme(rawProgrammeId: string, reach: Reach): Promise<BankDetailsChangeRequestEntity[]> {
    const programmeId = parseId(rawProgrammeId, 'programmeId');
    return mayDecideBankDetailsIn(reach, [programmeId]) ? this.repository.pendingForProgramme(programmeId) : [];
  }

  /**
   * passes.statement.approved: the version the statement is to be paid on, as it stood at the
   * approval's instant (not at the event's arrival). Written once; nothing later changes it.
   */
  async recordStatementPayee(manager: EntityManager, approval: StatementApproval): Promise<void> {
    const place = await this.places.lockById(manager, approval.placeId);
    if (!place) return;
    await this.ensureFirstVersion(manager, place);
    const approvedAt = new Date(approval.approvedAt);
    const version = await this.repository.findVersionAt(manager, place.id, approvedAt);
    if (!version) return;
    await this.repository.recordStatementPayee(
      manager,
      manager.create(StatementPayeeEntity, {
        statementId: approval.statementId,
        placeId: place.id,
        programmeId: approval.programmeId,
        organisationId: approval.placeOrganisationId,
        bankDetailsVersionId: version.id,
        statementApprovedAt: approvedAt,
        recordedAt: this.clock.now(),
      }),
    );
  }

  /** The statement's payee for whom tenancy.ts says; null for the others, as for a statement never approved. */
  visiblePayee(payee: StatementPayeeEntity | null, reach: Reach): StatementPayeeEntity | null {
    return payee && mayReadStatementPayee(reach, payee) ? payee : null;
  }

  /**
   * The version a place's bank details were given in on application, recorded when first needed
   * (a change, a statement): places applied before versions were kept, and an application may
   * still change them until a programme qualifies the place. Runs under the place's lock.
   */
  private async ensureFirstVersion(manager: EntityManager, place: PlaceEntity): Promise<BankDetailsVersionEntity | null> {
    const inForce = await this.repository.findVersionInForce(manager, place.id);
    if (inForce || !place.iban) return inForce;
    const first = manager.create(BankDetailsVersionEntity, {
      id: newId(),
      placeId: place.id,
      iban: place.iban,
      bic: null,
      holder: null,
      validFrom: (await this.repository.firstApplicationAt(manager, place.id)) ?? place.createdAt,
      validTo: null,
      requestId: null,
      requestedBy: null,
      approvedBy: null,
      certificateDocumentId: null,
    });
    await this.repository.saveVersion(manager, first);
    return first;
  }

  /**
   * A decision on a pending request, by a finance officer of a programme that may pay the place:
   * the place is locked first (as a request does), then the request, so that of two decisions at
   * once the second finds the first's. Out of reach answers as missing; the requester is refused
   * whatever roles they hold.
   */
  private async decide(
    rawRequestId: string,
    reach: Reach,
    apply: (manager: EntityManager, request: BankDetailsChangeRequestEntity, place: PlaceEntity, programmeId: string, now: Date) => Promise<void>,
  ): Promise<BankDetailsChangeRequestEntity> {
    const requestId = parseId(rawRequestId, 'requestId');
    return this.dataSource.transaction(async (manager) => {
      const found = await this.repository.findRequestById(manager, requestId);
      const place = found && (await this.places.lockById(manager, found.placeId));
      const request = place && (await this.repository.lockRequest(manager, requestId));
      const programmeId = request ? mayDecideBankDetailsIn(reach, await this.repository.payingProgrammesOf(manager, request.placeId)) : undefined;
      if (!place || !request || !programmeId) throw new DomainError('NOT_FOUND', `request ${requestId} does not exist`, { field: 'requestId' });
      assertFourEyes(request.requestedBy, reach.identity.subject);
      if (request.status !== 'PENDING') {
        throw new BankDetailsError('CHANGE_ALREADY_DECIDED', `the request was already ${request.status.toLowerCase()}`, { field: 'requestId', status: request.status });
      }
      await apply(manager, request, place, programmeId, this.clock.now());
      return request;
    });
  }
}
