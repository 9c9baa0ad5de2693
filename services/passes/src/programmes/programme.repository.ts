// Queries only: the programme facts passes has learnt.
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ProgrammeEntity } from './programme.entity';

export class ProgrammeRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<ProgrammeEntity[]> {
    return this.dataSource.getRepository(ProgrammeEntity).findBy({ id: In([...ids]) });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ProgrammeEntity | null> {
    return manager.getRepository(ProgrammeEntity).findOneBy({ id });
  }

  /**
   * The programme, share-locked until the transaction ends: an order, activation or hand-out made
   * for it and an amendment or closing announced meanwhile happen one after the other.
   */
  findForChange(id: string, manager: EntityManager): Promise<ProgrammeEntity | null> {
    return manager.getRepository(ProgrammeEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_read' } });
  }

  /** The same, for a programme that must exist (the programme of an order or a booklet). */
  getForChange(id: string, manager: EntityManager): Promise<ProgrammeEntity> {
    return manager.getRepository(ProgrammeEntity).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_read' } });
  }

  /** Every programme passes knows, oldest first (the scheduled jobs go through them in turn); sandboxes have no expiry, credit note or statement. */
  async allIds(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM programme WHERE NOT sandbox ORDER BY starts_on, id`);
    return rows.map((r) => r.id);
  }
}
