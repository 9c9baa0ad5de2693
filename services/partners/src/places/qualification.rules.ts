// The rules of a place's qualification for a programme, as pure functions: which step follows
// which, when a reason is needed, and the bank details a place is reimbursed on (a SEPA IBAN,
// a régie for public bodies only, kept as they are once a programme has qualified the place).
import { electronicFormatIBAN, isValidIBAN, isSEPACountry } from 'ibantools';
import { DomainError } from '@pass-numerique/kernel';
import { PlaceQualifiedV2, PlaceReinstatedV2, PlaceRevokedV2, PlaceSuspendedV2, type EventContract, type EventType } from '@pass-numerique/event-contracts';
import type { OrganisationKind } from '../organisations/organisation.entity';
import type { PlaceEntity, QualificationStatus, QualificationStepEntity } from './place.entity';
import { PlaceError } from './place.errors';

export type QualificationAction = QualificationStepEntity['action'];

export interface Transition {
  from: ReadonlyArray<QualificationStatus | null>;
  to: QualificationStatus;
  reasonRequired: boolean;
  event?: EventContract<EventType, any>;
}

export const TRANSITIONS: Record<QualificationAction, Transition> = {
  // Again after the programme asked for changes: the place completes its application.
  APPLY: { from: [null, 'CHANGES_REQUESTED'], to: 'APPLIED', reasonRequired: false },
  REQUEST_CHANGES: { from: ['APPLIED'], to: 'CHANGES_REQUESTED', reasonRequired: true },
  // The place never took the programme's passes: nothing to announce.
  REFUSE: { from: ['APPLIED', 'CHANGES_REQUESTED'], to: 'REFUSED', reasonRequired: true },
  QUALIFY: { from: ['APPLIED'], to: 'QUALIFIED', reasonRequired: false, event: PlaceQualifiedV2 },
  SUSPEND: { from: ['QUALIFIED'], to: 'SUSPENDED', reasonRequired: true, event: PlaceSuspendedV2 },
  REINSTATE: { from: ['SUSPENDED'], to: 'QUALIFIED', reasonRequired: false, event: PlaceReinstatedV2 },
  REVOKE: { from: ['APPLIED', 'QUALIFIED', 'SUSPENDED'], to: 'REVOKED', reasonRequired: true, event: PlaceRevokedV2 },
};

/** Legal kinds that are public bodies, and so may cash passes through a régie. */
const PUBLIC_BODIES: ReadonlySet<OrganisationKind> = new Set(['REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE', 'CCAS', 'PUBLIC_AGENCY']);
const REASON_MAX = 1_000;

/** The step's reason, trimmed: required to suspend or revoke, at most REASON_MAX characters. */
export function checkReason(action: QualificationAction, rawReason: string | null | undefined): string | null {
  const reason = rawReason?.trim() || null;
  if (TRANSITIONS[action].reasonRequired && !reason) throw new PlaceError('REASON_REQUIRED', `a reason is required to ${action.toLowerCase()} a place`, { field: 'reason' });
  if (reason && reason.length > REASON_MAX) throw new DomainError('BAD_USER_INPUT', `reason must be at most ${REASON_MAX} characters`, { field: 'reason' });
  return reason;
}

/** A step follows only from the states it names (`null`: the place has not applied). */
export function assertTransition(action: QualificationAction, from: QualificationStatus | null): void {
  if (!TRANSITIONS[action].from.includes(from)) {
    throw new PlaceError('INVALID_TRANSITION', `a place ${from ? from.toLowerCase() : 'that has not applied'} cannot be ${action.toLowerCase()}`, {
      field: 'placeId',
      from,
      action,
    });
  }
}

/** Once a programme has qualified the place, an application names the bank details on file or is refused. */
export function assertBankDetailsKept(place: Pick<PlaceEntity, 'iban' | 'cashesThroughRegie'>, given: { iban: string; cashesThroughRegie: boolean }): void {
  if (given.iban !== place.iban) throw bankDetailsLocked('iban');
  if (given.cashesThroughRegie !== place.cashesThroughRegie) throw bankDetailsLocked('cashesThroughRegie');
}

/** Regions, départements, EPCI, communes, CCAS and public agencies: the bodies that may cash through a régie. */
export function isPublicBody(legalKind: OrganisationKind): boolean {
  return PUBLIC_BODIES.has(legalKind);
}

/** Only a public body cashes passes through a régie (`undefined`: the organisation is unknown). */
export function assertMayCashThroughRegie(legalKind: OrganisationKind | undefined): void {
  if (!legalKind || !PUBLIC_BODIES.has(legalKind)) {
    throw new PlaceError('REGIE_REQUIRES_PUBLIC_BODY', 'only public bodies cash passes through a régie', { field: 'cashesThroughRegie' });
  }
}

function bankDetailsLocked(field: 'iban' | 'cashesThroughRegie') {
  return new PlaceError('BANK_DETAILS_LOCKED', 'a programme has qualified the place: its bank details stay those on file: ask for a change with requestBankDetailsChange (a finance officer approves it)', { field });
}

/** Validated and kept in electronic format; only SEPA accounts can receive the reimbursements. */
export function parseIban(raw: string): string {
  const iban = electronicFormatIBAN(raw) ?? '';
  if (!isValidIBAN(iban)) throw new PlaceError('INVALID_IBAN', 'iban is not a valid IBAN (country, length or check digits)', { field: 'iban' });
  if (!isSEPACountry(iban.slice(0, 2))) throw new PlaceError('INVALID_IBAN', 'iban must be an account in the SEPA area', { field: 'iban' });
  return iban;
}
