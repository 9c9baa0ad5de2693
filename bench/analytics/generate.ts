// A national-scale data set for the analytics benchmarks — the whole of France, 10 million passes,
// 100,000 places and 100,000 distributors, five years of history — written straight into the four
// services' databases (migrated beforehand by the services' own migrations) in the shape their
// tables and read models have, with bulk SQL: rows are computed inside PostgreSQL from
// generate_series and hash functions (passes, booklets, hand-outs, counters), or shipped as a few
// unnest() arrays (communes, distributors, places). Used by bench/analytics/main.ts, never by tests.
//
// The story (BENCH_* variables scale it down):
//  - one national programme, 1 January of (this year − 4) to 31 December of this year, whose
//    perimeter is the zone "France entière" (every commune);
//  - one order a year of passes / 5 (booklets of 10, 10.00 EUR, 4 % fee), activated on 1 February
//    (prepaid operator: paid at activation); the oldest order's window closed in its next June,
//    the three middle ones close 5, 12 and 25 days after today (their unhanded booklets are at
//    risk at J-7, J-15, J-30), this year's runs to the programme's end;
//  - distributors in communes drawn by population, each acting in its département, allocated
//    booklets unevenly; beneficiaries live in the distributor's commune (70 %) or elsewhere in its
//    département (by population); each distributor has its own usage propensity (10 %–95 %);
//  - passes redeemed at qualified places of the beneficiary's département; monthly statements paid
//    up to the month before last; passes past their validity expired and credited.
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { Geography } from '@pass-numerique/geography';

export interface Scale {
  passes: number;
  distributors: number;
  places: number;
}

export interface DatabaseUrls {
  funding: string;
  passes: string;
  partners: string;
  territory: string;
}

export interface GeneratedFrance {
  programmeId: string;
  zoneId: string;
  today: string;
  orders: number;
  booklets: number;
  handOuts: number;
  passes: number;
  distributors: number;
  places: number;
  communesWithPeople: number;
  counterRows: number;
  seconds: Record<string, number>;
}

const BOOKLET_SIZE = 10;
const FACE_CENTS = 1_000;
const FEE_BP = 400;
const SHARDS = 8;
const YEARS = 5;

/** A deterministic uuid, the same in every database (ids shared through events in real life). */
export function benchId(label: string): string {
  const h = createHash('md5').update(label).digest('hex');
  // Version 5 and the RFC 4122 variant: the services accept only well-formed uuids.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Small seeded PRNG (mulberry32): the same data set on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  // A load, not a transaction anyone waits on: durability per statement is not needed.
  await client.query(`SET synchronous_commit = off; SET maintenance_work_mem = '512MB'; SET work_mem = '256MB'`);
  return client;
}

