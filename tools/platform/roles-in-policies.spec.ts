// Roles are named in one place per service: its access-policy.ts, which the kit applies before any
// resolver runs. A resolver or service that checked a role again would be a second statement of
// the rule, free to drift from the first. Whose object a caller may touch (tenancy.ts, beside the
// data) is not a role check: it reads the caller's reach, never its role's name.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

/** A person's role named or compared outside a policy. Agreements' roles (DISTRIBUTOR …) are data, not these. */
const ROLE_CHECK = /\b(?:identity|caller|reach|ctx)\??\.role\b|\)\.role\b|\.roles\??\.(?:includes|some|every)\(|\b(?:STAFF|PROGRAMME_READERS)\b|'(?:programme_manager|finance_officer|funder_auditor|platform_operator)'/;

/** Where roles may be named: the policies, and the tests, test kits and demo identities that play them. */
const exempt = (file: string) => /(?:^|\/)access-policy\.ts$|\.(?:spec|int-spec|e2e-spec)\.ts$|\/(?:testing|test-support|demo)\//.test(file);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function roleChecks(file: string, text: string): string[] {
  return text
    .split('\n')
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => !line.trim().startsWith('//') && !line.trim().startsWith('*') && ROLE_CHECK.test(line))
    .map(([line, n]) => `${file}:${n}: ${line.trim()}`);
}

describe('roles', () => {
  it('are named only in each service’s access-policy.ts, never checked again by a resolver or a service', () => {
    const services = join(root, 'services');
    const found = readdirSync(services).flatMap((service) =>
      sourceFiles(join(services, service, 'src'))
        .map((path) => relative(root, path))
        .filter((file) => !exempt(file))
        .flatMap((file) => roleChecks(file, readFileSync(join(root, file), 'utf8'))),
    );
    expect(found).toEqual([]);
  });

  it('are recognised when a resolver re-checks one', () => {
    const resolver = `export const r = { Mutation: { approve: (_, a, ctx, info) => { if (ctx.reach(info).role !== 'finance_officer') throw forbidden(); } } };`;
    expect(roleChecks('x.resolvers.ts', resolver)).toHaveLength(1);
    expect(roleChecks('x.service.ts', `if (identity.roles.includes(role)) return;`)).toHaveLength(1);
    expect(roleChecks('x.resolvers.ts', `if (ctx.reach(info).role === viewer) return null;`)).toHaveLength(1);
    expect(roleChecks('x.service.ts', `if (payload.role !== 'DISTRIBUTOR') return;`)).toEqual([]);
    expect(exempt('services/passes/src/access-policy.ts')).toBe(true);
    expect(exempt('services/passes/src/orders/order.resolvers.ts')).toBe(false);
  });
});
