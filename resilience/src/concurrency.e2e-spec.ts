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
import { statementsAtOnce } from './harness/statements';

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
    const callers = [scenario.manager, scenario.finance, scenario.manager, scenario.finance, scenario.manager, scenario.finance];
    const result = await statementsAtOnce(platform, scenario, callers);
    expect(result.outcomes).toEqual(callers.map(() => 'OK'));
    expect(result.distinctAnswers).toBe(1);
    expect(result.places).toBeGreaterThan(0);
    expect(result.mismatches).toEqual([]);
    figures.push(['one month’s statements × 6 at once', `${callers.length} answers, ${result.statements} statements for ${result.places} places`]);
  }, 60_000);
});
