// Through the gateway, with 50 concurrent clients:
//  - redemptions, each request a distinct pass (number + code, fresh idempotency key), against a
//    trivial query (one programme lookup in the passes subgraph) measured in the same run; then
//    the database is checked for double redemptions;
//  - the funnel of every commune of France (10 million passes in the read model) in one page.
import { personToken } from '@pass-numerique/testing';
import { verificationCode } from '@pass-numerique/passes-service';
import type { RoleProcess } from '../harness';

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  ok: number;
  failed: number;
}

// autocannon ships no type declarations: the little of it used here, typed.
interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
}
const autocannon = require('autocannon') as (options: Record<string, unknown>, done: (error: Error | null, result: AutocannonResult) => void) => void;

function run(options: Record<string, unknown>): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

export async function benchTrivialQuery(gatewayUrl: string, programmeId: string, token: string, seconds: number): Promise<LoadFigures> {
  let ok = 0;
  let failed = 0;
  const result = await run({
    url: gatewayUrl,
    connections: 50,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'query($id: ID!) { programmePasses(programmeId: $id) { code } }', variables: { id: programmeId } }),
    requests: [{ onResponse: (status: number, body: string) => (status === 200 && !body.includes('"errors"') ? ok++ : failed++) }],
  });
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, ok, failed };
}

export async function benchRedemptions(
  gatewayUrl: string,
  seeded: { placeId: string; placeOrganisationId: string; passNumbers: string[] },
  key: Buffer,
  seconds: number,
): Promise<LoadFigures & { passesLeft: number }> {
  const token = await personToken({ role: 'place', organisationId: seeded.placeOrganisationId, subject: 'bench-place-software' });
  let next = 0;
  let ok = 0;
  let failed = 0;
  const query = 'mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id } }';
  const result = await run({
    url: gatewayUrl,
    connections: 50,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => {
          const number = seeded.passNumbers[next++];
          if (!number) return request; // out of passes: the extra requests fail and are counted
          return {
            ...request,
            body: JSON.stringify({ query, variables: { input: { pass: { passNumber: number, code: verificationCode(key, number) }, placeId: seeded.placeId, idempotencyKey: `bench:${number}` } } }),
          };
        },
        onResponse: (status: number, body: string) => (status === 200 && !body.includes('"errors"') ? ok++ : failed++),
      },
    ],
  });
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, ok, failed, passesLeft: Math.max(0, seeded.passNumbers.length - next) };
}

export async function doubleRedemptions(passes: RoleProcess<unknown>): Promise<{ redemptions: number; doubles: number }> {
  const { rows } = await passes.request<{ rows: Array<{ redemptions: number; doubles: number }> }>({
    type: 'sql',
    sql: `SELECT (SELECT count(*) FROM redemption WHERE status = 'REDEEMED')::int AS redemptions,
                 (SELECT count(*) FROM (SELECT pass_number FROM redemption WHERE status = 'REDEEMED' GROUP BY pass_number HAVING count(*) > 1) d)::int AS doubles`,
  });
  return rows[0];
}

export const FUNNEL_ROWS_QUERY = `query($id: ID!, $first: Int) { programmePasses(programmeId: $id) { funnelBreakdown(by: COMMUNE, first: $first) {
  totalCount nodes { key ordered activated allocated handedOut redeemed reimbursed expired credited } } } }`;
export const FUNNEL_COLUMNS_QUERY = `query($id: ID!) { programmePasses(programmeId: $id) { funnelColumns(by: COMMUNE) {
  keys ordered activated allocated handedOut redeemed reimbursed expired credited } } }`;

/** Sequential requests for the funnel of every commune; returns latencies in ms, sorted. */
export async function benchFunnelOfFrance(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: () => Promise<Record<string, string>>,
  times: number,
  rowsOf: (data: any) => number,
): Promise<{ latencies: number[]; rows: number; bytes: number }> {
  const latencies: number[] = [];
  let rows = 0;
  let bytes = 0;
  for (let i = 0; i < times; i++) {
    // Signed identities live 60 s: a fresh one per request, outside the timing.
    const signed = await headers();
    const started = process.hrtime.bigint();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...signed }, body: JSON.stringify({ query, variables }) });
    const text = await response.text();
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    const body = JSON.parse(text);
    if (body.errors) throw new Error(`funnel query failed: ${JSON.stringify(body.errors)}`);
    rows = rowsOf(body.data);
    bytes = text.length;
  }
  return { latencies: latencies.sort((a, b) => a - b), rows, bytes };
}
