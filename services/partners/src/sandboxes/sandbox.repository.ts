// Every statement on sandboxes, and the organisation's places they qualify.
import { In, type DataSource, type EntityManager } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PlaceEntity, PlaceQualificationEntity, QualificationStepEntity } from '../places/place.entity';
import { SandboxEntity } from './sandbox.entity';

export class SandboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  ofOrganisations(organisationIds: readonly string[]): Promise<SandboxEntity[]> {
    return this.dataSource.getRepository(SandboxEntity).findBy({ organisationId: In([...organisationIds]) });
  }

  ofProgrammes(programmeIds: readonly string[]): Promise<SandboxEntity[]> {
    return this.dataSource.getRepository(SandboxEntity).findBy({ programmeId: In([...programmeIds]) });
  }

  findByOrganisation(organisationId: string, manager: EntityManager = this.dataSource.manager): Promise<SandboxEntity | null> {
    return manager.getRepository(SandboxEntity).findOneBy({ organisationId });
  }

  /** Locks the organisation's row: two requests for its sandbox at once create one. */
  lockOrganisation(manager: EntityManager, organisationId: string): Promise<OrganisationEntity | null> {
    return manager.getRepository(OrganisationEntity).createQueryBuilder('o').setLock('pessimistic_write').where('o.id = :organisationId', { organisationId }).getOne();
  }

  placesOf(manager: EntityManager, organisationId: string): Promise<PlaceEntity[]> {
    return manager.getRepository(PlaceEntity).find({ where: { organisationId }, order: { name: 'ASC', id: 'ASC' } });
  }

  async insertSandbox(manager: EntityManager, sandbox: SandboxEntity): Promise<void> {
    await manager.insert(SandboxEntity, sandbox);
  }

  async qualify(manager: EntityManager, qualification: PlaceQualificationEntity, step: QualificationStepEntity): Promise<void> {
    await manager.insert(PlaceQualificationEntity, qualification);
    await manager.insert(QualificationStepEntity, step);
  }
}
