// Places of the whole country for the finder benchmark, written straight into the partners
// database: `count` places in communes drawn by population, 4 in 5 qualified by one national
// programme. The official geography has no positions: each département gets a seeded centre in
// metropolitan France, each commune a point within ~30 km of it, each place a point within ~3 km
// of its commune's — dense where people live, as places are.
import { Client } from 'pg';
import { Geography } from '@pass-numerique/geography';
import { benchId } from '../analytics/generate';

export interface GeneratedPlaces {
  programmeId: string;
  places: number;
  qualified: number;
  /** Communes with at least one place, and some without, for the queries. */
  communes: string[];
  postalCodes: string[];
  positions: Array<{ latitude: number; longitude: number }>;
}

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const HOURS = ['Mo-Fr 09:00-12:00,14:00-17:00', 'Tu-Sa 10:00-12:30,14:00-18:00', 'Mo-Th 08:30-12:00,13:30-17:00; Fr 08:30-12:00', 'We 14:00-18:00; Sa 09:00-12:00', '24/7', null];

export async function generatePlaces(databaseUrl: string, count: number): Promise<GeneratedPlaces> {
  const geography = Geography.load();
  const random = prng(20_261_203);
  const metropolitan = [...geography.communes.values()].filter((c) => !c.departement.startsWith('97')).sort((a, b) => (a.code < b.code ? -1 : 1));
  const departementCentre = new Map<string, [number, number]>();
  for (const d of new Set(metropolitan.map((c) => c.departement))) departementCentre.set(d, [43 + random() * 7.5, -1 + random() * 8]);
  const communeCentre = (code: string, departement: string): [number, number] => {
    const [lat, lon] = departementCentre.get(departement)!;
    const seeded = prng(Number.parseInt(code.replace(/\D/g, ''), 10) || 1);
    return [lat + (seeded() - 0.5) * 0.5, lon + (seeded() - 0.5) * 0.7];
  };
  const total = metropolitan.reduce((s, c) => s + c.population, 0);
  const cumulative: number[] = [];
  metropolitan.reduce((s, c) => (cumulative.push(s), s + c.population), 0);
  const pick = () => {
    const u = random() * total;
    let lo = 0;
    let hi = metropolitan.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cumulative[mid] <= u) lo = mid;
      else hi = mid - 1;
    }
    return metropolitan[lo];
  };
  const rows = Array.from({ length: count }, (_, i) => {
    const c = pick();
    const [lat, lon] = communeCentre(c.code, c.departement);
    return {
      id: benchId(`bench-site-place-${i}`),
      commune: c.code,
      postal: c.postalCodes[0] ?? '75001',
      latitude: lat + (random() - 0.5) * 0.05,
      longitude: lon + (random() - 0.5) * 0.07,
      hours: HOURS[i % HOURS.length],
      qualified: random() < 0.8,
    };
  });
  const programmeId = benchId('bench-site-programme');
  const organisationId = benchId('bench-site-organisation');
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO organisation (id, name, legal_kind, siret, siren, address, postal_code, insee_code, registered_at)
       VALUES ($1, 'Réseau national de médiation (benchmark)', 'ASSOCIATION', '10000000000001', '100000000', '1 place de la Mairie', '75001', '75056', now())`,
      [organisationId],
    );
    for (let from = 0; from < rows.length; from += 20_000) {
      const batch = rows.slice(from, from + 20_000);
      await db.query(
        `INSERT INTO place (id, organisation_id, external_id, name, street, postal_code, insee_code, latitude, longitude, phone, services, publics, fees, access_modes, support_modes,
                            iban, accepts_passes, opening_hours, created_at, updated_at)
         SELECT id, $1, 'lieu-' || ($2 + i), 'Lieu de médiation ' || ($2 + i), '2 rue de la République', postal, commune, lat, lon, '+33300000000',
                CASE WHEN i % 3 = 0 THEN ARRAY['Aide aux démarches administratives'] ELSE ARRAY['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien'] END,
                ARRAY['Seniors'], ARRAY['Gratuit'], ARRAY['Se présenter'], ARRAY['Accompagnement individuel'],
                'FR7630006000011234567890189', qualified, hours, now(), now()
           FROM unnest($3::uuid[], $4::text[], $5::text[], $6::float8[], $7::float8[], $8::text[], $9::boolean[]) WITH ORDINALITY AS t(id, postal, commune, lat, lon, hours, qualified, i)`,
        [
          organisationId,
          from,
          batch.map((r) => r.id),
          batch.map((r) => r.postal),
          batch.map((r) => r.commune),
          batch.map((r) => r.latitude),
          batch.map((r) => r.longitude),
          batch.map((r) => r.hours),
          batch.map((r) => r.qualified),
        ],
      );
      await db.query(
        `INSERT INTO place_qualification (place_id, programme_id, status, applied_at, updated_at)
         SELECT id, $1, CASE WHEN qualified THEN 'QUALIFIED' ELSE 'APPLIED' END, now(), now() FROM unnest($2::uuid[], $3::boolean[]) AS t(id, qualified)`,
        [programmeId, batch.map((r) => r.id), batch.map((r) => r.qualified)],
      );
    }
    await db.query(`VACUUM ANALYZE place`);
    await db.query(`VACUUM ANALYZE place_qualification`);
  } finally {
    await db.end();
  }
  // Queries: any commune of France (most have no place of their own), postal codes, positions.
  const all = [...geography.communes.values()];
  const communes = Array.from({ length: 400 }, () => all[Math.floor(random() * all.length)].code);
  const postalCodes = Array.from({ length: 400 }, () => all[Math.floor(random() * all.length)].postalCodes[0]).filter((p): p is string => Boolean(p));
  const positions = Array.from({ length: 400 }, () => {
    const r = rows[Math.floor(random() * rows.length)];
    return { latitude: r.latitude + (random() - 0.5) * 0.2, longitude: r.longitude + (random() - 0.5) * 0.2 };
  });
  return { programmeId, places: rows.length, qualified: rows.filter((r) => r.qualified).length, communes, postalCodes, positions };
}
