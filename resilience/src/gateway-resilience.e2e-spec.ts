// The gateway with one subgraph down (killed) or hung (SIGSTOP: it accepts connections but never
// answers): what only touches the others still answers; what touches it comes back within a
// bounded time with the rest of the data and a coded error; and when the subgraph is back, the
// same gateway process answers whole again — no restart.
import { FOUNDING_DECISION } from '@pass-numerique/demo-programme';
import { personToken } from '@pass-numerique/testing';
import { headersOf, type Caller } from './harness/api';
import { waitFor } from './harness/child-process';
import { outcomeOf, Platform, type GraphQLResult } from './harness/platform';
import { printReport } from './harness/report';
import { setUpScenario, type Scenario } from './harness/scenario';
import { leaks } from './fuzz/leaks';

const SUBGRAPH_TIMEOUT_MS = 2_000;
/** What the gateway may add to the subgraph deadline: planning, the other subgraphs, the loopback. */
const MARGIN_MS = 1_500;

const FEDERATED = `query($code: String!) { programmeByCode(code: $code) { code name owner { name } perimeter { name } passes { funnel { ordered } } } }`;
const TERRITORY_ONLY = `{ territory(level: DEPARTEMENT, code: "80") { name } }`;
const FUNDING_ONLY = `query($code: String!) { programmeByCode(code: $code) { code name } }`;
const PASSES_ONLY = `query($id: ID!) { passOrders(programmeId: $id, first: 5) { totalCount } }`;

