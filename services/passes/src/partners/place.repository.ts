// Queries only: the place facts passes has learnt from partners.
import { In, type DataSource } from 'typeorm';
import { PlaceEntity } from './place.entity';

export class PlaceRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<PlaceEntity[]> {
    return this.dataSource.getRepository(PlaceEntity).findBy({ id: In([...ids]) });
  }
}
