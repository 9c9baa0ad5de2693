// Rules for agreements (conventions): an organisation takes a role in a programme for a period
// and a territory scope; the agreement and its event are written in one transaction.
import type { DataSource } from 'typeorm';
import { DomainError, newId, parseId, type Clock } from '@pass-numerique/kernel';
import { AgreementSignedV1, PROGRAMME_ROLES } from '@pass-numerique/event-contracts';
import { recordEvent } from '@pass-numerique/messaging';
import { decodeCursor, pageSize, toConnection, type PageArgs, type Reach } from '@pass-numerique/service-kit';
import { checkTerritory, type TerritoryRef } from '../territories/territory-scope';
import type { OrganisationRepository } from '../organisations/organisation.repository';
import { mayActInProgramme } from '../tenancy';
import { AgreementEntity, type ProgrammeRole } from './agreement.entity';
import { AgreementError } from './agreement.errors';
import type { AgreementRepository } from './agreement.repository';

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

export class AgreementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AgreementRepository,
    private readonly organisations: OrganisationRepository,
    private readonly clock: Clock,
  ) {}

  async signAgreement(command: SignAgreementCommand, reach: Reach): Promise<AgreementEntity> {
    const checked = validate(command);
    // Another programme is, for the caller, one that does not exist.
    if (!mayActInProgramme(reach, checked.programmeId)) throw new DomainError('NOT_FOUND', `programme ${checked.programmeId} does not exist`, { field: 'programmeId' });
    return this.dataSource.transaction(async (manager) => {
      // Serialises agreements of one organisation in one programme, so the overlap check cannot race.
      await this.repository.lockAgreementsOf(manager, checked.programmeId, checked.organisationId);
      if (!(await this.organisations.findById(checked.organisationId, manager))) {
        throw new DomainError('NOT_FOUND', `organisation ${checked.organisationId} does not exist`, { field: 'organisationId' });
      }
      const row = {
        ...checked,
        scopeLevel: checked.scope?.level ?? null,
        scopeCode: checked.scope?.code ?? null,
      };
      const overlap = await this.repository.overlapping(manager, row);
      if (overlap) {
        throw new AgreementError('AGREEMENT_OVERLAPS', 'the organisation already holds this role in this programme and scope for an overlapping period', {
          field: 'startsOn',
          agreementId: overlap.id,
        });
      }
      const agreement = manager.create(AgreementEntity, {
        id: row.id,
        programmeId: row.programmeId,
        organisationId: row.organisationId,
        role: row.role,
        scopeLevel: row.scopeLevel,
        scopeCode: row.scopeCode,
        startsOn: row.startsOn,
        endsOn: row.endsOn,
        signedAt: this.clock.now(),
        recordedBy: reach.identity.subject,
      });
      await this.repository.saveAgreement(manager, agreement);
      await recordEvent(
        manager,
        AgreementSignedV1,
        {
          agreementId: agreement.id,
          programmeId: agreement.programmeId,
          organisationId: agreement.organisationId,
          role: agreement.role,
          scope: checked.scope,
          startsOn: agreement.startsOn,
          endsOn: agreement.endsOn,
        },
        agreement.signedAt,
      );
      return agreement;
    });
  }

  async list(args: PageArgs & { programmeId: string; role?: ProgrammeRole | null }) {
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after);
    const { rows, totalCount } = await this.repository.page({
      programmeId: parseId(args.programmeId, 'programmeId'),
      role: args.role,
      afterId: cursor === undefined ? undefined : parseId(cursor, 'after'),
      limit: size + 1,
    });
    return toConnection(rows, size, totalCount, (a) => a.id, args.after);
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: string, field: string): string {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new DomainError('BAD_USER_INPUT', `${field} must be a calendar date YYYY-MM-DD`, { field });
  }
  return value;
}

export function validate(command: SignAgreementCommand): { id: string; programmeId: string; organisationId: string; role: ProgrammeRole; scope: TerritoryRef | null; startsOn: string; endsOn: string | null } {
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
