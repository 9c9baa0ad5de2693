// Queries only: mediation places counted by commune or by département, for the open-data counts.
import type { DataSource } from 'typeorm';

export class PlaceCountRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Places per INSEE commune code, or per département (the code's first two characters, three
   * overseas: 2A004 → 2A, 97411 → 974) when `byDepartement`: a hundred rows instead of 35,000.
   */
  countsBy(byDepartement: boolean, qualifiedOnly: boolean): Promise<Array<{ code: string; count: number }>> {
    const group = byDepartement ? `CASE WHEN left(insee_code, 2) = '97' THEN left(insee_code, 3) ELSE left(insee_code, 2) END` : `insee_code`;
    // Two texts, not one with a boolean parameter: only a literal predicate lets the planner use
    // the partial index place_accepting_insee (an index-only scan instead of reading every place).
    return this.dataSource.query(`SELECT ${group} AS code, count(*)::int AS count FROM place ${qualifiedOnly ? `WHERE accepts_passes` : ''} GROUP BY 1`);
  }
}
