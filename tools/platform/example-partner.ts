// `npm run example:partner`: runs the partner integration kit's journey (examples/partner-client)
// against the platform `npm start` is running, with the demo partners and a development token.
import { DEMO_PARTNER_IDS, DEMO_PLACES } from '@pass-numerique/demo-programme';
import { runPartnerJourney } from '@pass-numerique/partner-client-example';

async function main(): Promise<void> {
  const [endpoint, managerToken] = process.argv.slice(2);
  const place = DEMO_PLACES.find((p) => p.inseeCode.startsWith('80'))!;
  const outcome = await runPartnerJourney({
    endpoint,
    managerToken,
    distributorOrganisationId: DEMO_PARTNER_IDS.distributors[0],
    place: { id: place.id, organisationId: place.organisationId, departement: '80' },
    residenceInseeCode: place.inseeCode,
    log: (line) => process.stdout.write(`  ${line}\n`),
  });
  process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
}

main().catch((error) => {
  process.stderr.write(`example failed: ${error.code ?? ''} ${error.message}\n`);
  process.exit(1);
});
