// Agreements (conventions): an organisation takes a role in a programme for a period
// and a territory scope; the agreement and its event are written in one transaction.
import type { DataSource } from 'typeorm';
import { DomainError, parseId, type Clock } from '@pass-numerique/kernel';
import { AgreementSignedV1 } from '@pass-numerique/event-contracts';
import { recordEvent } from '@pass-numerique/messaging';
import { decodeCursor, pageSize, toConnection, type PageArgs, type Reach } from '@pass-numerique/service-kit';
import type { OrganisationRepository } from '../organisations/organisation.repository';
import { mayActInProgramme } from '../tenancy';
import { AgreementEntity, type ProgrammeRole } from './agreement.entity';
import { AgreementError } from './agreement.errors';
import type { AgreementRepository } from './agreement.repository';
import { checkAgreement, type SignAgreementCommand } from './agreement.rules';

export class AgreementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AgreementRepository,
    private readonly organisations: OrganisationRepository,
    private readonly clock: Clock,
  ) {}

  async signAgreement(command: SignAgreementCommand, reach: Reach): Promise<AgreementEntity> {
    const checked = checkAgreement(command);
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
