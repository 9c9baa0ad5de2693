// Queries only: a programme's counts by administrative territory, for the open data.
import type { DataSource } from 'typeorm';
import { wideRead } from '../usage/wide-read.repository';

/** People helped on one key of a level, with the passes handed out and redeemed there. */
export interface OpenDataRow {
  dimension: 'PROGRAMME' | 'REGION' | 'DEPARTEMENT' | 'EPCI' | 'COMMUNE';
  key: string;
  people: string;
  handed_out: string | null;
  redeemed: string | null;
}

export class OpenDataRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every key of the programme and its administrative levels where people were helped, in one wide read. */
  countsByTerritory(programmeId: string): Promise<OpenDataRow[]> {
    return wideRead(this.dataSource, (m) =>
      m.query(
        `SELECT p.dimension, p.key, p.people, f.handed_out, f.redeemed
           FROM people_helped_counter p
           LEFT JOIN (SELECT dimension, key, sum(handed_out) AS handed_out, sum(redeemed) AS redeemed
                        FROM funnel_counter WHERE programme_id = $1 AND dimension IN ('PROGRAMME', 'REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE')
                       GROUP BY dimension, key) f ON f.dimension = p.dimension AND f.key = p.key
          WHERE p.programme_id = $1 AND p.dimension IN ('PROGRAMME', 'REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE')
          ORDER BY p.dimension, p.key`,
        [programmeId],
      ),
    );
  }
}
