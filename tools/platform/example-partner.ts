// `npm run example:partner`: runs the partner integration kit's journey (examples/partner-client)
// against the platform `npm start` is running, with the demo partners; its people sign in with
// tokens of the development identity provider (the key `npm start` keeps in .local/).
import { readFileSync } from 'node:fs';
import { importJWK, SignJWT } from 'jose';
import { DEMO_PARTNER_IDS, DEMO_PLACES, DEMO_REGION } from '@pass-numerique/demo-programme';
import { runPartnerJourney, type Person } from '@pass-numerique/partner-client-example';

async function main(): Promise<void> {
  const [endpoint, secretsFile] = process.argv.slice(2);
  const secrets = JSON.parse(readFileSync(secretsFile, 'utf8')) as { DEV_PEOPLE_PRIVATE_JWK: string };
  const jwk = JSON.parse(secrets.DEV_PEOPLE_PRIVATE_JWK);
  const key = await importJWK(jwk, 'ES256');
  const signIn = (person: Person) =>
    new SignJWT({ org: person.organisationId, roles: person.roles })
      .setProtectedHeader({ alg: 'ES256', kid: jwk.kid })
      .setSubject(`example-${person.roles[0].split(':')[0]}`)
      .setIssuer('pass-numerique-dev')
      .setAudience('pass-numerique-api')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(key);
  const place = DEMO_PLACES.find((p) => p.inseeCode.startsWith('80'))!;
  const outcome = await runPartnerJourney({
    endpoint,
    signIn,
    authorityOrganisationId: DEMO_REGION.organisationId,
    distributorOrganisationId: DEMO_PARTNER_IDS.distributors[0],
    place: { id: place.id, organisationId: place.organisationId, departement: '80', iban: place.iban },
    residenceInseeCode: place.inseeCode,
    log: (line) => process.stdout.write(`  ${line}\n`),
  });
  process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
}

main().catch((error) => {
  process.stderr.write(`example failed: ${error.code ?? ''} ${error.message}\n`);
  process.exit(1);
});
