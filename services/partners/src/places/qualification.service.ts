// The qualification workflow that lets a place accept a programme's passes, one programme at a time:
//   (none) → APPLIED → QUALIFIED ⇄ SUSPENDED (suspend / reinstate), and REVOKED, for good, from any of them;
//   APPLIED → CHANGES_REQUESTED → APPLIED again (the place completes its application), and REFUSED,
//   for good, from either.
// A place applies to each programme it wants to work for, and each programme's managers decide for
// their programme only. Each step records who, when and why, and publishes its event (naming the
// programme) in the same transaction: the passes service learns from those events which places may
// take which programme's passes.
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, newId, parseId, type Clock } from '@pass-numerique/kernel';
import { recordEvent } from '@pass-numerique/messaging';
import type { Reach } from '@pass-numerique/service-kit';
import type { OrganisationRepository } from '../organisations/organisation.repository';
import { mayActInProgramme, mayApplyFor } from '../tenancy';
import { PlaceEntity, PlaceQualificationEntity, QualificationStepEntity } from './place.entity';
import type { PlaceRepository } from './place.repository';
import type { ApplicationService } from '../applications/application.service';
import { assertVerified } from '../members/member.rules';
import { assertBankDetailsKept, assertMayCashThroughRegie, assertTransition, checkReason, parseIban, TRANSITIONS, type QualificationAction } from './qualification.rules';

export interface ApplyCommand {
  placeId: string;
  programmeId: string;
  iban: string;
  /** Omitted: the flag on file (false for a place that never applied). */
  cashesThroughRegie?: boolean | null;
  /** The uploaded documents the application gives: every kind the programme asks of the organisation (applications/). */
  documentIds?: readonly string[] | null;
  note?: string | null;
}

export class QualificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly places: PlaceRepository,
    private readonly organisations: OrganisationRepository,
    private readonly clock: Clock,
    private readonly applications: ApplicationService,
  ) {}

  /**
   * The place's organisation applies to a programme, giving where to pay it. The bank details are
   * the place's, for every programme: each application sets them until a programme has qualified
   * the place; from then on they stay those on file (a change goes through requestBankDetailsChange), and
   * an application that names others is refused rather than silently taken or ignored.
   */
  async apply(command: ApplyCommand, reach: Reach): Promise<PlaceEntity> {
    const iban = parseIban(command.iban);
    return this.step(command.placeId, command.programmeId, 'APPLY', command.note, reach, async (manager, place, programmeId, now) => {
      const regie = command.cashesThroughRegie ?? place.cashesThroughRegie;
      if (await this.places.everQualified(manager, place.id)) {
        assertBankDetailsKept(place, { iban, cashesThroughRegie: regie });
      } else {
        const organisation = await this.organisations.findById(place.organisationId, manager);
        if (regie) assertMayCashThroughRegie(organisation?.legalKind);
        place.iban = iban;
        place.cashesThroughRegie = regie;
      }
      await this.applications.attachDocuments(manager, place, programmeId, command.documentIds ?? [], now);
    });
  }

  /** The programme asks the place to complete its application; the message is the step's reason. */
  requestChanges(placeId: string, programmeId: string, message: string, reach: Reach) {
    return this.step(placeId, programmeId, 'REQUEST_CHANGES', message, reach);
  }

  refuse(placeId: string, programmeId: string, reason: string, reach: Reach) {
    return this.step(placeId, programmeId, 'REFUSE', reason, reach);
  }

  qualify(placeId: string, programmeId: string, note: string | null | undefined, reach: Reach) {
    // A self-registered organisation's places wait for the operator's verification (members/).
    return this.step(placeId, programmeId, 'QUALIFY', note, reach, async (manager, place) => assertVerified(await this.organisations.findById(place.organisationId, manager)));
  }

  suspend(placeId: string, programmeId: string, reason: string, reach: Reach) {
    return this.step(placeId, programmeId, 'SUSPEND', reason, reach);
  }

  reinstate(placeId: string, programmeId: string, note: string | null | undefined, reach: Reach) {
    return this.step(placeId, programmeId, 'REINSTATE', note, reach);
  }

  revoke(placeId: string, programmeId: string, reason: string, reach: Reach) {
    return this.step(placeId, programmeId, 'REVOKE', reason, reach);
  }

  private async step(
    rawPlaceId: string,
    rawProgrammeId: string,
    action: QualificationAction,
    rawReason: string | null | undefined,
    reach: Reach,
    before?: (manager: EntityManager, place: PlaceEntity, programmeId: string, now: Date) => Promise<void>,
  ): Promise<PlaceEntity> {
    const placeId = parseId(rawPlaceId, 'placeId');
    const programmeId = parseId(rawProgrammeId, 'programmeId');
    const transition = TRANSITIONS[action];
    const reason = checkReason(action, rawReason);

    return this.dataSource.transaction(async (manager) => {
      const place = await this.places.lockById(manager, placeId);
      const qualification = place && (await this.places.findQualification(manager, placeId, programmeId));
      if (action !== 'APPLY') {
        // A decision is on one application: a missing place, a place that has not applied to the
        // programme and another programme's application are all, to the caller, no application.
        if (!place || !qualification || !mayActInProgramme(reach, programmeId)) {
          throw new DomainError('NOT_FOUND', `place ${placeId} has no application to programme ${programmeId}`, { field: 'placeId' });
        }
      } else if (!place || !mayApplyFor(reach, place)) {
        // Another organisation's place does not exist for the caller.
        throw new DomainError('NOT_FOUND', `place ${placeId} does not exist`, { field: 'placeId' });
      } else if (!mayApplyFor(reach, place, programmeId)) {
        throw new DomainError('NOT_FOUND', `programme ${programmeId} does not exist`, { field: 'programmeId' });
      }
      const from = qualification?.status ?? null;
      assertTransition(action, from);
      const now = this.clock.now();
      await before?.(manager, place, programmeId, now);
      const record = qualification ?? manager.create(PlaceQualificationEntity, { placeId, programmeId, appliedAt: now });
      Object.assign(record, { status: transition.to, updatedAt: now });
      await this.places.saveQualification(manager, record);
      await this.places.saveQualificationStep(manager, manager.create(QualificationStepEntity, { id: newId(), placeId, programmeId, action, fromStatus: from, toStatus: transition.to, at: now, by: reach.identity.subject, reason }));
      place.acceptsPasses = await this.places.qualifiedAnywhere(manager, placeId);
      place.updatedAt = now;
      await this.places.savePlace(manager, place);
      if (transition.event) {
        const facts = { placeId, programmeId, organisationId: place.organisationId, name: place.name, inseeCode: place.inseeCode, cashesThroughRegie: place.cashesThroughRegie, at: now.toISOString() };
        await recordEvent(manager, transition.event, transition.reasonRequired ? { ...facts, reason: reason! } : facts, now);
      }
      return place;
    });
  }
}
