#!/usr/bin/env node
// The supply-chain gate of .ci/run: `npm audit`, failing on any high or critical advisory that is
// not a documented exception in .ci/audit-exceptions.json (advisory id, package, reason and a
// date by which it is reviewed again; past that date it fails again). docs/operations.md,
// "Supply chain", says how to add one.
//
//   node tools/platform/audit.mjs [--report audit.json] [--exceptions file.json] [--today YYYY-MM-DD]
//
// When the registry's audit service does not answer, nothing can be judged: the gate says so and
// passes, unless AUDIT_REQUIRED=true (then it fails).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BLOCKING = new Set(['high', 'critical']);

function option(args, name) {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

function runNpmAudit() {
  try {
    return execFileSync('npm', ['audit', '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    // npm audit exits non-zero when it finds anything; its report is still on stdout.
    return error.stdout ?? '';
  }
}

/** Advisory id as GitHub names it (GHSA-…), else npm's numeric source id. */
function advisoryId(via) {
  const fromUrl = typeof via.url === 'string' ? via.url.match(/GHSA-[\w-]+/i)?.[0] : undefined;
  return fromUrl ?? String(via.source);
}

/** The blocking advisories of an npm audit report (v2 format), one entry per advisory and package. */
export function blockingAdvisories(report) {
  const found = new Map();
  for (const [name, vulnerability] of Object.entries(report.vulnerabilities ?? {})) {
    for (const via of vulnerability.via ?? []) {
      if (typeof via !== 'object' || !BLOCKING.has(via.severity)) continue;
      const id = advisoryId(via);
      found.set(`${id} ${name}`, { id, package: name, severity: via.severity, title: via.title ?? '', url: via.url ?? '' });
    }
  }
  return [...found.values()];
}

function main(args) {
  const reportFile = option(args, 'report');
  const exceptionsFile = option(args, 'exceptions') ?? join(root, '.ci', 'audit-exceptions.json');
  const today = option(args, 'today') ?? new Date().toISOString().slice(0, 10);
  const text = reportFile ? readFileSync(reportFile, 'utf8') : runNpmAudit();

  let report;
  try {
    report = JSON.parse(text);
  } catch {
    report = { message: 'npm audit printed no JSON report' };
  }
  if (!report.vulnerabilities) {
    const why = report.message ?? report.error?.summary ?? 'no report';
    if (process.env.AUDIT_REQUIRED === 'true') {
      console.error(`audit: the registry's audit service did not answer (${why}); AUDIT_REQUIRED=true, failing`);
      return 1;
    }
    console.warn(`audit: WARNING: the registry's audit service did not answer (${why}); nothing was checked`);
    return 0;
  }

  const { exceptions = [] } = JSON.parse(readFileSync(exceptionsFile, 'utf8'));
  const excused = (advisory) => exceptions.find((e) => e.advisory === advisory.id && (e.package === undefined || e.package === advisory.package) && e.reviewBy >= today);
  const expired = exceptions.filter((e) => e.reviewBy < today);
  const blocking = blockingAdvisories(report);
  const failing = blocking.filter((a) => !excused(a));
  for (const a of blocking.filter((b) => excused(b))) console.log(`audit: excepted ${a.id} (${a.severity}) in ${a.package}: ${excused(a).reason}`);
  for (const e of expired) console.warn(`audit: the exception for ${e.advisory} was to be reviewed by ${e.reviewBy}: it no longer applies`);
  if (failing.length > 0) {
    for (const a of failing) console.error(`audit: ${a.severity} ${a.id} in ${a.package}: ${a.title} ${a.url}`);
    console.error(`audit: ${failing.length} high or critical advisory(ies) without an exception in ${exceptionsFile.replace(`${root}/`, '')}`);
    return 1;
  }
  console.log(`audit: no high or critical advisory outside the documented exceptions (${blocking.length} excepted)`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(main(process.argv.slice(2)));
