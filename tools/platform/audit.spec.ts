// The supply-chain gate of .ci/run (tools/platform/audit.mjs) on npm audit reports written here:
// it fails on a high or critical advisory with no exception, lets a documented exception through
// until its review date, and does not block on moderate ones.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const script = resolve(__dirname, 'audit.mjs');
const dir = mkdtempSync(join(tmpdir(), 'pn-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function advisory(id: string, severity: string, name = 'left-pad') {
  return { source: 1, name, dependency: name, title: `${severity} flaw`, url: `https://github.com/advisories/${id}`, severity, range: '<2.0.0' };
}

function gate(report: unknown, exceptions: unknown[], env: Record<string, string> = {}): { code: number; output: string } {
  const reportFile = join(dir, `report-${Math.random()}.json`);
  const exceptionsFile = join(dir, `exceptions-${Math.random()}.json`);
  writeFileSync(reportFile, JSON.stringify(report));
  writeFileSync(exceptionsFile, JSON.stringify({ exceptions }));
  const run = spawnSync(process.execPath, [script, '--report', reportFile, '--exceptions', exceptionsFile, '--today', '2026-12-03'], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: run.status ?? -1, output: run.stdout + run.stderr };
}

const report = (...vias: ReturnType<typeof advisory>[]) => ({
  auditReportVersion: 2,
  vulnerabilities: Object.fromEntries(vias.map((via) => [via.name, { name: via.name, severity: via.severity, via: [via, 'some-parent'] }])),
});

describe('npm audit gate', () => {
  it('fails on a high or critical advisory without an exception, naming it', () => {
    const { code, output } = gate(report(advisory('GHSA-aaaa-bbbb-cccc', 'critical')), []);
    expect(code).toBe(1);
    expect(output).toMatch(/critical GHSA-aaaa-bbbb-cccc in left-pad/);
  });

  it('lets a documented exception through until its review date, then fails again', () => {
    const exception = { advisory: 'GHSA-aaaa-bbbb-cccc', package: 'left-pad', reason: 'only reached by the benchmark tool', reviewBy: '2027-01-31' };
    expect(gate(report(advisory('GHSA-aaaa-bbbb-cccc', 'high')), [exception])).toMatchObject({ code: 0, output: expect.stringMatching(/excepted GHSA-aaaa-bbbb-cccc.*benchmark/) });
    expect(gate(report(advisory('GHSA-aaaa-bbbb-cccc', 'high')), [{ ...exception, reviewBy: '2026-11-30' }]).code).toBe(1);
    // An exception is for one advisory: another one in the same package still fails.
    expect(gate(report(advisory('GHSA-dddd-eeee-ffff', 'high')), [exception]).code).toBe(1);
  });

  it('does not block on moderate or low advisories', () => {
    expect(gate(report(advisory('GHSA-aaaa-bbbb-cccc', 'moderate', 'a'), advisory('GHSA-dddd-eeee-ffff', 'low', 'b')), []).code).toBe(0);
  });

  it('says so when the audit service did not answer, and fails then only when AUDIT_REQUIRED=true', () => {
    const unreachable = { message: '405 Method Not Allowed' };
    expect(gate(unreachable, [])).toMatchObject({ code: 0, output: expect.stringMatching(/did not answer.*nothing was checked/) });
    expect(gate(unreachable, [], { AUDIT_REQUIRED: 'true' }).code).toBe(1);
  });
});
