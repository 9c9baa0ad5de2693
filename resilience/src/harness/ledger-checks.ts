// The proof that nothing was lost or doubled: every read model is recounted from the source
// tables it summarises, every money fact funding holds is compared with the passes service's
// own records, and the messaging bookkeeping is compared across databases and JetStream.
// Each check names what it compares; a mismatch says by how much.
import type { Client } from 'pg';
import { connectEventBus, PRODUCERS, streamName } from '@pass-numerique/messaging';
import type { SteadyLoad } from './load';
import type { Platform, ServiceName } from './platform';
import { SERVICES } from './platform';

export interface CheckReport {
  /** How many figures were compared. */
  compared: number;
  mismatches: string[];
}

class Comparison {
  compared = 0;
  readonly mismatches: string[] = [];

  equal(what: string, expected: unknown, actual: unknown): void {
    this.compared++;
    if (JSON.stringify(expected) !== JSON.stringify(actual)) this.mismatches.push(`${what}: expected ${JSON.stringify(expected)}, found ${JSON.stringify(actual)}`);
  }

  /** Compares two keyed tables of figures, key by key (a key missing on one side counts as zeros). */
  tables(what: string, expected: Map<string, number[]>, actual: Map<string, number[]>, width: number): void {
    for (const key of new Set([...expected.keys(), ...actual.keys()])) {
      this.equal(`${what} [${key}]`, expected.get(key) ?? Array(width).fill(0), actual.get(key) ?? Array(width).fill(0));
    }
  }

  report(): CheckReport {
    return { compared: this.compared, mismatches: [...this.mismatches] };
  }
}

const keyed = (rows: Array<Record<string, unknown>>, key: string, columns: string[]) =>
  new Map(rows.map((r) => [String(r[key]), columns.map((c) => Number(r[c] ?? 0))]));

async function tableExists(db: Client, table: string): Promise<boolean> {
  return (await db.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [`public.${table}`])).rows[0].present;
}

