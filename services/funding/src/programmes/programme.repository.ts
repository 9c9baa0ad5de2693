// Queries only: reads of programmes and their founding acts. Writes happen in the service's transactions.
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ProgrammeEntity } from './programme.entity';
import { DeliberationEntity } from './deliberation.entity';
import { CommitmentAuthorisationEntity, PaymentScheduleLineEntity } from './authorisation.entity';

export class ProgrammeRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<ProgrammeEntity[]> {
    return this.dataSource.getRepository(ProgrammeEntity).find({ order: { code: 'ASC' } });
  }

  findByIds(ids: readonly string[]): Promise<ProgrammeEntity[]> {
    return this.dataSource.getRepository(ProgrammeEntity).findBy({ id: In([...ids]) });
  }

  findByCode(code: string, manager: EntityManager = this.dataSource.manager): Promise<ProgrammeEntity | null> {
    return manager.getRepository(ProgrammeEntity).findOneBy({ code });
  }

  deliberationsOf(programmeIds: readonly string[]): Promise<DeliberationEntity[]> {
    return this.dataSource.getRepository(DeliberationEntity).find({ where: { programmeId: In([...programmeIds]) }, order: { decidedOn: 'ASC' } });
  }

  deliberationsByIds(ids: readonly string[]): Promise<DeliberationEntity[]> {
    return this.dataSource.getRepository(DeliberationEntity).findBy({ id: In([...ids]) });
  }

  authorisationsOf(programmeIds: readonly string[]): Promise<CommitmentAuthorisationEntity[]> {
    return this.dataSource.getRepository(CommitmentAuthorisationEntity).find({ where: { programmeId: In([...programmeIds]) }, order: { budgetYear: 'ASC' } });
  }

  authorisationsByIds(ids: readonly string[]): Promise<CommitmentAuthorisationEntity[]> {
    return this.dataSource.getRepository(CommitmentAuthorisationEntity).findBy({ id: In([...ids]) });
  }

  scheduleOf(authorisationIds: readonly string[]): Promise<PaymentScheduleLineEntity[]> {
    return this.dataSource
      .getRepository(PaymentScheduleLineEntity)
      .find({ where: { authorisationId: In([...authorisationIds]) }, order: { budgetYear: 'ASC' } });
  }
}
