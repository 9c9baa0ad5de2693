import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePlaceTables1765238400000 implements MigrationInterface {
  name = 'CreatePlaceTables1765238400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE place (
        id                    uuid PRIMARY KEY,
        organisation_id       uuid NOT NULL REFERENCES organisation (id),
        external_id           text NOT NULL,
        name                  text NOT NULL,
        street                text NOT NULL,
        complement            text,
        postal_code           text NOT NULL CHECK (postal_code ~ '^[0-9]{5}$'),
        insee_code            text NOT NULL,
        latitude              double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude             double precision CHECK (longitude BETWEEN -180 AND 180),
        typologies            text[] NOT NULL DEFAULT '{}',
        phone                 text,
        emails                text[] NOT NULL DEFAULT '{}',
        websites              text[] NOT NULL DEFAULT '{}',
        opening_hours         text,
        summary               text CHECK (length(summary) <= 280),
        description           text,
        source                text,
        mobility              text[] NOT NULL DEFAULT '{}',
        parent_structure      text,
        services              text[] NOT NULL CHECK (cardinality(services) > 0),
        publics               text[] NOT NULL DEFAULT '{}',
        specific_supports     text[] NOT NULL DEFAULT '{}',
        fees                  text[] NOT NULL DEFAULT '{}',
        national_schemes      text[] NOT NULL DEFAULT '{}',
        training_labels       text[] NOT NULL DEFAULT '{}',
        other_labels          text[] NOT NULL DEFAULT '{}',
        access_modes          text[] NOT NULL DEFAULT '{}',
        support_modes         text[] NOT NULL DEFAULT '{}',
        accessibility_url     text,
        booking_url           text,
        contact_people        jsonb NOT NULL DEFAULT '[]',
        iban                  text,
        cashes_through_regie  boolean NOT NULL DEFAULT false,
        qualification_status  text CHECK (qualification_status IN ('APPLIED', 'QUALIFIED', 'SUSPENDED', 'REVOKED')),
        created_at            timestamptz NOT NULL,
        updated_at            timestamptz NOT NULL,
        CHECK ((latitude IS NULL) = (longitude IS NULL)),
        -- A place accepts passes only with somewhere to send the money.
        CHECK (qualification_status IS DISTINCT FROM 'QUALIFIED' OR iban IS NOT NULL)
      )`);
    // The CSV import's natural key: re-importing a row updates its place, never duplicates it.
    await queryRunner.query(`CREATE UNIQUE INDEX place_organisation_external_id ON place (organisation_id, external_id)`);
    await queryRunner.query(`CREATE INDEX place_insee_name_id ON place (insee_code, name, id)`);
    await queryRunner.query(`CREATE INDEX place_name_id ON place (name, id)`);
    await queryRunner.query(`CREATE INDEX place_qualified_insee ON place (insee_code) WHERE qualification_status = 'QUALIFIED'`);
    await queryRunner.query(`CREATE INDEX place_services ON place USING gin (services)`);
    await queryRunner.query(`CREATE INDEX place_publics ON place USING gin (publics)`);
    await queryRunner.query(`
      CREATE TABLE qualification_step (
        id           uuid PRIMARY KEY,
        place_id     uuid NOT NULL REFERENCES place (id),
        action       text NOT NULL CHECK (action IN ('APPLY', 'QUALIFY', 'SUSPEND', 'REINSTATE', 'REVOKE')),
        from_status  text,
        to_status    text NOT NULL,
        at           timestamptz NOT NULL,
        by           text NOT NULL,
        reason       text
      )`);
    await queryRunner.query(`CREATE INDEX qualification_step_place ON qualification_step (place_id, at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE qualification_step`);
    await queryRunner.query(`DROP TABLE place`);
  }
}