/** passes' funnel read model against a recount of its own tables, for each programme. */
async function checkFunnel(passes: Client, programmeIds: string[], c: Comparison): Promise<void> {
  const stages = ['ordered', 'activated', 'allocated', 'handed_out', 'redeemed', 'reimbursed', 'expired', 'credited'];
  for (const programmeId of programmeIds) {
    const [model] = (
      await passes.query(
        `SELECT ${stages.map((s) => `COALESCE(sum(${s}), 0)::bigint AS ${s}`).join(', ')} FROM funnel_counter WHERE programme_id = $1 AND dimension = 'PROGRAMME'`,
        [programmeId],
      )
    ).rows;
    const [recount] = (
      await passes.query(
        `SELECT
           (SELECT COALESCE(sum(pass_count), 0) FROM pass_order WHERE programme_id = $1) AS ordered,
           (SELECT COALESCE(sum(pass_count), 0) FROM pass_order WHERE programme_id = $1 AND status = 'ACTIVATED') AS activated,
           (SELECT COALESCE(sum(size), 0) FROM booklet WHERE programme_id = $1 AND distributor_organisation_id IS NOT NULL) AS allocated,
           (SELECT COALESCE(sum(pass_count), 0) FROM hand_out WHERE programme_id = $1) AS handed_out,
           (SELECT count(*) FROM redemption WHERE programme_id = $1 AND status = 'REDEEMED') AS redeemed,
           (SELECT count(*) FROM redemption r JOIN statement s ON s.id = r.statement_id WHERE r.programme_id = $1 AND r.status = 'REDEEMED' AND s.status = 'PAID') AS reimbursed,
           (SELECT count(*) FROM pass p JOIN pass_order o ON o.id = p.order_id WHERE o.programme_id = $1 AND p.status = 'EXPIRED') AS expired,
           (SELECT count(*) FROM pass p JOIN pass_order o ON o.id = p.order_id WHERE o.programme_id = $1 AND p.credit_note_id IS NOT NULL) AS credited`,
        [programmeId],
      )
    ).rows;
    c.equal(`passes funnel of programme ${programmeId.slice(0, 8)} vs recount of orders, booklets, hand-outs, redemptions, passes`, stages.map((s) => Number(recount[s])), stages.map((s) => Number(model[s])));

    // The same facts counted three ways inside passes: pass statuses, redemption rows, booklet counters.
    const [inside] = (
      await passes.query(
        `SELECT (SELECT count(*) FROM pass p JOIN pass_order o ON o.id = p.order_id WHERE o.programme_id = $1 AND p.status = 'REDEEMED') AS passes_redeemed,
                (SELECT count(*) FROM redemption WHERE programme_id = $1 AND status = 'REDEEMED') AS redemptions,
                (SELECT COALESCE(sum(redeemed_count), 0) FROM booklet WHERE programme_id = $1) AS booklets_redeemed,
                (SELECT count(*) FROM pass p JOIN pass_order o ON o.id = p.order_id WHERE o.programme_id = $1 AND p.hand_out_id IS NOT NULL) AS passes_handed_out,
                (SELECT COALESCE(sum(handed_out_count), 0) FROM booklet WHERE programme_id = $1) AS booklets_handed_out`,
        [programmeId],
      )
    ).rows;
    c.equal(`passes redeemed: pass status = redemption rows = booklet counters (${programmeId.slice(0, 8)})`, [Number(inside.redemptions), Number(inside.redemptions)], [Number(inside.passes_redeemed), Number(inside.booklets_redeemed)]);
    c.equal(`passes handed out: pass rows = booklet counters (${programmeId.slice(0, 8)})`, Number(inside.passes_handed_out), Number(inside.booklets_handed_out));

    // Breakdowns a dashboard reads: by place, by distributor, by the beneficiary's commune.
    const byPlaceModel = (await passes.query(`SELECT key, sum(redeemed)::bigint AS redeemed FROM funnel_counter WHERE programme_id = $1 AND dimension = 'PLACE' GROUP BY key HAVING sum(redeemed) <> 0`, [programmeId])).rows;
    const byPlace = (await passes.query(`SELECT place_id::text AS key, count(*) AS redeemed FROM redemption WHERE programme_id = $1 AND status = 'REDEEMED' GROUP BY place_id`, [programmeId])).rows;
    c.tables(`passes funnel by place (${programmeId.slice(0, 8)})`, keyed(byPlace, 'key', ['redeemed']), keyed(byPlaceModel, 'key', ['redeemed']), 1);
    const byDistributorModel = (
      await passes.query(`SELECT key, sum(handed_out)::bigint AS handed_out, sum(redeemed)::bigint AS redeemed FROM funnel_counter WHERE programme_id = $1 AND dimension = 'DISTRIBUTOR' GROUP BY key HAVING sum(handed_out) <> 0 OR sum(redeemed) <> 0`, [programmeId])
    ).rows;
    const byDistributor = (
      await passes.query(
        `SELECT h.distributor_organisation_id::text AS key, sum(h.pass_count) AS handed_out,
                (SELECT count(*) FROM redemption r JOIN hand_out h2 ON h2.id = r.hand_out_id WHERE r.status = 'REDEEMED' AND h2.distributor_organisation_id = h.distributor_organisation_id AND r.programme_id = $1) AS redeemed
           FROM hand_out h WHERE h.programme_id = $1 GROUP BY h.distributor_organisation_id`,
        [programmeId],
      )
    ).rows;
    c.tables(`passes funnel by distributor (${programmeId.slice(0, 8)})`, keyed(byDistributor, 'key', ['handed_out', 'redeemed']), keyed(byDistributorModel, 'key', ['handed_out', 'redeemed']), 2);
    const byCommuneModel = (
      await passes.query(`SELECT key, sum(handed_out)::bigint AS handed_out, sum(redeemed)::bigint AS redeemed FROM funnel_counter WHERE programme_id = $1 AND dimension = 'COMMUNE' GROUP BY key HAVING sum(handed_out) <> 0 OR sum(redeemed) <> 0`, [programmeId])
    ).rows;
    const byCommune = (
      await passes.query(
        `SELECT h.residence_insee_code AS key, sum(h.pass_count) AS handed_out, sum((SELECT count(*) FROM redemption r WHERE r.hand_out_id = h.id AND r.status = 'REDEEMED')) AS redeemed
           FROM hand_out h WHERE h.programme_id = $1 GROUP BY h.residence_insee_code`,
        [programmeId],
      )
    ).rows;
    c.tables(`passes funnel by commune (${programmeId.slice(0, 8)})`, keyed(byCommune, 'key', ['handed_out', 'redeemed']), keyed(byCommuneModel, 'key', ['handed_out', 'redeemed']), 2);

    if (await tableExists(passes, 'people_helped_counter')) {
      const [people] = (
        await passes.query(
          `SELECT (SELECT COALESCE(sum(people), 0) FROM people_helped_counter WHERE programme_id = $1 AND dimension = 'PROGRAMME') AS model,
                  (SELECT count(*) FROM hand_out WHERE programme_id = $1) AS recount`,
          [programmeId],
        )
      ).rows;
      c.equal(`passes people helped vs hand-outs (${programmeId.slice(0, 8)})`, Number(people.recount), Number(people.model));
    }
  }
}

