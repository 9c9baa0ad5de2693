// Concurrency through the gateway, on the built services running as separate processes:
// races that partners and staff create without meaning to, each of which must have exactly one
// winner, and leave the read models counting it once.
import { randomUUID } from 'node:crypto';
import { DEMO_PARTNER_IDS } from '@pass-numerique/demo-programme';
import { call, callWhen, headersOf } from './harness/api';
import { waitFor } from './harness/child-process';
import { outcomeOf, Platform } from './harness/platform';
import { printReport, Tally } from './harness/report';
import { beneficiaryNear, MUTATIONS, setUpScenario, type Scenario } from './harness/scenario';

const PLACES = 8;

describe('concurrency through the gateway (real processes)', () => {
  let platform: Platform;
  let scenario: Scenario;
  const figures: Array<[string, string | number]> = [];

  beforeAll(async () => {
    platform = await Platform.start({ label: 'race' });
    scenario = await setUpScenario(platform, { bookletCount: 6, allocate: 2, placeCount: PLACES });
  }, 180_000);

  afterAll(async () => {
    if (figures.length) printReport('concurrency', figures);
    await platform?.stop();
  }, 60_000);

  afterEach(() => {
    expect(platform.crashes()).toEqual([]);
  });

  const handOut = (passNumber: string) =>
    call(platform, scenario.distributor.caller, MUTATIONS.handOut, { input: { passNumber, profile: beneficiaryNear(scenario.places[0]) } });

  it('many places redeeming one pass at the same instant: exactly one wins, the others are told ALREADY_REDEEMED', async () => {
    const passes = scenario.passes.slice(0, 5);
    for (const pass of passes) await handOut(pass.number);
    const outcomes = new Tally();
    for (const pass of passes) {
      const attempts = await Promise.all(
        scenario.places.map((place) =>
          platform.query(MUTATIONS.redeemPass, { input: { pass: { passNumber: pass.number, code: pass.code }, placeId: place.id, idempotencyKey: randomUUID() } }, headersOf(place.caller)),
        ),
      );
      const byOutcome = attempts.map(outcomeOf);
      for (const o of byOutcome) outcomes.add(o);
      expect(byOutcome.filter((o) => o === 'OK')).toHaveLength(1);
      expect(byOutcome.filter((o) => o !== 'OK').every((o) => o === 'ALREADY_REDEEMED')).toBe(true);
    }
    const db = await platform.database('passes');
    try {
      const { rows } = await db.query(
        `SELECT pass_number::text AS number, count(*)::int AS redemptions FROM redemption WHERE pass_number = ANY($1::bigint[]) AND status = 'REDEEMED' GROUP BY pass_number`,
        [passes.map((p) => p.number)],
      );
      expect(rows.map((r) => r.redemptions)).toEqual(passes.map(() => 1));
      const funnel = await db.query(`SELECT COALESCE(sum(redeemed), 0)::int AS redeemed FROM funnel_counter WHERE programme_id = $1 AND dimension = 'PROGRAMME'`, [scenario.programmeId]);
      expect(funnel.rows[0].redeemed).toBe(passes.length);
    } finally {
      await db.end();
    }
    // Funding hears of each redemption once: the State's base counts each pass once.
    const fundingDb = await platform.database('funding');
    try {
      await waitFor('funding to count the redemptions', async () => {
        const { rows } = await fundingDb.query(`SELECT COALESCE(sum(redeemed - cancelled), 0)::int AS used FROM used_pass_day WHERE programme_id = $1`, [scenario.programmeId]);
        return rows[0].used === passes.length;
      }, { timeoutMs: 20_000 });
    } finally {
      await fundingDb.end();
    }
    figures.push(['one pass × 8 places at once', `${passes.length} passes, ${outcomes.total} attempts: ${outcomes}`]);
  }, 60_000);

  it('a place retrying one redemption many times at once (same idempotency key) gets the same redemption every time', async () => {
    const pass = scenario.passes[5];
    await handOut(pass.number);
    const place = scenario.places[1];
    const key = randomUUID();
    const attempts = await Promise.all(
      Array.from({ length: 12 }, () =>
        platform.query(MUTATIONS.redeemPass, { input: { pass: { passNumber: pass.number, code: pass.code }, placeId: place.id, idempotencyKey: key } }, headersOf(place.caller)),
      ),
    );
    expect(attempts.map(outcomeOf)).toEqual(attempts.map(() => 'OK'));
    const ids = new Set(attempts.map((a) => a.data.redeemPass.id));
    expect(ids.size).toBe(1);
    figures.push(['one redemption retried × 12 at once', `${attempts.length} answers, ${ids.size} redemption`]);
  }, 30_000);

  it('one booklet allocated to two distributors at once: exactly one gets it', async () => {
    const [first, second] = DEMO_PARTNER_IDS.distributors;
    await callWhen(platform, scenario.manager, MUTATIONS.signAgreement, {
      input: { programmeId: scenario.programmeId, organisationId: second, role: 'DISTRIBUTOR', startsOn: new Date().toISOString().slice(0, 10) },
    });
    // The agreement travels to passes by event: wait until allocating to the second one works.
    const [probe, ...contested] = scenario.stock;
    await callWhen(platform, scenario.manager, MUTATIONS.allocateBooklets, { input: { distributorOrganisationId: second, bookletIds: [probe.id] } }, { notYet: ['NOT_A_DISTRIBUTOR', 'AGREEMENT_NOT_IN_FORCE'] });
    const outcomes = new Tally();
    for (const booklet of contested) {
      const attempts = await Promise.all(
        [first, second, first, second].map((distributorOrganisationId) =>
          platform.query(MUTATIONS.allocateBooklets, { input: { distributorOrganisationId, bookletIds: [booklet.id] } }, headersOf(scenario.manager)),
        ),
      );
      const byOutcome = attempts.map(outcomeOf);
      for (const o of byOutcome) outcomes.add(o);
      expect(byOutcome.filter((o) => o === 'OK')).toHaveLength(1);
      expect(byOutcome.filter((o) => o !== 'OK').every((o) => o === 'BOOKLET_NOT_IN_STOCK')).toBe(true);
    }
    const db = await platform.database('passes');
    try {
      const { rows } = await db.query(`SELECT count(*)::int AS held FROM booklet WHERE id = ANY($1) AND distributor_organisation_id IS NOT NULL`, [contested.map((b) => b.id)]);
      expect(rows[0].held).toBe(contested.length);
      // The funnel counts each allocated booklet's passes once: 2 booklets at set-up, the probe, the contested ones.
      const funnel = await db.query(`SELECT COALESCE(sum(allocated), 0)::int AS allocated FROM funnel_counter WHERE programme_id = $1 AND dimension = 'PROGRAMME'`, [scenario.programmeId]);
      expect(funnel.rows[0].allocated).toBe(10 * (2 + 1 + contested.length));
    } finally {
      await db.end();
    }
    figures.push(['one booklet × 2 distributors × 2 at once', `${contested.length} booklets, ${outcomes.total} attempts: ${outcomes}`]);
  }, 60_000);

  it('a month’s statements generated several times in parallel: one statement per place, each redemption in exactly one', async () => {
    // Statements cover a month that has ended: the redemptions above are moved to last month.
    const db = await platform.database('passes');
    const now = new Date();
    const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15, 12));
    const month = lastMonth.toISOString().slice(0, 7);
    try {
      const moved = await db.query(`UPDATE redemption SET redeemed_at = $2 WHERE programme_id = $1 AND status = 'REDEEMED' AND statement_id IS NULL`, [scenario.programmeId, lastMonth]);
      expect(moved.rowCount).toBeGreaterThan(0);
      const finance = scenario.finance;
      const callers = [scenario.manager, finance, scenario.manager, finance, scenario.manager, finance];
      const attempts = await Promise.all(callers.map((caller) => platform.query(MUTATIONS.generateStatements, { programmeId: scenario.programmeId, month }, headersOf(caller))));
      expect(attempts.map(outcomeOf)).toEqual(callers.map(() => 'OK'));
      const answers = new Set(attempts.map((a) => JSON.stringify(a.data.generateStatements)));
      expect(answers.size).toBe(1);

      const statements = await db.query(`SELECT place_id, count(*)::int AS n, sum(pass_count)::int AS passes FROM statement WHERE programme_id = $1 AND month = $2 GROUP BY place_id`, [scenario.programmeId, month]);
      const redemptions = await db.query(
        `SELECT place_id, count(*)::int AS passes, count(statement_id)::int AS stated FROM redemption WHERE programme_id = $1 AND status = 'REDEEMED' GROUP BY place_id`,
        [scenario.programmeId],
      );
      expect(statements.rows.every((r) => r.n === 1)).toBe(true);
      const byPlace = Object.fromEntries(statements.rows.map((r) => [r.place_id, r.passes]));
      for (const r of redemptions.rows) {
        expect({ place: r.place_id, stated: r.stated, inStatement: byPlace[r.place_id] }).toEqual({ place: r.place_id, stated: r.passes, inStatement: r.passes });
      }
      figures.push(['one month’s statements × 6 at once', `${attempts.length} answers, ${statements.rowCount} statements for ${redemptions.rowCount} places`]);
    } finally {
      await db.end();
    }
  }, 60_000);
});
