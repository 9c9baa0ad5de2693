import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The public finder reads the nearest places from this index (finder/place-finder.repository.ts). */
export class IndexPlacePositions1767200000000 implements MigrationInterface {
  name = 'IndexPlacePositions1767200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX place_position ON place USING gist (point(longitude, latitude)) WHERE latitude IS NOT NULL AND longitude IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX place_position`);
  }
}