/** funding's money read models against what passes recorded: used passes, commitments, payments. */
async function checkFunding(passes: Client, funding: Client, programmeIds: string[], c: Comparison): Promise<void> {
  const used = (
    await funding.query(`SELECT order_id::text AS key, sum(redeemed - cancelled) AS used, sum(face_value_cents) AS cents FROM used_pass_day WHERE programme_id = ANY($1) GROUP BY order_id`, [programmeIds])
  ).rows;
  const redeemed = (
    await passes.query(`SELECT order_id::text AS key, count(*) AS used, sum(face_value_cents) AS cents FROM redemption WHERE programme_id = ANY($1) AND status = 'REDEEMED' GROUP BY order_id`, [programmeIds])
  ).rows;
  c.tables('funding used passes (count, cents) vs passes redemptions, by order', keyed(redeemed, 'key', ['used', 'cents']), keyed(used, 'key', ['used', 'cents']), 2);

  const orders = (
    await passes.query(
      `SELECT id::text AS key, 1 AS commitments, pass_count * pass_face_value_cents + fee_cents AS cents, status = 'ACTIVATED' AS activated FROM pass_order WHERE programme_id = ANY($1)`,
      [programmeIds],
    )
  ).rows;
  const commitments = (
    await funding.query(`SELECT order_id::text AS key, count(*) AS commitments, sum(amount_cents) AS cents FROM commitment WHERE order_id IS NOT NULL AND programme_id = ANY($1) GROUP BY order_id`, [programmeIds])
  ).rows;
  c.tables('funding commitments (count, cents) vs passes orders (face value + fee)', keyed(orders, 'key', ['commitments', 'cents']), keyed(commitments, 'key', ['commitments', 'cents']), 2);

  // Prepaid operator (the programmes' settlement model here): each activation pays face value + fee, once.
  const expectedPayments = new Map(orders.filter((o) => o.activated).map((o) => [String(o.key), [1, Number(o.cents)]]));
  const payments = (
    await funding.query(
      `SELECT c.order_id::text AS key, count(*) AS payments, sum(p.amount_cents) AS cents FROM payment p JOIN commitment c ON c.id = p.commitment_id
        WHERE c.order_id IS NOT NULL AND c.programme_id = ANY($1) GROUP BY c.order_id`,
      [programmeIds],
    )
  ).rows;
  c.tables('funding payments (count, cents) vs passes activations', expectedPayments, keyed(payments, 'key', ['payments', 'cents']), 2);

  const unsettled = (await funding.query(`SELECT status, count(*)::int AS n FROM passes_fact WHERE programme_id = ANY($1) AND status IN ('PENDING', 'REFUSED') GROUP BY status`, [programmeIds])).rows;
  c.equal('funding facts from passes left pending or refused', [], unsettled);
}

/**
 * The messaging bookkeeping: every outbox drained; each consumer applied each event of its
 * types exactly once (processed_event rows = the producer's outbox rows of that type); each
 * producer's stream holds each outbox event once (plus the dead letters replayed into it); no
 * durable consumer has anything pending or unacknowledged.
 */
