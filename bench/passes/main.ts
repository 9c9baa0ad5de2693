// `npm run bench passes`: the passes service's benchmarks, each a ratio against a baseline
// measured in the same run (absolute figures on a shared machine mean little).
import 'reflect-metadata';
import { openDatabase } from '@pass-numerique/service-kit';
import { dropDatabase, testDatabaseUrl, TEST_IDENTITY_SECRET } from '@pass-numerique/testing';
import { passesSubgraph } from '@pass-numerique/passes-service';
import { benchIssue } from './issue-passes.bench';

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY?.split(',');
  const wants = (name: string) => !only || only.includes(name);
  const definition = passesSubgraph({ internalIdentitySecret: TEST_IDENTITY_SECRET });

  if (wants('issue')) {
    const url = testDatabaseUrl('bench_passes_issue');
    const dataSource = await openDatabase({ url, entities: definition.entities, migrations: definition.migrations });
    try {
      const passCount = Number(process.env.BENCH_PASSES ?? 1_000_000);
      const results = await benchIssue(dataSource, url, passCount, Number(process.env.BENCH_ROUNDS ?? 3));
      console.log(`issue ${passCount.toLocaleString('en')} passes (booklets of 10), service path vs raw COPY of the same pass rows:`);
      for (const r of results) {
        console.log(`  service ${r.serviceMs.toFixed(0)} ms (${Math.round((r.passes / r.serviceMs) * 1000).toLocaleString('en')} passes/s) · COPY ${r.copyMs.toFixed(0)} ms (${Math.round((r.passes / r.copyMs) * 1000).toLocaleString('en')} rows/s) · ratio ${(r.copyMs / r.serviceMs).toFixed(2)}× of COPY's rate`);
      }
      const ratios = results.map((r) => r.copyMs / r.serviceMs).sort((a, b) => a - b);
      console.log(`  median ratio: ${ratios[Math.floor(ratios.length / 2)].toFixed(2)}× (goal ≥ 0.50×)`);
    } finally {
      await dataSource.destroy();
      await dropDatabase(url);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
