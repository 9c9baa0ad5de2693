// Queries only: the places a finder shows, nearest first. The positions have a GiST index on
// point(longitude, latitude) (migration index-place-positions): the nearest neighbours inside a
// box are read from it in distance order, so a search costs the same among 100 or 100,000 places.
import { In, type DataSource } from 'typeorm';
import { PlaceEntity } from '../places/place.entity';

export interface FinderFilter {
  /** Places qualified by this programme; places qualified by at least one when absent. */
  programmeId?: string;
  /** A service label of the national standard the place must offer. */
  service?: string | null;
  /** Places of these communes only (a territory). */
  communes?: readonly string[];
}

export interface NearbyRow {
  id: string;
  latitude: number;
  longitude: number;
  openingHours: string | null;
}

export class PlaceFinderRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** How many located places each commune holds, and the sums of their coordinates (for the communes' centres). */
  async locatedPlacesByCommune(): Promise<Map<string, { places: number; latitude: number; longitude: number }>> {
    const rows: Array<{ code: string; places: string; latitude: number; longitude: number }> = await this.dataSource.query(
      `SELECT insee_code AS code, count(*) AS places, sum(latitude) AS latitude, sum(longitude) AS longitude
         FROM place WHERE latitude IS NOT NULL AND longitude IS NOT NULL GROUP BY insee_code`,
    );
    return new Map(rows.map((r) => [r.code, { places: Number(r.places), latitude: Number(r.latitude), longitude: Number(r.longitude) }]));
  }

  /** Up to `limit` accepting places inside the box around the origin, nearest first (planar order: the caller re-sorts by true distance). */
  async nearest(filter: FinderFilter, origin: { latitude: number; longitude: number }, box: { dLatitude: number; dLongitude: number }, limit: number): Promise<NearbyRow[]> {
    const { where, params } = this.conditions(filter, 5);
    return this.dataSource.query(
      `SELECT p.id, p.latitude, p.longitude, p.opening_hours AS "openingHours" FROM place p
        WHERE p.latitude IS NOT NULL AND p.longitude IS NOT NULL
          AND point(p.longitude, p.latitude) <@ box(point($1::float8 - $3::float8, $2::float8 - $4::float8), point($1::float8 + $3::float8, $2::float8 + $4::float8))
          ${where}
        ORDER BY point(p.longitude, p.latitude) <-> point($1::float8, $2::float8)
        LIMIT ${Number(limit)}`,
      [origin.longitude, origin.latitude, box.dLongitude, box.dLatitude, ...params],
    );
  }

  /** Accepting places by name, when there is no origin to measure from; those of `first` communes first. */
  async byName(filter: FinderFilter, limit: number, first: readonly string[] = []): Promise<string[]> {
    const { where, params } = this.conditions(filter, 2);
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT p.id FROM place p WHERE true ${where} ORDER BY p.insee_code = ANY($1::text[]) DESC, p.name, p.id LIMIT ${Number(limit)}`,
      [first, ...params],
    );
    return rows.map((r) => r.id);
  }

  async placesByIds(ids: readonly string[]): Promise<Map<string, PlaceEntity>> {
    if (ids.length === 0) return new Map();
    const places = await this.dataSource.getRepository(PlaceEntity).findBy({ id: In([...ids]) });
    return new Map(places.map((p) => [p.id, p]));
  }

  private conditions(filter: FinderFilter, firstParameter: number): { where: string; params: unknown[] } {
    const params: unknown[] = [];
    const next = (value: unknown) => {
      params.push(value);
      return `$${firstParameter + params.length - 1}`;
    };
    let where = filter.programmeId
      ? ` AND EXISTS (SELECT 1 FROM place_qualification q WHERE q.place_id = p.id AND q.programme_id = ${next(filter.programmeId)} AND q.status = 'QUALIFIED')`
      : ' AND p.accepts_passes';
    if (filter.service) where += ` AND p.services @> ARRAY[${next(filter.service)}::text]`;
    if (filter.communes) where += ` AND p.insee_code = ANY(${next(filter.communes)}::text[])`;
    return { where, params };
  }
}
