// The qualification workflow that lets a place accept passes:
//   (none) → APPLIED → QUALIFIED ⇄ SUSPENDED (suspend / reinstate), and REVOKED, for good, from any of them.
// Each step records who, when and why, and publishes its event in the same transaction: the
// passes service learns from those events which places may take passes.
import type { DataSource, EntityManager } from 'typeorm';
import { electronicFormatIBAN, isValidIBAN, isSEPACountry } from 'ibantools';
import { DomainError, newId, parseId, type Clock } from '@pass-numerique/kernel';
import { PlaceQualifiedV1, PlaceReinstatedV1, PlaceRevokedV1, PlaceSuspendedV1, type EventContract, type EventType } from '@pass-numerique/event-contracts';
import { recordEvent } from '@pass-numerique/messaging';
import type { Identity } from '@pass-numerique/service-kit';
import type { OrganisationRepository } from '../organisations/organisation.repository';
import type { OrganisationKind } from '../organisations/organisation.entity';
import { PlaceEntity, QualificationStepEntity, type QualificationStatus } from './place.entity';
import { PlaceError } from './place.errors';
import type { PlaceRepository } from './place.repository';
import { mayActForOrganisation } from './place-visibility';

export type QualificationAction = QualificationStepEntity['action'];

interface Transition {
  from: ReadonlyArray<QualificationStatus | null>;
  to: QualificationStatus;
  reasonRequired: boolean;
  event?: EventContract<EventType, any>;
}

const TRANSITIONS: Record<QualificationAction, Transition> = {
  APPLY: { from: [null], to: 'APPLIED', reasonRequired: false },
  QUALIFY: { from: ['APPLIED'], to: 'QUALIFIED', reasonRequired: false, event: PlaceQualifiedV1 },
  SUSPEND: { from: ['QUALIFIED'], to: 'SUSPENDED', reasonRequired: true, event: PlaceSuspendedV1 },
  REINSTATE: { from: ['SUSPENDED'], to: 'QUALIFIED', reasonRequired: false, event: PlaceReinstatedV1 },
  REVOKE: { from: ['APPLIED', 'QUALIFIED', 'SUSPENDED'], to: 'REVOKED', reasonRequired: true, event: PlaceRevokedV1 },
};

/** Legal kinds that are public bodies, and so may cash passes through a régie. */
const PUBLIC_BODIES: ReadonlySet<OrganisationKind> = new Set(['REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE', 'CCAS', 'PUBLIC_AGENCY']);
const REASON_MAX = 1_000;

export interface ApplyCommand {
  placeId: string;
  iban: string;
  cashesThroughRegie?: boolean | null;
  note?: string | null;
}

export class QualificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly places: PlaceRepository,
    private readonly organisations: OrganisationRepository,
    private readonly clock: Clock,
  ) {}

  /** The place's organisation (or programme staff on its behalf) applies, giving where to pay it. */
  async apply(command: ApplyCommand, actor: Identity): Promise<PlaceEntity> {
    const iban = parseIban(command.iban);
    return this.step(command.placeId, 'APPLY', command.note, actor, async (manager, place) => {
      const organisation = await this.organisations.findById(place.organisationId, manager);
      const regie = command.cashesThroughRegie ?? false;
      if (regie && (!organisation || !PUBLIC_BODIES.has(organisation.legalKind))) {
        throw new PlaceError('REGIE_REQUIRES_PUBLIC_BODY', 'only public bodies cash passes through a régie', { field: 'cashesThroughRegie' });
      }
      place.iban = iban;
      place.cashesThroughRegie = regie;
    });
  }

  qualify(placeId: string, note: string | null | undefined, actor: Identity) {
    return this.step(placeId, 'QUALIFY', note, actor);
  }

  suspend(placeId: string, reason: string, actor: Identity) {
    return this.step(placeId, 'SUSPEND', reason, actor);
  }

  reinstate(placeId: string, note: string | null | undefined, actor: Identity) {
    return this.step(placeId, 'REINSTATE', note, actor);
  }

  revoke(placeId: string, reason: string, actor: Identity) {
    return this.step(placeId, 'REVOKE', reason, actor);
  }

  private async step(
    rawPlaceId: string,
    action: QualificationAction,
    rawReason: string | null | undefined,
    actor: Identity,
    before?: (manager: EntityManager, place: PlaceEntity) => Promise<void>,
  ): Promise<PlaceEntity> {
    const placeId = parseId(rawPlaceId, 'placeId');
    const transition = TRANSITIONS[action];
    const reason = rawReason?.trim() || null;
    if (transition.reasonRequired && !reason) throw new PlaceError('REASON_REQUIRED', `a reason is required to ${action.toLowerCase()} a place`, { field: 'reason' });
    if (reason && reason.length > REASON_MAX) throw new DomainError('BAD_USER_INPUT', `reason must be at most ${REASON_MAX} characters`, { field: 'reason' });
    // Applying is the organisation's own act; deciding on it is the programme staff's.
    const allowed = action === 'APPLY' ? (place: PlaceEntity) => mayActForOrganisation(actor, place.organisationId) : () => actor.role === 'programme_manager';

    return this.dataSource.transaction(async (manager) => {
      const place = await this.places.lockById(manager, placeId);
      if (!place || (!allowed(place) && !mayActForOrganisation(actor, place.organisationId))) {
        throw new DomainError('NOT_FOUND', `place ${placeId} does not exist`, { field: 'placeId' });
      }
      if (!allowed(place)) throw new DomainError('FORBIDDEN', 'you are not allowed to do this');
      const from = place.qualificationStatus;
      if (!transition.from.includes(from)) {
        throw new PlaceError('INVALID_TRANSITION', `a place ${from ? from.toLowerCase() : 'that has not applied'} cannot be ${action.toLowerCase()}`, {
          field: 'placeId',
          from,
          action,
        });
      }
      await before?.(manager, place);
      const now = this.clock.now();
      place.qualificationStatus = transition.to;
      place.updatedAt = now;
      await manager.save(place);
      await manager.save(manager.create(QualificationStepEntity, { id: newId(), placeId, action, fromStatus: from, toStatus: transition.to, at: now, by: actor.subject, reason }));
      if (transition.event) {
        const facts = { placeId, organisationId: place.organisationId, name: place.name, inseeCode: place.inseeCode, cashesThroughRegie: place.cashesThroughRegie, at: now.toISOString() };
        await recordEvent(manager, transition.event, transition.reasonRequired ? { ...facts, reason: reason! } : facts, now);
      }
      return place;
    });
  }
}

/** Validated and kept in electronic format; only SEPA accounts can receive the reimbursements. */
export function parseIban(raw: string): string {
  const iban = electronicFormatIBAN(raw) ?? '';
  if (!isValidIBAN(iban)) throw new PlaceError('INVALID_IBAN', 'iban is not a valid IBAN (country, length or check digits)', { field: 'iban' });
  if (!isSEPACountry(iban.slice(0, 2))) throw new PlaceError('INVALID_IBAN', 'iban must be an account in the SEPA area', { field: 'iban' });
  return iban;
}
