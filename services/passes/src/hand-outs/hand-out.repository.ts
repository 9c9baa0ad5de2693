// Queries only: hand-outs as the funnel needs them when passes leave a stage. Every method runs in
// the transaction it is given.
import type { EntityManager } from 'typeorm';
import { HandOutEntity } from './hand-out.entity';

export class HandOutRepository {
  async insert(manager: EntityManager, handOut: HandOutEntity): Promise<void> {
    await manager.insert(HandOutEntity, handOut);
  }

  /** The hand-outs named, in one query (callers bound how many they name at once). */
  byIds(manager: EntityManager, ids: readonly string[]): Promise<HandOutEntity[]> {
    return manager.getRepository(HandOutEntity).createQueryBuilder('h').where('h.id = ANY(:ids)', { ids }).getMany();
  }
}
