// `npm run token -- <role> [--authority region|somme] [--org <id>] [--programme <id>] [--hours <n>]`:
// a development token for a person of that role, signed by the development identity provider key
// that `npm start` keeps in .local/dev-secrets.json, in the provider's name (its issuer,
// http://127.0.0.1:<IDP_PORT>): the gateway checks it against the provider's published keys as it
// checks the tokens people get by signing in. Its claims have the shape ARCHITECTURE.md
// ("Tenancy") documents: `org` and `roles`.
import { readFileSync } from 'node:fs';
import { importJWK, SignJWT } from 'jose';
import { DEV_AUTHORITIES, DEV_IDENTITIES, DEV_ROLES as ROLES, rolesClaim, type DevAuthority, type DevRole as Role } from './dev-identities';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

async function main(): Promise<number> {
  const [file, ...args] = process.argv.slice(2);
  const role = args[0] as Role;
  const authority = (option(args, 'authority') ?? 'region') as DevAuthority;
  if (!ROLES.includes(role) || !DEV_AUTHORITIES.includes(authority)) {
    process.stderr.write(
      `usage: npm run token -- <${ROLES.join('|')}> [--authority ${DEV_AUTHORITIES.join('|')}] [--org <organisation id>] [--programme <programme id>] [--hours <n>]\n`,
    );
    return 2;
  }
  const secrets = JSON.parse(readFileSync(file, 'utf8')) as { DEV_PEOPLE_PRIVATE_JWK: string; AUTH_ISSUER?: string };
  const jwk = JSON.parse(secrets.DEV_PEOPLE_PRIVATE_JWK);
  const key = await importJWK(jwk, 'ES256');
  const hours = Number(option(args, 'hours') ?? 8);
  const identity = DEV_IDENTITIES[authority][role];
  const organisation = option(args, 'org') ?? identity.organisationId;
  const programme = option(args, 'programme');
  const roles = rolesClaim(role, programme ? [programme] : identity.programmeIds);
  const token = await new SignJWT({ org: organisation, roles })
    .setProtectedHeader({ alg: 'ES256', kid: jwk.kid })
    .setSubject(`dev-${authority}-${role}`)
    .setIssuer(process.env.AUTH_ISSUER ?? `http://127.0.0.1:${process.env.IDP_PORT ?? 4007}`)
    .setAudience('pass-numerique-api')
    .setIssuedAt()
    .setExpirationTime(`${hours}h`)
    .sign(key);
  process.stderr.write(`${role} (${authority}) for organisation ${organisation ?? '—'}, roles ${roles.join(' ')}, valid ${hours} h. Use it as:\n  curl -H "Authorization: Bearer $TOKEN" …\n`);
  process.stdout.write(`${token}\n`);
  return 0;
}

main().then((code) => process.exit(code));
