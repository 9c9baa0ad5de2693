// Every SQL statement a service runs lives in a `*.repository.ts` file: services hold the rules,
// resolvers and handlers hand off, repositories hold the queries and the entity writes. Migrations,
// test helpers (`testing/` folders) and tests themselves may speak SQL. This reads every other
// source file of services/*/src and names each line that queries the database, writes an entity
// through the entity manager or holds SQL text. `manager.create(Entity, …)` only builds an object
// and may stay in a service.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

/** Ways of reaching the database that belong in a repository. */
const DATABASE_CALLS: Array<[RegExp, string]> = [
  [/\.query\s*\(/, 'runs SQL (.query)'],
  [/\bcreateQueryBuilder\b/, 'builds a query (createQueryBuilder)'],
  [/\bgetRepository\s*\(/, "reads an entity's table (getRepository)"],
  [/\bmanager\.(find\w*|count\w*|exists\w*|sum|average|minimum|maximum)\s*\(/, 'reads through the entity manager'],
  [/\bmanager\.(save|insert|update|upsert|delete|remove|softDelete|softRemove|restore|recover|increment|decrement|clear)\s*\(/, 'writes through the entity manager'],
  [/\.setLock\s*\(|\block:\s*\{\s*mode:/, 'takes a row lock'],
];

/** SQL text in a string or template literal (a statement handed to a repository is still SQL outside it). */
const SQL_TEXT = /[`'"]\s*(SELECT\s|INSERT\s+INTO\s|UPDATE\s+\w+(\s+\w+)?\s+SET\s|DELETE\s+FROM\s|WITH\s+\w+\s+AS\s*\(|SET\s+LOCAL\s)/i;

function allowed(path: string): boolean {
  return (
    path.endsWith('.repository.ts') ||
    /\.(spec|int-spec|e2e-spec)\.ts$/.test(path) ||
    path.split('/').includes('testing') ||
    path.includes('/database/migrations/')
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

export function sqlOutsideRepositories(servicesDir = join(root, 'services')): string[] {
  const offences: string[] = [];
  for (const service of readdirSync(servicesDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const src = join(servicesDir, service.name, 'src');
    let files: string[];
    try {
      files = sourceFiles(src);
    } catch {
      continue;
    }
    for (const file of files) {
      const path = relative(root, file).split('\\').join('/');
      if (allowed(path)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.trim();
          if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return;
          for (const [pattern, what] of DATABASE_CALLS) if (pattern.test(code)) offences.push(`${path}:${i + 1} ${what}: ${code.slice(0, 120)}`);
          if (SQL_TEXT.test(code)) offences.push(`${path}:${i + 1} holds SQL text: ${code.slice(0, 120)}`);
        });
    }
  }
  return offences;
}

describe('SQL lives in repositories', () => {
  it('no service file outside *.repository.ts, migrations, testing/ and tests reads or writes the database or holds SQL', () => {
    const offences = sqlOutsideRepositories();
    if (offences.length > 0) {
      throw new Error(`move these into a *.repository.ts method that takes the transaction's manager:\n${offences.join('\n')}`);
    }
  });

  it('names each offending file and line, and lets repositories, migrations, test helpers and tests be', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sql-rule-'));
    try {
      const src = join(dir, 'example', 'src');
      for (const folder of ['orders', 'database/migrations', 'testing']) mkdirSync(join(src, folder), { recursive: true });
      const query = 'await manager.query(`SELECT 1`);\n';
      writeFileSync(
        join(src, 'orders', 'order.service.ts'),
        `// a comment may say .query(\nconst ok = 1;\n${query}const order = await manager.findOneBy(OrderEntity, { id });\nconst built = manager.create(OrderEntity, { id });\nawait manager.save(built);\n`,
      );
      writeFileSync(join(src, 'orders', 'order.handler.ts'), "const statement = { sql: 'UPDATE booklet SET redeemed_count = 1', params: [] };\n");
      for (const allowedFile of ['orders/order.repository.ts', 'orders/order.int-spec.ts', 'database/migrations/1-init.ts', 'testing/kit.ts']) writeFileSync(join(src, allowedFile), query);
      const offences = sqlOutsideRepositories(dir).map((o) => o.slice(o.indexOf('example/')));
      expect(offences).toEqual([
        expect.stringMatching(/^example\/src\/orders\/order\.handler\.ts:1 holds SQL text/),
        expect.stringMatching(/^example\/src\/orders\/order\.service\.ts:3 runs SQL/),
        expect.stringMatching(/^example\/src\/orders\/order\.service\.ts:3 holds SQL text/),
        expect.stringMatching(/^example\/src\/orders\/order\.service\.ts:4 reads through the entity manager/),
        expect.stringMatching(/^example\/src\/orders\/order\.service\.ts:6 writes through the entity manager/),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('looks into every service', () => {
    const services = readdirSync(join(root, 'services'), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(services.map((s) => s.name)).toEqual(expect.arrayContaining(['funding', 'partners', 'passes', 'territory']));
  });
});
