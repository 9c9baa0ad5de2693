// Registering an organisation: identifiers and address checked (organisation.rules.ts), one
// organisation per SIRET; the event that tells the other services is written in the same
// transaction.
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '@pass-numerique/kernel';
import { OrganisationRegisteredV1 } from '@pass-numerique/event-contracts';
import { recordEvent } from '@pass-numerique/messaging';
import { pageSize, toConnection, type PageArgs } from '@pass-numerique/service-kit';
import { decodeNameKeyset, nameKeyOf } from '../pagination/name-keyset';
import { OrganisationEntity, type OrganisationKind, type VerificationStatus } from './organisation.entity';
import { OrganisationError } from './organisation.errors';
import type { OrganisationRepository } from './organisation.repository';
import { checkRegistration, type CheckedOrganisation, type RegisterOrganisationCommand } from './organisation.rules';

const UNIQUE_VIOLATION = '23505';

export class OrganisationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: OrganisationRepository,
    private readonly clock: Clock,
  ) {}

  async registerOrganisation(command: RegisterOrganisationCommand): Promise<OrganisationEntity> {
    const checked = checkRegistration(command);
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (checked.siret) {
          const existing = await this.repository.findBySiret(checked.siret, manager);
          if (existing) throw siretTaken(existing.id);
        }
        return this.insert(manager, checked);
      });
    } catch (error) {
      // A concurrent registration of the same SIRET lost the race at the unique index.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION && checked.siret) {
        const winner = await this.repository.findBySiret(checked.siret);
        throw siretTaken(winner?.id);
      }
      throw error;
    }
  }

  /**
   * Writes a checked organisation and its announcement in the caller's transaction. Staff's
   * registrations are verified at once; a self-registration (members/) says otherwise.
   */
  async insert(manager: EntityManager, checked: CheckedOrganisation, standing: Partial<Pick<OrganisationEntity, 'verificationStatus' | 'activities'>> = {}): Promise<OrganisationEntity> {
    const organisation = manager.create(OrganisationEntity, { verificationStatus: 'VERIFIED', activities: [], ...checked, ...standing, registeredAt: this.clock.now() });
    await this.repository.saveOrganisation(manager, organisation);
    await recordEvent(
      manager,
      OrganisationRegisteredV1,
      {
        organisationId: organisation.id,
        name: organisation.name,
        legalKind: organisation.legalKind,
        siret: organisation.siret,
        siren: organisation.siren,
        inseeCode: organisation.inseeCode,
      },
      organisation.registeredAt,
    );
    return organisation;
  }

  async list(args: PageArgs & { legalKind?: OrganisationKind | null; verificationStatus?: VerificationStatus }) {
    const size = pageSize(args.first);
    const after = decodeNameKeyset(args.after);
    const { rows, totalCount } = await this.repository.page({ after, limit: size + 1, legalKind: args.legalKind, verificationStatus: args.verificationStatus });
    return toConnection(rows, size, totalCount, nameKeyOf, args.after);
  }
}

function siretTaken(existingId: string | undefined) {
  return new OrganisationError('SIRET_ALREADY_REGISTERED', 'an organisation with this SIRET is already registered', {
    field: 'siret',
    organisationId: existingId,
  });
}