export async function generateFrance(urls: DatabaseUrls, scale: Scale, log: (line: string) => void = () => undefined): Promise<GeneratedFrance> {
  const seconds: Record<string, number> = {};
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    seconds[step] = Math.round((performance.now() - started) / 100) / 10;
    log(`  ${step}: ${seconds[step]} s`);
    return result;
  };
  const today = new Date().toISOString().slice(0, 10);
  const thisYear = Number(today.slice(0, 4));
  const firstYear = thisYear - (YEARS - 1);
  const programmeId = benchId('bench-programme-france');
  const zoneId = benchId('bench-zone-france');
  const endsOn = `${thisYear}-12-31`;
  const bookletsPerOrder = Math.ceil(scale.passes / BOOKLET_SIZE / YEARS);
  const booklets = bookletsPerOrder * YEARS;

  // ——— reference data shipped once: communes (by code), distributors and places (drawn in Node) ———
  const geography = Geography.load();
  const communes = [...geography.communes.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  const totalPopulation = communes.reduce((s, c) => s + c.population, 0);
  const cumulative: number[] = [];
  communes.reduce((s, c) => (cumulative.push(s), s + c.population), 0);
  const random = prng(20_260_101);
  const pickCommune = () => {
    const u = random() * totalPopulation;
    let lo = 0;
    let hi = communes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cumulative[mid] <= u) lo = mid;
      else hi = mid - 1;
    }
    return communes[lo];
  };
  const distributors = Array.from({ length: scale.distributors }, (_, i) => {
    const c = pickCommune();
    // Usage propensity: most distributors' beneficiaries use about half their passes, some very few.
    const usage = Math.min(0.95, Math.max(0.1, 0.55 + (random() - 0.5) * 0.8 * (random() < 0.15 ? 1.6 : 1)));
    return { id: benchId(`bench-distributor-${i}`), agreementId: benchId(`bench-agreement-${i}`), commune: c.code, departement: c.departement, region: c.region, usage };
  });
  const places = Array.from({ length: scale.places }, (_, i) => {
    const c = pickCommune();
    return { id: benchId(`bench-place-${i}`), organisationId: benchId(`bench-place-organisation-${i}`), commune: c.code, departement: c.departement, qualified: random() < 0.8 };
  });
  const orders = Array.from({ length: YEARS }, (_, y) => {
    const year = firstYear + y;
    // Windows: the oldest closed long ago, the middle ones close within the alert horizons.
    const validUntil = y === 0 ? `${year + 1}-06-30` : y < YEARS - 1 ? addDays(today, [5, 12, 25][y - 1] ?? 25) : null;
    return {
      id: benchId(`bench-order-${year}`),
      year,
      index: y,
      placedOn: `${year}-01-10`,
      activatedOn: `${year}-02-01`,
      validUntil,
      deadline: validUntil && validUntil < endsOn ? validUntil : endsOn,
      creditNoteId: benchId(`bench-credit-note-${year}`),
    };
  });

  const passesDb = await connect(urls.passes);
  const partnersDb = await connect(urls.partners);
  const fundingDb = await connect(urls.funding);
  const territoryDb = await connect(urls.territory);
  try {
    // ——— passes ———
    await timed('passes: reference tables', async () => {
      await passesDb.query(`CREATE TEMP TABLE bench_commune (code text PRIMARY KEY, epci text, dep text, reg text, pop bigint, dlo bigint, dpop bigint)`);
      const depCumul = new Map<string, number>();
      const dlo = communes.map((c) => {
        const before = depCumul.get(c.departement) ?? 0;
        depCumul.set(c.departement, before + c.population);
        return before;
      });
      await passesDb.query(
        `INSERT INTO bench_commune SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::bigint[], $7::bigint[])`,
        [communes.map((c) => c.code), communes.map((c) => c.epci), communes.map((c) => c.departement), communes.map((c) => c.region), communes.map((c) => c.population), dlo, communes.map((c) => depCumul.get(c.departement) ?? 0)],
      );
      await passesDb.query(`CREATE INDEX ON bench_commune (dep, dlo)`);
      await passesDb.query(`CREATE TEMP TABLE bench_dep AS SELECT dep, min(reg) AS reg, max(dpop) AS pop FROM bench_commune GROUP BY dep`);
      await passesDb.query(`CREATE TEMP TABLE bench_distributor (idx int PRIMARY KEY, id uuid, agreement_id uuid, commune text, dep text, usage float8)`);
      await passesDb.query(`INSERT INTO bench_distributor SELECT * FROM unnest($1::int[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::float8[])`, [
        distributors.map((_, i) => i),
        distributors.map((d) => d.id),
        distributors.map((d) => d.agreementId),
        distributors.map((d) => d.commune),
        distributors.map((d) => d.departement),
        distributors.map((d) => d.usage),
      ]);
      // Qualified places by département, numbered, so a beneficiary's place is one indexed lookup.
      const qualified = places.filter((p) => p.qualified);
      await passesDb.query(`CREATE TEMP TABLE bench_place (id uuid, organisation_id uuid, commune text, dep text)`);
      await passesDb.query(`INSERT INTO bench_place SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[])`, [
        qualified.map((p) => p.id),
        qualified.map((p) => p.organisationId),
        qualified.map((p) => p.commune),
        qualified.map((p) => p.departement),
      ]);
      await passesDb.query(`CREATE TEMP TABLE bench_dep_place AS SELECT dep, (row_number() OVER (PARTITION BY dep ORDER BY id) - 1)::int AS k, id FROM bench_place`);
      await passesDb.query(`CREATE INDEX ON bench_dep_place (dep, k)`);
      await passesDb.query(`CREATE TEMP TABLE bench_dep_count AS SELECT dep, count(*)::int AS n FROM bench_place GROUP BY dep`);
      await passesDb.query(`CREATE TEMP TABLE bench_order (idx int PRIMARY KEY, id uuid, year int, placed_on date, activated_on date, valid_until date, deadline date, credit_note_id uuid)`);
      await passesDb.query(`INSERT INTO bench_order SELECT * FROM unnest($1::int[], $2::uuid[], $3::int[], $4::date[], $5::date[], $6::date[], $7::date[], $8::uuid[])`, [
        orders.map((o) => o.index),
        orders.map((o) => o.id),
        orders.map((o) => o.year),
        orders.map((o) => o.placedOn),
        orders.map((o) => o.activatedOn),
        orders.map((o) => o.validUntil),
        orders.map((o) => o.deadline),
        orders.map((o) => o.creditNoteId),
      ]);

      await passesDb.query(
        `INSERT INTO programme (id, code, name, owner_organisation_id, perimeter_level, perimeter_code, starts_on, ends_on, learnt_at)
         VALUES ($1, 'BENCH-FRANCE', 'Pass numérique — France entière (benchmark)', $2, 'ZONE', $3, $4, $5, now())`,
        [programmeId, benchId('bench-owner'), zoneId, `${firstYear}-01-01`, endsOn],
      );
      await passesDb.query(`INSERT INTO zone (id, programme_id, name, member_communes, version) VALUES ($1, $2, 'France entière', ARRAY(SELECT code FROM bench_commune ORDER BY code), 1)`, [zoneId, programmeId]);
      await passesDb.query(
        `INSERT INTO distributor_agreement (agreement_id, programme_id, organisation_id, scope_level, scope_code, starts_on, ends_on)
         SELECT agreement_id, $1, id, 'DEPARTEMENT', dep, $2, NULL FROM bench_distributor`,
        [programmeId, `${firstYear}-01-01`],
      );
      await passesDb.query(`INSERT INTO place (id, organisation_id, name, insee_code, cashes_through_regie, changed_at) SELECT id, organisation_id, 'Lieu ' || commune, commune, false, now() FROM bench_place`);
      await passesDb.query(`INSERT INTO place_qualification (place_id, programme_id, status, changed_at) SELECT id, $1, 'QUALIFIED', now() FROM bench_place`, [programmeId]);
    });

    const firstPassSerial = 10_000_000_010; // a multiple of 10, as the service aligns orders
    const firstBookletSerial = 100_000_001;
    await timed('passes: orders', async () => {
      await passesDb.query(
        `INSERT INTO pass_order (id, programme_id, buyer_organisation_id, operator_organisation_id, booklet_count, booklet_size, pass_count, pass_face_value_cents,
                                 fee_rate_basis_points, fee_cents, perimeter_level, perimeter_code, valid_from, valid_until, target_publics, status,
                                 placed_at, placed_by, delivered_at, activated_at, payment_order_number, first_pass_serial, first_booklet_serial)
         SELECT o.id, $1, $2, $3, $4, ${BOOKLET_SIZE}, $4 * ${BOOKLET_SIZE}, ${FACE_CENTS}, ${FEE_BP}, round($4::numeric * ${BOOKLET_SIZE * FACE_CENTS * FEE_BP} / 10000),
                'ZONE', $5, NULL, o.valid_until, '{}', 'ACTIVATED', o.placed_on, 'bench', o.placed_on + 14, o.activated_on, 'MANDAT-' || o.year,
                $6::bigint + o.idx::bigint * $4 * ${BOOKLET_SIZE}, $7::bigint + o.idx::bigint * $4
           FROM bench_order o`,
        [programmeId, benchId('bench-owner'), benchId('bench-operator'), bookletsPerOrder, zoneId, firstPassSerial, firstBookletSerial],
      );
      await passesDb.query(`UPDATE serial_counter SET next_serial = $1 WHERE kind = 'pass'`, [firstPassSerial + booklets * BOOKLET_SIZE]);
      await passesDb.query(`UPDATE serial_counter SET next_serial = $1 WHERE kind = 'booklet'`, [firstBookletSerial + booklets]);
    });

    // Every booklet's story in one row: who holds it, whether and when it was handed out, where
    // its beneficiary lives, how many of its passes were used, reimbursed, expired.
    await timed('passes: booklet stories', async () => {
      // The same well-formed uuids as benchId() computes in Node.
      await passesDb.query(
        `CREATE OR REPLACE FUNCTION pg_temp.bench_uuid(label text) RETURNS uuid LANGUAGE sql IMMUTABLE AS
         $$ SELECT overlay(overlay(md5(label) placing '5' from 13) placing '8' from 17)::uuid $$`,
      );
      await passesDb.query(`CREATE OR REPLACE FUNCTION pg_temp.frac(g bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$ SELECT (hashint8(g * 7919 + salt) & 2147483647)::float8 / 2147483648.0 $$`);
      await passesDb.query(
        `CREATE TEMP TABLE gen_booklet AS
         WITH base AS (
           SELECT g, o.idx AS order_idx, o.id AS order_id, o.activated_on, o.deadline, o.year,
                  -- This year's order is under way: fewer booklets allocated and handed out yet.
                  pg_temp.frac(g, 1) < CASE WHEN o.year = $1 THEN 0.85 ELSE 0.97 END AS allocated,
                  floor($2 * pg_temp.frac(g, 2) ^ 1.5)::int AS distributor_idx,
                  pg_temp.frac(g, 3) AS f_hand, pg_temp.frac(g, 4) AS f_day, pg_temp.frac(g, 5) AS f_near, pg_temp.frac(g, 6) AS f_dep,
                  pg_temp.frac(g, 7) AS f_age, pg_temp.frac(g, 8) AS f_situation, pg_temp.frac(g, 9) AS f_used, pg_temp.frac(g, 10) AS f_used_day,
                  pg_temp.frac(g, 11) AS f_place
             FROM generate_series(0, $3::bigint - 1) g
             JOIN bench_order o ON o.idx = g / $4
         ), handed AS (
           SELECT b.*, d.id AS distributor_id, d.agreement_id, d.commune AS d_commune, d.dep AS d_dep, d.usage,
                  b.allocated AND b.f_hand < CASE WHEN b.year = $1 THEN 0.75 ELSE 0.93 END AS handed,
                  -- Hand-outs from activation to mid-December (this year: to yesterday).
                  (b.activated_on + floor(b.f_day * (CASE WHEN b.year = $1 THEN $5::date - 1 - b.activated_on ELSE 317 END))::int) AS handed_on
             FROM base b JOIN bench_distributor d ON d.idx = b.distributor_idx
         ), placed AS (
           -- Near the distributor: its commune, or one of its département drawn by population.
           SELECT h.*, CASE WHEN NOT h.handed THEN NULL WHEN h.f_near < 0.7 THEN h.d_commune
                            ELSE (SELECT bc.code FROM bench_commune bc WHERE bc.dep = h.d_dep AND bc.dlo <= floor(h.f_dep * dd.pop) ORDER BY bc.dlo DESC LIMIT 1) END AS commune
             FROM handed h JOIN bench_dep dd ON dd.dep = h.d_dep
         ), lived AS (
           SELECT p.*, least((p.handed_on + interval '13 months')::date, p.deadline) AS valid_until FROM placed p
         ), used AS (
           SELECT l.*,
                  CASE WHEN NOT l.handed THEN 0
                       ELSE least(${BOOKLET_SIZE}, round(${BOOKLET_SIZE} * l.usage * (0.5 + l.f_used)
                              * least(1.0, greatest(0, least(l.valid_until, $5::date - 1) - l.handed_on) / 90.0)))::int END AS redeemed
             FROM lived l
         )
         SELECT u.g, u.order_idx, u.order_id, u.allocated, CASE WHEN u.allocated THEN u.distributor_id END AS distributor_id,
                CASE WHEN u.allocated THEN u.agreement_id END AS agreement_id, CASE WHEN u.allocated THEN u.d_dep END AS distributor_dep,
                u.handed, CASE WHEN u.handed THEN u.handed_on END AS handed_on, CASE WHEN u.handed THEN u.valid_until END AS valid_until,
                CASE WHEN u.handed THEN u.commune END AS commune,
                (ARRAY['FROM_16_TO_25','FROM_26_TO_44','FROM_45_TO_59','FROM_60_TO_74','FROM_75'])[1 + floor(u.f_age * 5)::int] AS age_band,
                (ARRAY['FAR_FROM_EMPLOYMENT','FAR_FROM_EMPLOYMENT','FAR_FROM_EMPLOYMENT','JOB_SEEKER','EMPLOYED','STUDENT','RETIRED','RETIRED','INACTIVE','OTHER'])[1 + floor(u.f_situation * 10)::int] AS situation,
                u.redeemed,
                CASE WHEN u.redeemed > 0 THEN u.handed_on + floor(u.f_used_day * greatest(0, least(u.valid_until, $5::date - 1) - u.handed_on))::int END AS redeemed_on,
                u.f_place, u.deadline
           FROM used u`,
        [thisYear, scale.distributors, booklets, bookletsPerOrder, today],
      );
      const statementsPaidBefore = `${today.slice(0, 7)}-01`;
      await passesDb.query(
        `ALTER TABLE gen_booklet ADD COLUMN place_id uuid, ADD COLUMN reimbursed int, ADD COLUMN expired int, ADD COLUMN never_handed_expired boolean,
                                 ADD COLUMN epci text, ADD COLUMN dep text, ADD COLUMN reg text`,
      );
      await passesDb.query(
        `UPDATE gen_booklet b SET
           epci = c.epci, dep = c.dep, reg = c.reg,
           -- Statements are paid monthly for the month before: last month's are not paid yet.
           reimbursed = CASE WHEN b.redeemed_on < ($1::date - interval '1 month')::date THEN b.redeemed ELSE 0 END,
           expired = CASE WHEN b.handed AND b.valid_until < $2::date THEN ${BOOKLET_SIZE} - b.redeemed
                          WHEN NOT b.handed AND b.deadline < $2::date THEN ${BOOKLET_SIZE} ELSE 0 END,
           never_handed_expired = NOT b.handed AND b.deadline < $2::date
           FROM bench_commune c WHERE c.code = b.commune`,
        [statementsPaidBefore, today],
      );
      await passesDb.query(
        `UPDATE gen_booklet SET reimbursed = 0, expired = CASE WHEN deadline < $1::date THEN ${BOOKLET_SIZE} ELSE 0 END, never_handed_expired = deadline < $1::date WHERE commune IS NULL`,
        [today],
      );
      // The place where a booklet's passes were used: a qualified place of the beneficiary's département.
      await passesDb.query(
        `UPDATE gen_booklet b SET place_id = p.id
           FROM bench_dep_count n, bench_dep_place p
          WHERE b.redeemed > 0 AND n.dep = b.dep AND p.dep = b.dep AND p.k = floor(b.f_place * n.n)::int`,
      );
      await passesDb.query(`UPDATE gen_booklet SET place_id = (SELECT id FROM bench_place ORDER BY id LIMIT 1) WHERE redeemed > 0 AND place_id IS NULL`);
      await passesDb.query(`CREATE INDEX ON gen_booklet (g)`);
      await passesDb.query(`ANALYZE gen_booklet`);
    });

    await timed('passes: booklets and hand-outs', async () => {
      await passesDb.query(
        `INSERT INTO booklet (id, number, order_id, programme_id, size, first_pass_serial, distributor_organisation_id, agreement_id, allocated_at,
                              handed_out_count, redeemed_count, expired_count)
         SELECT pg_temp.bench_uuid('bench-booklet-' || g), luhn_number($2::bigint + g), order_id, $1, ${BOOKLET_SIZE}, $3::bigint + g * ${BOOKLET_SIZE},
                distributor_id, agreement_id, CASE WHEN allocated THEN (SELECT activated_on FROM bench_order WHERE idx = order_idx) + 3 END,
                CASE WHEN handed THEN ${BOOKLET_SIZE} ELSE 0 END, redeemed, expired
           FROM gen_booklet`,
        [programmeId, firstBookletSerial, firstPassSerial / 10],
      );
      await passesDb.query(
        `INSERT INTO hand_out (id, programme_id, order_id, booklet_id, distributor_organisation_id, pass_count, handed_out_at, valid_until, age_band, gender,
                               situation, residence_insee_code, residence_epci, residence_departement, residence_region, consent_given, recorded_by, zone_ids)
         SELECT pg_temp.bench_uuid('bench-hand-out-' || g), $1, order_id, pg_temp.bench_uuid('bench-booklet-' || g), distributor_id, ${BOOKLET_SIZE},
                handed_on + time '10:00', valid_until, age_band, NULL, situation, commune, epci, dep, reg, true, 'bench', ARRAY[$2::uuid]
           FROM gen_booklet WHERE handed ORDER BY handed_on`,
        [programmeId, zoneId],
      );
    });

    await timed('passes: 10 passes per booklet', async () => {
      // Built without their secondary indexes, which are then created in one pass each.
      await passesDb.query(`DROP INDEX pass_to_expire, pass_to_credit, pass_expiring_by_hand_out`);
      await passesDb.query(
        `INSERT INTO pass (number, booklet_id, order_id, status, hand_out_id, valid_until, redemption_id, expired_on, credit_note_id)
         SELECT luhn_number($1::bigint + b.g * ${BOOKLET_SIZE} + k), pg_temp.bench_uuid('bench-booklet-' || b.g), b.order_id,
                CASE WHEN b.handed AND k < b.redeemed THEN 'REDEEMED'
                     WHEN b.handed AND b.valid_until < $2::date THEN 'EXPIRED'
                     WHEN b.handed THEN 'HANDED_OUT'
                     WHEN b.never_handed_expired THEN 'EXPIRED'
                     ELSE 'ISSUED' END,
                CASE WHEN b.handed THEN pg_temp.bench_uuid('bench-hand-out-' || b.g) END,
                b.valid_until,
                NULL,
                CASE WHEN b.handed AND k >= b.redeemed AND b.valid_until < $2::date THEN b.valid_until + 1
                     WHEN b.never_handed_expired THEN b.deadline + 1 END,
                CASE WHEN (b.handed AND k >= b.redeemed AND b.valid_until < $2::date) OR b.never_handed_expired THEN o.credit_note_id END
           FROM gen_booklet b JOIN bench_order o ON o.idx = b.order_idx, generate_series(0, ${BOOKLET_SIZE - 1}) k`,
        [firstPassSerial, today],
      );
      await passesDb.query(`CREATE INDEX pass_to_expire ON pass (valid_until) WHERE status = 'HANDED_OUT'`);
      await passesDb.query(`CREATE INDEX pass_to_credit ON pass (order_id) WHERE status = 'EXPIRED' AND credit_note_id IS NULL`);
      await passesDb.query(`CREATE INDEX pass_expiring_by_hand_out ON pass (valid_until, order_id, hand_out_id) WHERE status = 'HANDED_OUT'`);
      await passesDb.query(
        `INSERT INTO credit_note (id, programme_id, order_id, buyer_organisation_id, pass_count, amount_cents, issued_at)
         SELECT o.credit_note_id, $1, o.id, $2, sum(b.expired), sum(b.expired) * ${FACE_CENTS}, least($3::date, max(COALESCE(b.valid_until, b.deadline)) + 1)
           FROM gen_booklet b JOIN bench_order o ON o.idx = b.order_idx WHERE b.expired > 0 GROUP BY o.credit_note_id, o.id`,
        [programmeId, benchId('bench-owner'), today],
      );
    });

    // The read models, as the services' transactions would have left them: every key's counts
    // spread over the 8 shards the funnel writer uses.
    const counterRows = await timed('passes: funnel and people-helped read models', async () => {
      await passesDb.query(
        `CREATE TEMP TABLE gen_counts AS
         WITH stories AS (
           SELECT b.*, ${BOOKLET_SIZE} AS n,
                  CASE WHEN b.handed THEN ${BOOKLET_SIZE} ELSE 0 END AS handed_out,
                  CASE WHEN b.handed THEN b.expired ELSE 0 END AS expired_after,
                  ARRAY[b.situation] || CASE WHEN b.age_band = 'FROM_16_TO_25' THEN ARRAY['YOUNG_PEOPLE'] WHEN b.age_band IN ('FROM_60_TO_74', 'FROM_75') THEN ARRAY['SENIORS'] ELSE '{}'::text[] END AS publics
             FROM gen_booklet b
         ), facts AS (
           -- Ordered and activated at the orders' perimeter (the zone) and for the programme.
           SELECT 'PROGRAMME' AS dimension, '' AS key, n AS ordered, n AS activated, 0 AS allocated, 0 AS handed_out, 0 AS redeemed, 0 AS reimbursed, 0 AS expired, 0 AS credited, 0 AS people, 0::bigint AS cost FROM stories
           UNION ALL SELECT 'ZONE', $1::text, n, n, 0, 0, 0, 0, 0, 0, 0, 0 FROM stories
           -- Allocated: programme, distributor, its scope (département) and région.
           UNION ALL SELECT 'PROGRAMME', '', 0, 0, n, 0, 0, 0, 0, 0, 0, 0 FROM stories WHERE allocated
           UNION ALL SELECT 'DISTRIBUTOR', distributor_id::text, 0, 0, n, 0, 0, 0, 0, 0, 0, 0 FROM stories WHERE allocated
           UNION ALL SELECT 'DEPARTEMENT', distributor_dep, 0, 0, n, 0, 0, 0, 0, 0, 0, 0 FROM stories WHERE allocated
           UNION ALL SELECT 'REGION', d.reg, 0, 0, n, 0, 0, 0, 0, 0, 0, 0 FROM stories s JOIN bench_dep d ON d.dep = s.distributor_dep WHERE allocated
           -- Never handed out and expired: the programme and the distributor holding them only.
           UNION ALL SELECT 'PROGRAMME', '', 0, 0, 0, 0, 0, 0, expired, expired, 0, 0 FROM stories WHERE never_handed_expired
           UNION ALL SELECT 'DISTRIBUTOR', distributor_id::text, 0, 0, 0, 0, 0, 0, expired, expired, 0, 0 FROM stories WHERE never_handed_expired AND allocated
           -- Handed out and later: where the beneficiary lives, its zone, the distributor, its publics.
           UNION ALL SELECT d.dimension, d.key, 0, 0, 0, s.handed_out, s.redeemed, s.reimbursed, s.expired_after, s.expired_after, 1, ${BOOKLET_SIZE * FACE_CENTS + (BOOKLET_SIZE * FACE_CENTS * FEE_BP) / 10_000}
             FROM stories s CROSS JOIN LATERAL (VALUES ('PROGRAMME', ''), ('ZONE', $1::text), ('DISTRIBUTOR', s.distributor_id::text), ('COMMUNE', s.commune),
                                                        ('EPCI', s.epci), ('DEPARTEMENT', s.dep), ('REGION', s.reg)) AS d(dimension, key)
            WHERE s.handed AND d.key IS NOT NULL
           UNION ALL SELECT 'PUBLIC', p, 0, 0, 0, s.handed_out, s.redeemed, s.reimbursed, s.expired_after, s.expired_after, 1, ${BOOKLET_SIZE * FACE_CENTS + (BOOKLET_SIZE * FACE_CENTS * FEE_BP) / 10_000}
             FROM stories s CROSS JOIN LATERAL unnest(s.publics) p WHERE s.handed
           -- Redeemed and reimbursed at the place.
           UNION ALL SELECT 'PLACE', place_id::text, 0, 0, 0, 0, redeemed, reimbursed, 0, 0, 0, 0 FROM stories WHERE redeemed > 0
         )
         SELECT dimension, key, sum(ordered)::bigint AS ordered, sum(activated)::bigint AS activated, sum(allocated)::bigint AS allocated,
                sum(handed_out)::bigint AS handed_out, sum(redeemed)::bigint AS redeemed, sum(reimbursed)::bigint AS reimbursed,
                sum(expired)::bigint AS expired, sum(credited)::bigint AS credited, sum(people)::bigint AS people, sum(cost)::bigint AS cost
           FROM facts GROUP BY dimension, key`,
        [zoneId],
      );
      const split = (column: string) => `(${column} / ${SHARDS}) + CASE WHEN s < ${column} % ${SHARDS} THEN 1 ELSE 0 END`;
      await passesDb.query(
        `INSERT INTO funnel_counter (programme_id, dimension, key, shard, ordered, activated, allocated, handed_out, redeemed, reimbursed, expired, credited)
         SELECT $1, dimension, key, s, ${['ordered', 'activated', 'allocated', 'handed_out', 'redeemed', 'reimbursed', 'expired', 'credited'].map(split).join(', ')}
           FROM gen_counts, generate_series(0, ${SHARDS - 1}) s
          WHERE s = 0 OR greatest(ordered, activated, allocated, handed_out, redeemed, reimbursed, expired, credited) > s`,
        [programmeId],
      );
      await passesDb.query(
        `INSERT INTO people_helped_counter (programme_id, dimension, key, people, passes_cost_cents)
         SELECT $1, dimension, key, people, cost FROM gen_counts WHERE people > 0 AND dimension <> 'PLACE'`,
        [programmeId],
      );
      const [{ count }] = (await passesDb.query(`SELECT count(*)::int AS count FROM funnel_counter`)).rows;
      return count as number;
    });
    await timed('passes: analyze', () => passesDb.query(`VACUUM ANALYZE`));

    const summary = (
      await passesDb.query(
        `SELECT (SELECT count(*) FROM hand_out)::int AS hand_outs, (SELECT count(*) FROM pass)::int AS passes,
                (SELECT count(*) FROM people_helped_counter WHERE dimension = 'COMMUNE')::int AS communes`,
      )
    ).rows[0];
    // What funding needs from passes' history: passes used per order and day, credit notes.
    const usedByDay = (
      await passesDb.query(`SELECT order_id, redeemed_on::text AS day, sum(redeemed)::int AS redeemed FROM gen_booklet WHERE redeemed > 0 GROUP BY 1, 2 ORDER BY 1, 2`)
    ).rows as Array<{ order_id: string; day: string; redeemed: number }>;
    const creditNotes = (await passesDb.query(`SELECT id, order_id, pass_count, amount_cents::text AS amount, issued_at::date::text AS day FROM credit_note`)).rows as Array<{
      id: string;
      order_id: string;
      pass_count: number;
      amount: string;
      day: string;
    }>;

    // ——— partners ———
    await timed('partners: organisations, agreements, places', async () => {
      const orgs = [
        { id: benchId('bench-owner'), name: 'Agence nationale (benchmark)', kind: 'PUBLIC_AGENCY', commune: '75056' },
        { id: benchId('bench-operator'), name: 'Opérateur de pass (benchmark)', kind: 'OPERATOR', commune: '69123' },
        ...distributors.map((d, i) => ({ id: d.id, name: `Distributeur ${i} – ${geography.commune(d.commune)!.name}`, kind: ['ASSOCIATION', 'CCAS', 'SOCIAL_CENTRE', 'COMMUNE'][i % 4], commune: d.commune })),
        ...places.map((p, i) => ({ id: p.organisationId, name: `Structure ${i} – ${geography.commune(p.commune)!.name}`, kind: ['ASSOCIATION', 'THIRD_PLACE', 'SOCIAL_CENTRE', 'COMMUNE'][i % 4], commune: p.commune })),
      ];
      const postal = (code: string) => geography.commune(code)!.postalCodes[0] ?? '75001';
      await partnersDb.query(
        `INSERT INTO organisation (id, name, legal_kind, siret, siren, address, postal_code, insee_code, registered_at)
         SELECT id, name, kind, lpad((10000000000000 + i)::text, 14, '0'), substr(lpad((10000000000000 + i)::text, 14, '0'), 1, 9), '1 place de la Mairie', postal, commune, now()
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS t(id, name, kind, postal, commune, i)`,
        [orgs.map((o) => o.id), orgs.map((o) => o.name), orgs.map((o) => o.kind), orgs.map((o) => postal(o.commune)), orgs.map((o) => o.commune)],
      );
      await partnersDb.query(
        `INSERT INTO agreement (id, programme_id, organisation_id, role, scope_level, scope_code, starts_on, ends_on, signed_at, recorded_by)
         SELECT agreement_id, $1, id, 'DISTRIBUTOR', 'DEPARTEMENT', dep, $2, NULL, now(), 'bench' FROM unnest($3::uuid[], $4::uuid[], $5::text[]) AS t(agreement_id, id, dep)`,
        [programmeId, `${firstYear}-01-01`, distributors.map((d) => d.agreementId), distributors.map((d) => d.id), distributors.map((d) => d.departement)],
      );
      await partnersDb.query(
        `INSERT INTO place (id, organisation_id, external_id, name, street, postal_code, insee_code, services, publics, fees, access_modes, support_modes,
                            iban, accepts_passes, opening_hours, created_at, updated_at)
         SELECT id, org, 'lieu-' || i, 'Lieu de médiation ' || i, '2 rue de la République', postal, commune,
                ARRAY['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien'], ARRAY['Seniors'], ARRAY['Gratuit'], ARRAY['Se présenter'],
                ARRAY['Accompagnement individuel'],
                'FR7630006000011234567890189', qualified, 'Mo-Fr 09:00-12:00,14:00-17:00', now(), now()
           FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::boolean[]) WITH ORDINALITY AS t(id, org, postal, commune, qualified, i)`,
        [places.map((p) => p.id), places.map((p) => p.organisationId), places.map((p) => postal(p.commune)), places.map((p) => p.commune), places.map((p) => p.qualified)],
      );
      // Every place applied to the programme; four in five were qualified by it.
      await partnersDb.query(
        `INSERT INTO place_qualification (place_id, programme_id, status, applied_at, updated_at)
         SELECT id, $1, CASE WHEN qualified THEN 'QUALIFIED' ELSE 'APPLIED' END, now(), now() FROM unnest($2::uuid[], $3::boolean[]) AS t(id, qualified)`,
        [programmeId, places.map((p) => p.id), places.map((p) => p.qualified)],
      );
      await partnersDb.query(`VACUUM ANALYZE`);
    });

    // ——— funding ———
    await timed('funding: programme, money, passes used', async () => {
      const orderCents = bookletsPerOrder * BOOKLET_SIZE * FACE_CENTS;
      const feeCents = Math.round((orderCents * FEE_BP) / 10_000);
      const engineeringCents = 100_000_000;
      const authorisedCents = YEARS * (orderCents + feeCents + engineeringCents);
      const deliberationId = benchId('bench-deliberation');
      const authorisationId = benchId('bench-authorisation');
      await fundingDb.query(
        `INSERT INTO programme (id, code, name, owner_organisation_id, perimeter_level, perimeter_code, starts_on, ends_on, settlement_model, opened_at)
         VALUES ($1, 'BENCH-FRANCE', 'Pass numérique — France entière (benchmark)', $2, 'ZONE', $3, $4, $5, 'PREPAID_OPERATOR', now())`,
        [programmeId, benchId('bench-owner'), zoneId, `${firstYear}-01-01`, endsOn],
      );
      await fundingDb.query(
        `INSERT INTO deliberation (id, programme_id, number, decided_on, body, place, chair, subject, theme, vote, outcome, decisions, cites)
         VALUES ($1, $2, 'BENCH-001', $3, 'REGIONAL_COUNCIL', 'Paris', 'La présidence', 'Pass numérique national', NULL,
                 '{"for":60,"against":0,"abstention":0,"present":60,"proxies":0,"absent":0,"notVoting":0}', 'ADOPTED_UNANIMOUSLY', ARRAY['Acquérir des pass numériques.'], '{}')`,
        [deliberationId, programmeId, `${firstYear - 1}-12-15`],
      );
      await fundingDb.query(
        `INSERT INTO commitment_authorisation (id, programme_id, deliberation_id, kind, amount_cents, budget_year, imputation_chapter, imputation_function,
                                               imputation_nature, imputation_programme_code, nomenclature, nomenclature_version)
         VALUES ($1, $2, $3, 'AE', $4, $5, '935', '56', '6518', '56000017', 'M57', '2024')`,
        [authorisationId, programmeId, deliberationId, authorisedCents, firstYear],
      );
      await fundingDb.query(
        `INSERT INTO payment_schedule_line (authorisation_id, budget_year, amount_cents) SELECT $1, y, $2 FROM generate_series($3::int, $4::int) y`,
        [authorisationId, authorisedCents / YEARS, firstYear, thisYear],
      );
      await fundingDb.query(
        `INSERT INTO co_funder (id, programme_id, organisation_id, display_name, kind, rule, rate_basis_points, planned_cents, agreement_reference, status, position)
         VALUES ($1, $4, $5, 'État', 'STATE', 'USED_PASSES_SHARE', 5000, $7, 'CONV-ETAT', 'SIGNED', 0),
                ($2, $4, $6, 'Union européenne — FEDER', 'EU_FEDER', 'ELIGIBLE_PAID_RATE', 1636, $8, 'FEDER-1', 'GRANTED', 1),
                ($3, $4, $9, 'Programme owner', 'OWN_FUNDS', 'REMAINDER', NULL, $10, NULL, 'SIGNED', 2)`,
        [
          benchId('bench-co-funder-state'),
          benchId('bench-co-funder-feder'),
          benchId('bench-co-funder-owner'),
          programmeId,
          benchId('bench-state'),
          benchId('bench-eu'),
          Math.round(authorisedCents * 0.4),
          Math.round(authorisedCents * 0.1636),
          benchId('bench-owner'),
          authorisedCents - Math.round(authorisedCents * 0.4) - Math.round(authorisedCents * 0.1636),
        ],
      );
      for (const o of orders) {
        const commitmentId = benchId(`bench-commitment-${o.year}`);
        await fundingDb.query(
          `INSERT INTO commitment (id, programme_id, authorisation_id, kind, reference, description, committed_on, budget_year, amount_cents, face_value_cents, fee_cents,
                                   pass_count, order_id, source_event_id, recorded_at)
           VALUES ($1, $2, $3, 'PASS_ORDER', $4, 'Commande de pass', $5, $6, $7, $8, $9, $10, $11, $12, now())`,
          [commitmentId, programmeId, authorisationId, `CMD-${o.year}`, o.placedOn, o.year, orderCents + feeCents, orderCents, feeCents, bookletsPerOrder * BOOKLET_SIZE, o.id, benchId(`bench-event-placed-${o.year}`)],
        );
        await fundingDb.query(
          `INSERT INTO payment (id, programme_id, commitment_id, payment_order_number, paid_on, budget_year, invoice_reference, feder_eligible, amount_cents, source_event_id, recorded_at)
           VALUES ($1, $2, $3, $4, $5, $6, NULL, true, $7, $8, now())`,
          [benchId(`bench-payment-${o.year}`), programmeId, commitmentId, `MANDAT-${o.year}`, o.activatedOn, o.year, orderCents + feeCents, benchId(`bench-event-activated-${o.year}`)],
        );
        const engineering = benchId(`bench-engineering-${o.year}`);
        await fundingDb.query(
          `INSERT INTO commitment (id, programme_id, authorisation_id, kind, reference, description, committed_on, budget_year, amount_cents, recorded_at)
           VALUES ($1, $2, $3, 'ENGINEERING', $4, 'Ingénierie', $5, $6, $7, now())`,
          [engineering, programmeId, authorisationId, `ING-${o.year}`, o.placedOn, o.year, engineeringCents],
        );
        if (`${o.year}-06-30` < today) {
          await fundingDb.query(
            `INSERT INTO payment (id, programme_id, commitment_id, payment_order_number, paid_on, budget_year, feder_eligible, amount_cents, recorded_at)
             VALUES ($1, $2, $3, $4, $5, $6, false, $7, now())`,
            [benchId(`bench-engineering-payment-${o.year}`), programmeId, engineering, `MANDAT-ING-${o.year}`, `${o.year}-06-30`, o.year, engineeringCents / 2],
          );
        }
        for (const [type, day, amount, count] of [
          ['passes.order.placed.v1', o.placedOn, orderCents + feeCents, bookletsPerOrder * BOOKLET_SIZE],
          ['passes.order.activated.v1', o.activatedOn, orderCents + feeCents, bookletsPerOrder * BOOKLET_SIZE],
        ] as const) {
          await fundingDb.query(
            `INSERT INTO passes_fact (source_event_id, event_type, fact_key, programme_id, order_id, amount_cents, pass_count, occurred_on, payload, status, received_at, settled_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '{}', 'APPLIED', now(), now())`,
            [benchId(`bench-event-${type}-${o.year}`), type, `${type}:${o.id}`, programmeId, o.id, amount, count, day],
          );
        }
      }
      for (const c of creditNotes) {
        const year = orders.find((o) => o.id === c.order_id)!.year;
        const reductionDay = c.day > today ? today : c.day;
        // Prepaid passes given back: the commitment is reduced and what was paid comes back as a receipt (titre de recettes).
        await fundingDb.query(
          `INSERT INTO commitment_reduction (id, programme_id, commitment_id, amount_cents, reduced_on, budget_year, reference, feder_eligible, pass_count,
                                             credit_note_id, source_event_id, recorded_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, true, $8, $9, $10, now())`,
          [benchId(`bench-reduction-${c.id}`), programmeId, benchId(`bench-commitment-${year}`), c.amount, reductionDay, Number(reductionDay.slice(0, 4)), `AVOIR-${year}`, c.pass_count, c.id, benchId(`bench-event-credit-${c.id}`)],
        );
        await fundingDb.query(
          `INSERT INTO receipt (id, programme_id, commitment_id, kind, issued_on, budget_year, amount_cents, feder_eligible, reference, pass_count, credit_note_id, reduction_id, recorded_at)
           VALUES ($1, $2, $3, 'CREDIT_NOTE', $4, $5, $6, true, $7, $8, $9, $10, now())`,
          [benchId(`bench-receipt-${c.id}`), programmeId, benchId(`bench-commitment-${year}`), reductionDay, Number(reductionDay.slice(0, 4)), c.amount, `AVOIR-${year}`, c.pass_count, c.id, benchId(`bench-reduction-${c.id}`)],
        );
        await fundingDb.query(
          `INSERT INTO passes_fact (source_event_id, event_type, fact_key, programme_id, order_id, amount_cents, pass_count, occurred_on, payload, status, received_at, settled_at)
           VALUES ($1, 'passes.credit-note.issued.v1', $2, $3, $4, $5, $6, $7, '{}', 'APPLIED', now(), now())`,
          [benchId(`bench-event-credit-${c.id}`), `passes.credit-note.issued.v1:${c.id}`, programmeId, c.order_id, c.amount, c.pass_count, reductionDay],
        );
      }
      await fundingDb.query(
        `INSERT INTO used_pass_day (programme_id, order_id, day, redeemed, cancelled, face_value_cents)
         SELECT $1, o, d, r, 0, r::bigint * ${FACE_CENTS} FROM unnest($2::uuid[], $3::date[], $4::int[]) AS t(o, d, r)`,
        [programmeId, usedByDay.map((u) => u.order_id), usedByDay.map((u) => u.day), usedByDay.map((u) => u.redeemed)],
      );
      await fundingDb.query(`VACUUM ANALYZE`);
    });

    // ——— territory: the map is imported by the service; the programme's zone is added here ———
    await timed('territory: the zone France entière', async () => {
      await territoryDb.query(
        `INSERT INTO zone (id, programme_id, name, name_key, pass_quota, note, population, version, defined_at, updated_at)
         VALUES ($1, $2, 'France entière', 'france entiere', $3, NULL, $4, 1, now(), now())`,
        [zoneId, programmeId, booklets * BOOKLET_SIZE, totalPopulation],
      );
      await territoryDb.query(`INSERT INTO zone_member (zone_id, commune_code) SELECT $1, unnest($2::text[])`, [zoneId, communes.map((c) => c.code)]);
      await territoryDb.query(`INSERT INTO zone_definition (zone_id, level, code) SELECT $1, 'COMMUNE', unnest($2::text[])`, [zoneId, communes.map((c) => c.code)]);
      await territoryDb.query(`ANALYZE`);
    });

    return {
      programmeId,
      zoneId,
      today,
      orders: YEARS,
      booklets,
      handOuts: summary.hand_outs,
      passes: summary.passes,
      distributors: distributors.length,
      places: places.length,
      communesWithPeople: summary.communes,
      counterRows,
      seconds,
    };
  } finally {
    await Promise.all([passesDb.end(), partnersDb.end(), fundingDb.end(), territoryDb.end()]);
  }
}