describe('gateway with a subgraph down or hung (real processes)', () => {
  let platform: Platform;
  let scenario: Scenario;
  let manager: Caller;
  let gatewayPid: number | undefined;
  const code = FOUNDING_DECISION.programme.code;
  const figures: Array<[string, string | number]> = [];

  const query = (q: string, variables: Record<string, unknown> = {}, caller?: Caller) => platform.query(q, variables, caller ? headersOf(caller) : {}, 20_000);
  const whole = async () => {
    const r = await query(FEDERATED, { code });
    return r.errors === undefined && r.data?.programmeByCode?.passes ? r : undefined;
  };
  const codesOf = (r: GraphQLResult) => (r.errors ?? []).map((e) => e.extensions?.code);
  const expectNoLeak = (r: GraphQLResult) => expect((r.errors ?? []).flatMap((e) => leaks(e.message))).toEqual([]);

  beforeAll(async () => {
    platform = await Platform.start({ label: 'gw', demo: { funding: true, partners: true }, subgraphTimeoutMs: SUBGRAPH_TIMEOUT_MS, credentialCacheSeconds: 1 });
    gatewayPid = platform.apps.gateway.pid;
    scenario = await setUpScenario(platform, { bookletCount: 1, allocate: 0, placeCount: 1 });
    manager = scenario.manager;
    // The founding programme reaches passes by event.
    await waitFor('the federated programme to be complete', whole, { timeoutMs: 30_000, intervalMs: 200 });
  }, 180_000);

  afterAll(async () => {
    if (figures.length) printReport('gateway resilience', figures);
    await platform?.stop();
  }, 60_000);

  afterEach(() => {
    expect(platform.crashes()).toEqual([]);
    // Recovery never restarts the gateway.
    expect(platform.apps.gateway.pid).toBe(gatewayPid);
  });

  /** Runs `body` with `app` killed, and always brings it back (the next test needs the whole platform). */
  const whileKilled = async (app: 'passes' | 'territory' | 'funding', body: () => Promise<void>): Promise<number> => {
    await platform.kill(app);
    try {
      await body();
    } finally {
      // eslint-disable-next-line no-unsafe-finally
      if (!platform.apps[app].running) return platform.restart(app);
    }
    return 0;
  };

  it('passes killed: the rest answers, the passes part is null with SUBGRAPH_UNAVAILABLE at once; back without a gateway restart', async () => {
    let partial!: GraphQLResult;
    const restartMs = await whileKilled('passes', async () => {
      const territory = await query(TERRITORY_ONLY);
      expect(territory).toMatchObject({ status: 200, data: { territory: { name: 'Somme' } } });
      expect(territory.errors).toBeUndefined();

      partial = await query(FEDERATED, { code });
      expect(partial.data.programmeByCode).toMatchObject({ code, owner: { name: expect.any(String) }, perimeter: { name: 'Hauts-de-France' }, passes: null });
      expect(codesOf(partial)).toEqual(['SUBGRAPH_UNAVAILABLE']);
      // Which part of the answer is missing: the client is told the subgraph's name.
      expect(partial.errors![0]).toMatchObject({ extensions: { serviceName: 'passes' }, message: expect.stringContaining('(passes)') });
      expectNoLeak(partial);
      expect(partial.elapsedMs).toBeLessThan(SUBGRAPH_TIMEOUT_MS);

      const only = await query(PASSES_ONLY, { id: scenario.programmeId }, manager);
      expect({ status: only.status, data: only.data ?? null, codes: codesOf(only) }).toEqual({ status: 200, data: null, codes: ['SUBGRAPH_UNAVAILABLE'] });
    });
    const began = Date.now();
    const first = await query(FEDERATED, { code });
    const recovered = await waitFor('a whole answer again', whole, { timeoutMs: 10_000, intervalMs: 50 });
    figures.push([
      'passes killed',
      `partial answer in ${partial.elapsedMs} ms (SUBGRAPH_UNAVAILABLE); restarted in ${restartMs} ms; first answer after restart: ${outcomeOf(first)}; whole again after ${Date.now() - began} ms`,
    ]);
    expect(recovered.data.programmeByCode.passes.funnel).toEqual({ ordered: expect.any(Number) });
    expect(outcomeOf(first)).toBe('OK');
  }, 120_000);

  it('passes hung (SIGSTOP): the rest answers at once, the passes part comes back within the subgraph deadline with a coded error; SIGCONT and it is whole again', async () => {
    platform.freeze('passes');
    try {
      // Hung requests in flight must not hold the others up.
      const hung = query(FEDERATED, { code });
      const territory = await query(TERRITORY_ONLY);
      expect(territory.errors).toBeUndefined();
      expect(territory.elapsedMs).toBeLessThan(1_000);
      const funding = await query(FUNDING_ONLY, { code });
      expect(funding.errors).toBeUndefined();

      // Regression: the deadline's TimeoutError used to fail the whole answer (HTTP 500, no data).
      const partial = await hung;
      expect(partial.status).toBe(200);
      expect(partial.data?.programmeByCode).toMatchObject({ code, perimeter: { name: 'Hauts-de-France' }, passes: null });
      expect(codesOf(partial)).toEqual(['SUBGRAPH_UNAVAILABLE']);
      expect(partial.errors![0].extensions).toMatchObject({ serviceName: 'passes' });
      expectNoLeak(partial);
      expect(partial.elapsedMs).toBeGreaterThanOrEqual(SUBGRAPH_TIMEOUT_MS - 100);
      expect(partial.elapsedMs).toBeLessThan(SUBGRAPH_TIMEOUT_MS + MARGIN_MS);
      const only = await query(PASSES_ONLY, { id: scenario.programmeId }, manager);
      expect(codesOf(only)).toEqual(['SUBGRAPH_UNAVAILABLE']);
      expect(only.elapsedMs).toBeLessThan(SUBGRAPH_TIMEOUT_MS + MARGIN_MS);
      figures.push(['passes hung', `territory answered in ${territory.elapsedMs} ms meanwhile; partial answer in ${partial.elapsedMs} ms (deadline ${SUBGRAPH_TIMEOUT_MS} ms)`]);
    } finally {
      platform.thaw('passes');
    }
    const began = Date.now();
    await waitFor('a whole answer again', whole, { timeoutMs: 10_000, intervalMs: 50 });
    figures.push(['passes thawed', `whole again after ${Date.now() - began} ms`]);
  }, 60_000);

  it('territory killed, then hung: the programme still answers without its perimeter’s name, with a coded error', async () => {
    let partial!: GraphQLResult;
    await whileKilled('territory', async () => {
      partial = await query(FEDERATED, { code });
      expect(partial.data.programmeByCode).toMatchObject({ code, owner: { name: expect.any(String) }, passes: { funnel: { ordered: expect.any(Number) } } });
      expect(codesOf(partial)).toEqual(['SUBGRAPH_UNAVAILABLE']);
      const only = await query(TERRITORY_ONLY);
      expect({ data: only.data ?? null, codes: codesOf(only) }).toEqual({ data: null, codes: ['SUBGRAPH_UNAVAILABLE'] });
    });
    await waitFor('a whole answer again', whole, { timeoutMs: 10_000, intervalMs: 50 });

    platform.freeze('territory');
    try {
      const hung = await query(FEDERATED, { code });
      expect(codesOf(hung)).toEqual(['SUBGRAPH_UNAVAILABLE']);
      expect(hung.errors![0].extensions).toMatchObject({ serviceName: 'territory' });
      expect(hung.data?.programmeByCode).toMatchObject({ code, perimeter: null, passes: { funnel: { ordered: expect.any(Number) } } });
      expect(hung.elapsedMs).toBeLessThan(SUBGRAPH_TIMEOUT_MS + MARGIN_MS);
      figures.push(['territory killed, then hung', `partial answers in ${partial.elapsedMs} ms and ${hung.elapsedMs} ms`]);
    } finally {
      platform.thaw('territory');
    }
    await waitFor('a whole answer again', whole, { timeoutMs: 10_000, intervalMs: 50 });
  }, 120_000);

  it('funding (the root of the query) killed: a coded error and no data for it, other queries unaffected', async () => {
    let down!: GraphQLResult;
    let territory!: GraphQLResult;
    await whileKilled('funding', async () => {
      down = await query(FEDERATED, { code });
      expect({ data: down.data?.programmeByCode ?? null, codes: codesOf(down) }).toEqual({ data: null, codes: ['SUBGRAPH_UNAVAILABLE'] });
      expectNoLeak(down);
      territory = await query(TERRITORY_ONLY);
      expect(territory.errors).toBeUndefined();
    });
    await waitFor('a whole answer again', whole, { timeoutMs: 10_000, intervalMs: 50 });
    figures.push(['funding killed', `coded error in ${down.elapsedMs} ms; territory unaffected (${territory.elapsedMs} ms)`]);
  }, 120_000);

  it('partners hung: partner software gets 503 AUTHENTICATION_UNAVAILABLE (retry later) within a bounded time; people and the public are served', async () => {
    const place = scenario.places[0];
    const check = `query($pass: PresentedPassInput!) { checkPass(pass: $pass) { redeemable } }`;
    platform.freeze('partners');
    try {
      await new Promise((r) => setTimeout(r, 1_100)); // the key's cached verification (1 s here) expires
      const keyed = await query(check, { pass: { passNumber: '000000000000', code: 'XXXXXXXX' } }, place.caller);
      expect({ status: keyed.status, codes: codesOf(keyed) }).toEqual({ status: 503, codes: ['AUTHENTICATION_UNAVAILABLE'] });
      expect(keyed.elapsedMs).toBeLessThan(5_000 + MARGIN_MS);
      const person = await query(PASSES_ONLY, { id: scenario.programmeId }, { token: await personToken({ role: 'programme_manager', programmeId: scenario.programmeId }) });
      expect(person.errors).toBeUndefined();
      const territory = await query(TERRITORY_ONLY);
      expect(territory.errors).toBeUndefined();
      figures.push(['partners hung', `partner key refused 503 in ${keyed.elapsedMs} ms; a person served in ${person.elapsedMs} ms`]);
    } finally {
      platform.thaw('partners');
    }
    await waitFor('the partner key to work again', async () => (await query(check, { pass: { passNumber: '000000000000', code: 'XXXXXXXX' } }, place.caller)).status === 200, { timeoutMs: 15_000 });
  }, 60_000);
  it('partners failing to check a key (its database refuses the write that notes the key’s use): 503 to retry, never a refusal of a valid key', async () => {
    const place = scenario.places[0];
    const check = `query($pass: PresentedPassInput!) { checkPass(pass: $pass) { redeemable } }`;
    const presented = { pass: { passNumber: '000000000000', code: 'XXXXXXXX' } };
    const partners = await platform.database('partners');
    try {
      // Partners notes a key's use at most once a minute: make the next check want to write.
      await partners.query(`UPDATE partner_credential SET last_used_at = NULL`);
      await partners.query(`CREATE FUNCTION resilience_refuse_writes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'partner_credential refuses writes (resilience test)'; END $$`);
      await partners.query(`CREATE TRIGGER resilience_refuse_writes BEFORE UPDATE ON partner_credential FOR EACH ROW EXECUTE FUNCTION resilience_refuse_writes()`);
      await new Promise((r) => setTimeout(r, 1_100)); // the key's cached verification (1 s here) expires
      // Regression: partners answered { verifyCredential: null } with an error, read as "unknown key" and cached.
      const during = await query(check, presented, place.caller);
      expect({ status: during.status, codes: codesOf(during) }).toEqual({ status: 503, codes: ['AUTHENTICATION_UNAVAILABLE'] });
    } finally {
      await partners.query(`DROP TRIGGER IF EXISTS resilience_refuse_writes ON partner_credential`);
      await partners.query(`DROP FUNCTION IF EXISTS resilience_refuse_writes()`);
      await partners.end();
    }
    const after = await query(check, presented, place.caller);
    expect(after.status).toBe(200);
    figures.push(['partners unable to check a key', 'partner software told 503 AUTHENTICATION_UNAVAILABLE, then served at once when partners could check again']);
  }, 60_000);
});
