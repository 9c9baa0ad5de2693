import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The CSV import finds organisations by the standard's pivot, which may be an RNA number. */
export class IndexOrganisationRna1765411200000 implements MigrationInterface {
  name = 'IndexOrganisationRna1765411200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX organisation_rna ON organisation (rna) WHERE rna IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX organisation_rna`);
  }
}
