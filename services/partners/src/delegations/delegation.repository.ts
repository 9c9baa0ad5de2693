// Every statement on delegations.
import { In, type DataSource, type EntityManager } from 'typeorm';
import { DelegationEntity } from './delegation.entity';

export class DelegationRepository {
  constructor(private readonly dataSource: DataSource) {}

  lockById(manager: EntityManager, id: string): Promise<DelegationEntity | null> {
    return manager.getRepository(DelegationEntity).createQueryBuilder('d').setLock('pessimistic_write').where('d.id = :id', { id }).getOne();
  }

  /** The request or delegation in force between the two, if any (at most one: a unique index). */
  findOpen(manager: EntityManager, vendorOrganisationId: string, organisationId: string): Promise<DelegationEntity | null> {
    return manager.getRepository(DelegationEntity).findOneBy({ vendorOrganisationId, organisationId, status: In(['PENDING', 'ACTIVE']) });
  }

  /** The delegation in force, for verifying a vendor key acting for the organisation. */
  findActive(vendorOrganisationId: string, organisationId: string): Promise<DelegationEntity | null> {
    return this.dataSource.getRepository(DelegationEntity).findOneBy({ vendorOrganisationId, organisationId, status: 'ACTIVE' });
  }

  /** Newest first: the delegations the organisations gave. */
  grantedBy(organisationIds: readonly string[]): Promise<DelegationEntity[]> {
    return this.dataSource.getRepository(DelegationEntity).find({ where: { organisationId: In([...organisationIds]) }, order: { requestedAt: 'DESC', id: 'ASC' } });
  }

  /** Newest first: the delegations the vendors asked for. */
  receivedBy(vendorOrganisationIds: readonly string[]): Promise<DelegationEntity[]> {
    return this.dataSource.getRepository(DelegationEntity).find({ where: { vendorOrganisationId: In([...vendorOrganisationIds]) }, order: { requestedAt: 'DESC', id: 'ASC' } });
  }

  async saveDelegation(manager: EntityManager, delegation: DelegationEntity): Promise<void> {
    await manager.save(delegation);
  }
}
