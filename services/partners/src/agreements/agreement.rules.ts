// The rules of an agreement, as pure functions: a role in a programme for an organisation, an
// optional territory it acts in, and a period that does not end before it starts.
import { DomainError, newId, parseId } from '@pass-numerique/kernel';
import { PROGRAMME_ROLES } from '@pass-numerique/event-contracts';
import { checkTerritory, type TerritoryRef } from '../territories/territory-scope';
import type { ProgrammeRole } from './agreement.entity';
import { AgreementError } from './agreement.errors';

export interface SignAgreementCommand {
  /** A fixed id is accepted for the demo data. */
  id?: string;
  programmeId: string;
  organisationId: string;
  role: ProgrammeRole;
  /** Null: the programme's whole perimeter. */
  scope?: { level: string; code: string } | null;
  startsOn: string;
  endsOn?: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: string, field: string): string {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new DomainError('BAD_USER_INPUT', `${field} must be a calendar date YYYY-MM-DD`, { field });
  }
  return value;
}

/** Checks every rule of an agreement before anything is read; the first broken rule is reported with its field. */
export function checkAgreement(command: SignAgreementCommand): { id: string; programmeId: string; organisationId: string; role: ProgrammeRole; scope: TerritoryRef | null; startsOn: string; endsOn: string | null } {
  const id = command.id ? parseId(command.id, 'id') : newId();
  const programmeId = parseId(command.programmeId, 'programmeId');
  const organisationId = parseId(command.organisationId, 'organisationId');
  if (!(PROGRAMME_ROLES as readonly string[]).includes(command.role)) {
    throw new DomainError('BAD_USER_INPUT', `role must be one of ${PROGRAMME_ROLES.join(', ')}`, { field: 'role' });
  }
  const scope = command.scope ? checkTerritory(command.scope, 'scope') : null;
  const startsOn = parseDate(command.startsOn, 'startsOn');
  const endsOn = command.endsOn ? parseDate(command.endsOn, 'endsOn') : null;
  if (endsOn !== null && endsOn < startsOn) throw new AgreementError('INVALID_PERIOD', 'endsOn must not be before startsOn', { field: 'endsOn' });
  return { id, programmeId, organisationId, role: command.role, scope, startsOn, endsOn };
}