async function checkMessaging(platform: Platform, databases: Record<ServiceName, Client>, c: Comparison, replayedIntoStream: Record<string, number> = {}): Promise<void> {
  const outboxByType = new Map<string, number>();
  for (const service of SERVICES) {
    const [pending] = (await databases[service].query(`SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL`)).rows;
    c.equal(`${service} outbox drained (rows still to publish)`, 0, pending.n);
    for (const row of (await databases[service].query(`SELECT type, count(*)::int AS n FROM outbox_event GROUP BY type`)).rows) outboxByType.set(row.type, row.n);
  }
  const bus = await connectEventBus(platform.natsUrl, platform.eventPrefix, 'resilience-checks');
  try {
    for (const producer of PRODUCERS) {
      const stream = streamName(platform.eventPrefix, producer);
      const info = await bus.jsm.streams.info(stream);
      const outbox = (await databases[producer as ServiceName].query(`SELECT count(*)::int AS n FROM outbox_event`)).rows[0].n;
      c.equal(`${stream} stream messages = ${producer} outbox rows (+ replayed dead letters)`, outbox + (replayedIntoStream[producer] ?? 0), info.state.messages);
      for await (const consumer of bus.jsm.consumers.list(stream)) {
        const durable = consumer.config.durable_name ?? consumer.name;
        const [service, typeToken] = durable.split('--');
        const type = (consumer.config.filter_subject ?? '').slice(platform.eventPrefix.length + 1) || typeToken.replace(/_/g, '.');
        c.equal(`${durable}: nothing pending or unacknowledged`, [0, 0], [consumer.num_pending, consumer.num_ack_pending]);
        if ((SERVICES as readonly string[]).includes(service)) {
          const [processed] = (await databases[service as ServiceName].query(`SELECT count(*)::int AS n FROM processed_event WHERE consumer = $1 AND event_type = $2`, [service, type])).rows;
          c.equal(`${service} applied each ${type} exactly once (processed = published)`, outboxByType.get(type) ?? 0, processed.n);
        }
      }
    }
  } finally {
    await bus.nc.close();
  }
}

/** Every check at once. */
export async function checkEverything(platform: Platform, programmeIds: string[], replayedIntoStream: Record<string, number> = {}): Promise<CheckReport> {
  const c = new Comparison();
  const databases = {} as Record<ServiceName, Client>;
  try {
    for (const service of SERVICES) databases[service] = await platform.database(service);
    await checkFunnel(databases.passes, programmeIds, c);
    await checkFunding(databases.passes, databases.funding, programmeIds, c);
    await checkMessaging(platform, databases, c, replayedIntoStream);
  } finally {
    await Promise.all(Object.values(databases).map((db) => db.end().catch(() => undefined)));
  }
  return c.report();
}

/**
 * What the load's clients were told was done, against the passes database: every confirmed
 * redemption exists once with the id the client was given and no other redemption exists, as
 * many hand-outs as were confirmed, every confirmed order, activated when its activation was.
 */
export async function checkConfirmed(platform: Platform, programmeId: string, load: Pick<SteadyLoad, 'redeemed' | 'handedOut' | 'orders'>): Promise<CheckReport & { summary: string }> {
  const c = new Comparison();
  const db = await platform.database('passes');
  try {
    const { rows } = await db.query(`SELECT pass_number::text AS number, id FROM redemption WHERE programme_id = $1 AND status = 'REDEEMED' ORDER BY pass_number`, [programmeId]);
    const byNumber = (entries: Array<[string, string]>) => entries.sort(([a], [b]) => a.localeCompare(b));
    c.equal('redemptions stored (pass, id) vs confirmed to the places', byNumber([...load.redeemed.entries()]), byNumber(rows.map((r) => [r.number, r.id])));
    const handOuts = (await db.query(`SELECT count(*)::int AS n FROM hand_out WHERE programme_id = $1`, [programmeId])).rows[0].n;
    c.equal('hand-outs stored vs confirmed to the distributor', load.handedOut.size, handOuts);
    const orders = (await db.query(`SELECT id::text, status FROM pass_order WHERE id = ANY($1) ORDER BY id`, [[...load.orders.keys()]])).rows;
    c.equal('orders stored vs confirmed to staff', load.orders.size, orders.length);
    const notActivated = orders.filter((order) => load.orders.get(order.id)?.activated && order.status !== 'ACTIVATED').map((order) => order.id);
    c.equal('orders whose activation was confirmed, not activated', [], notActivated);
    return { ...c.report(), summary: `${rows.length} redemptions, ${handOuts} hand-outs, ${orders.length} orders` };
  } finally {
    await db.end();
  }
}
