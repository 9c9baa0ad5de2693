import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables, dropMessagingTables } from '@pass-numerique/messaging';

export class CreateTerritoryTables1764979400000 implements MigrationInterface {
  name = 'CreateTerritoryTables1764979400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createMessagingTables(queryRunner);
    // One table for the four administrative levels: a reference by (level, code) of any level is
    // then one index lookup, and a batch of them is one statement. Rows are written only by
    // the import of the reference package (reference-data/france-import.ts).
    await queryRunner.query(`
      CREATE TABLE territory (
        level             text NOT NULL CHECK (level IN ('REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE')),
        code              text NOT NULL,
        name              text NOT NULL,
        population        integer NOT NULL CHECK (population >= 0),
        parent_level      text,
        parent_code       text,
        epci_code         text,
        departement_code  text,
        region_code       text,
        siren             text,
        epci_kind         text,
        postal_codes      text[] NOT NULL DEFAULT '{}',
        search_name       text NOT NULL,
        search_name_bare  text NOT NULL,
        PRIMARY KEY (level, code)
      )`);
    await queryRunner.query(`CREATE INDEX territory_children ON territory (parent_level, parent_code, code)`);
    // Autocompletion is a prefix search on the normalised name; text_pattern_ops makes
    // LIKE 'prefix%' an index range scan whatever the database collation (no extension needed).
    await queryRunner.query(`CREATE INDEX commune_search_name ON territory (search_name text_pattern_ops) WHERE level = 'COMMUNE'`);
    await queryRunner.query(`CREATE INDEX commune_search_name_bare ON territory (search_name_bare text_pattern_ops) WHERE level = 'COMMUNE'`);
    await queryRunner.query(`CREATE INDEX commune_in_epci ON territory (epci_code, code) WHERE level = 'COMMUNE'`);
    await queryRunner.query(`CREATE INDEX commune_in_departement ON territory (departement_code, code) WHERE level = 'COMMUNE'`);
    await queryRunner.query(`CREATE INDEX commune_in_region ON territory (region_code, code) WHERE level = 'COMMUNE'`);
    await queryRunner.query(`
      CREATE TABLE commune_postal_code (
        postal_code   text NOT NULL,
        commune_code  text NOT NULL,
        PRIMARY KEY (postal_code, commune_code)
      )`);
    await queryRunner.query(`CREATE INDEX commune_postal_code_prefix ON commune_postal_code (postal_code text_pattern_ops)`);
    // Which version of the reference package the rows come from: the import is skipped when it
    // matches the installed one.
    await queryRunner.query(`
      CREATE TABLE reference_import (
        source           text PRIMARY KEY,
        package_version  text NOT NULL,
        imported_at      timestamptz NOT NULL,
        counts           jsonb NOT NULL,
        duration_ms      integer NOT NULL
      )`);

    await queryRunner.query(`
      CREATE TABLE zone (
        id            uuid PRIMARY KEY,
        programme_id  uuid,
        name          text NOT NULL,
        name_key      text NOT NULL,
        pass_quota    integer CHECK (pass_quota >= 0),
        note          text,
        population    integer NOT NULL CHECK (population >= 0),
        version       integer NOT NULL CHECK (version >= 1),
        defined_at    timestamptz NOT NULL,
        updated_at    timestamptz NOT NULL
      )`);
    // Two zones of one programme cannot share a name (compared accent- and case-insensitively).
    await queryRunner.query(
      `CREATE UNIQUE INDEX zone_name_per_programme ON zone (coalesce(programme_id, '00000000-0000-0000-0000-000000000000'::uuid), name_key)`,
    );
    // What the zone was defined with (communes and EPCIs, as given) …
    await queryRunner.query(`
      CREATE TABLE zone_definition (
        zone_id  uuid NOT NULL REFERENCES zone (id) ON DELETE CASCADE,
        level    text NOT NULL CHECK (level IN ('COMMUNE', 'EPCI')),
        code     text NOT NULL,
        PRIMARY KEY (zone_id, level, code)
      )`);
    // … and the communes that makes, expanded once when the zone is written.
    await queryRunner.query(`
      CREATE TABLE zone_member (
        zone_id       uuid NOT NULL REFERENCES zone (id) ON DELETE CASCADE,
        commune_code  text NOT NULL,
        PRIMARY KEY (zone_id, commune_code)
      )`);
    await queryRunner.query(`CREATE INDEX zone_member_commune ON zone_member (commune_code)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['zone_member', 'zone_definition', 'zone', 'reference_import', 'commune_postal_code', 'territory']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await dropMessagingTables(queryRunner);
  }
}
