// The whole life of a pass as partners see it, driven through the public API only: the platform
// operator opens a programme for an authority and its manager sets it up; the distributor's and
// the place's own people issue their software's keys, and the place applies to the programme and
// is qualified; then the distributor's software hands a pass out and the place's software checks
// and redeems it. People sign in with the identity provider; here `signIn` stands for it.
// `npm run example:partner` runs it against `npm start`; e2e/src/partner-kit.e2e-spec.ts runs it
// against a test stack — so this example cannot silently rot.
import { randomUUID } from 'node:crypto';
import { PartnerApiError, PartnerClient } from './partner-client';

/** Who a person is, as the identity provider says it: the organisation they act for and their grants (ARCHITECTURE.md, "Tenancy"). */
export interface Person {
  organisationId?: string;
  /** e.g. `platform_operator`, `programme_manager:<programme id>`, `distributor`, `place`. */
  roles: string[];
}

export interface JourneyOptions {
  endpoint: string;
  /** A person's token from the identity provider (in development, its development key signs it). */
  signIn(person: Person): Promise<string>;
  /** The authority the programme is opened for (an organisation registered in partners). */
  authorityOrganisationId: string;
  /** An organisation registered as a partner, which will distribute passes. */
  distributorOrganisationId: string;
  /** A place, with its organisation and bank details, where the pass is spent. */
  place: { id: string; organisationId: string; departement: string; iban: string };
  /** The beneficiary's commune of residence (INSEE code), in that département. */
  residenceInseeCode: string;
  log?: (line: string) => void;
}

export interface JourneyOutcome {
  programmeId: string;
  passNumber: string;
  checkBefore: { redeemable: boolean; faceValue: string };
  redemptionId: string;
  retryReturnedSameRedemption: boolean;
  secondRedemptionRefusal: string;
  checkAfter: { redeemable: boolean; refusal: string | null };
  returnedBookletState: string;
}

async function asPerson<Data = any>(endpoint: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length) throw new PartnerApiError(String(body.errors[0].extensions?.code ?? 'UNKNOWN'), body.errors[0].message);
  return body.data as Data;
}

/** Retries while the platform is still propagating an event between services (a fact that is "not known yet"). */
async function once<T>(what: string, call: () => Promise<T>, notYet: string[], timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof PartnerApiError) || !notYet.includes(error.code) || Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

export async function runPartnerJourney(options: JourneyOptions): Promise<JourneyOutcome> {
  const log = options.log ?? (() => undefined);
  const as = async (person: Person) => {
    const token = await options.signIn(person);
    return <Data = any>(query: string, variables?: Record<string, unknown>) => asPerson<Data>(options.endpoint, token, query, variables);
  };
  const today = new Date().toISOString().slice(0, 10);
  const nextYear = `${Number(today.slice(0, 4)) + 2}-12-31`;
  const code = `JOURNEY-${randomUUID().slice(0, 8).toUpperCase()}`;

  // 1. The platform operator opens a programme for the authority.
  const operator = await as({ roles: ['platform_operator'] });
  const { openProgramme } = await operator<{ openProgramme: { id: string } }>(
    `mutation($input: OpenProgrammeInput!) { openProgramme(input: $input) { id } }`,
    {
      input: {
        code,
        name: `Parcours partenaire ${code}`,
        ownerOrganisationId: options.authorityOrganisationId,
        perimeter: { level: 'DEPARTEMENT', code: options.place.departement },
        startsOn: today,
        endsOn: nextYear,
        deliberation: {
          number: `${code}-DELIB`,
          decidedOn: today,
          body: 'STANDING_COMMITTEE',
          place: 'Salle des délibérations',
          chair: 'La présidence',
          subject: 'Parcours de démonstration',
          vote: { for: 10, against: 0, abstention: 0, present: 10, proxies: 0, absent: 0, notVoting: 0 },
          outcome: 'ADOPTED_UNANIMOUSLY',
          decisions: ['Acquérir 20 pass numériques.'],
          cites: [],
        },
        authorisation: {
          kind: 'AE',
          amount: '208.00',
          budgetYear: Number(today.slice(0, 4)),
          imputation: { chapter: '935', function: '56', nature: '6518', programmeCode: '56000017', nomenclature: 'M57', nomenclatureVersion: '2024' },
          schedule: [{ budgetYear: Number(today.slice(0, 4)), amount: '208.00' }],
        },
      },
    },
  );
  const programmeId = openProgramme.id;
  log(`programme ${code} opened (${programmeId})`);

  // 2. Its manager (whose grants now name it) signs the distributor's agreement.
  const staff = await as({ organisationId: options.authorityOrganisationId, roles: [`programme_manager:${programmeId}`] });
  await staff(`mutation($input: SignAgreementInput!) { signAgreement(input: $input) { id } }`, {
    input: { programmeId, organisationId: options.distributorOrganisationId, role: 'DISTRIBUTOR', scope: { level: 'DEPARTEMENT', code: options.place.departement }, startsOn: today },
  });

  // 3. The partners' own people: a key for each one's software; the place applies and is qualified.
  const issue = async (person: (query: string, variables?: Record<string, unknown>) => Promise<any>, organisationId: string, scope: string): Promise<string> =>
    (await person(`mutation($input: IssueCredentialInput!) { issueCredential(input: $input) { secret } }`, { input: { organisationId, label: `journey ${scope}`, scopes: [scope] } })).issueCredential
      .secret;
  const distributorPerson = await as({ organisationId: options.distributorOrganisationId, roles: ['distributor'] });
  const distributorKey = await issue(distributorPerson, options.distributorOrganisationId, `handout:distributor:${options.distributorOrganisationId}`);
  const placePerson = await as({ organisationId: options.place.organisationId, roles: ['place'] });
  const placeKey = await issue(placePerson, options.place.organisationId, `redeem:place:${options.place.id}`);
  // The application gives the documents the programme asks for: each declared, then its file PUT to the link given.
  const documentIds: string[] = [];
  for (const kind of ['BANK_DETAILS_CERTIFICATE', 'STATUTES', 'REGIE_ACT']) {
    const file = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
    const { requestDocumentUpload } = await placePerson<{ requestDocumentUpload: { document: { id: string }; uploadUrl: string } }>(
      `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { document { id } uploadUrl } }`,
      { input: { placeId: options.place.id, programmeId, kind, fileName: `${kind.toLowerCase()}.pdf`, contentType: 'application/pdf', byteSize: file.length } },
    );
    const upload = await fetch(new URL(requestDocumentUpload.uploadUrl, options.endpoint), { method: 'PUT', body: new Uint8Array(file), headers: { 'content-type': 'application/pdf' } });
    if (!upload.ok) throw new Error(`document upload refused: ${upload.status} ${await upload.text()}`);
    documentIds.push(requestDocumentUpload.document.id);
  }
  await placePerson(`mutation($input: ApplyForQualificationInput!) { applyForQualification(input: $input) { id } }`, {
    input: { placeId: options.place.id, programmeId, iban: options.place.iban, documentIds },
  });
  await staff(`mutation($placeId: ID!, $programmeId: ID!) { qualifyPlace(placeId: $placeId, programmeId: $programmeId) { id } }`, { placeId: options.place.id, programmeId });
  log('agreement signed; partner keys issued; the place qualified for the programme');

  // 4. The order: 2 booklets of 10, delivered, activated on a payment-order number; the print file once.
  const { placeOrder } = await once(
    'the programme to reach the passes service',
    () => staff<{ placeOrder: { id: string } }>(`mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`, { input: { programmeId, bookletCount: 2, bookletSize: 10 } }),
    ['PROGRAMME_UNKNOWN'],
  );
  await staff(`mutation($id: ID!) { markOrderDelivered(orderId: $id) { status } }`, { id: placeOrder.id });
  await staff(`mutation($id: ID!) { activateOrder(orderId: $id, paymentOrderNumber: "MANDAT-${code}") { status } }`, { id: placeOrder.id });
  const { exportPrintFile } = await staff<{ exportPrintFile: { csv: string } }>(`mutation($id: ID!) { exportPrintFile(orderId: $id) { csv } }`, { id: placeOrder.id });
  const [, ...rows] = exportPrintFile.csv.trim().split('\n').map((line) => line.split(','));
  log(`order of ${rows.length} passes activated and printed`);

  const allocated = await once(
    'the agreement to reach the passes service',
    () =>
      staff<{ allocateBooklets: Array<{ id: string; number: string }> }>(
        `mutation($input: AllocateBookletsInput!) { allocateBooklets(input: $input) { id number } }`,
        { input: { distributorOrganisationId: options.distributorOrganisationId, orderId: placeOrder.id, count: 2 } },
      ),
    ['NOT_A_DISTRIBUTOR', 'AGREEMENT_NOT_IN_FORCE'],
  );
  const [kept, spare] = allocated.allocateBooklets;

  // 5. The distributor's software: hands one pass of the first booklet out, gives the second back.
  const distributor = new PartnerClient({ endpoint: options.endpoint, apiKey: distributorKey });
  const [bookletNumber, passNumber, verificationCode] = rows.find(([booklet]) => booklet === kept.number)!;
  void bookletNumber;
  await distributor.handOut(
    { passNumber },
    { ageBand: 'FROM_45_TO_59', situation: 'FAR_FROM_EMPLOYMENT', residenceInseeCode: options.residenceInseeCode, consent: true },
  );
  const [returned] = await distributor.returnBooklets([spare.id]);
  log(`pass ${passNumber} handed out; booklet ${spare.number} returned`);

  // 6. The place's software: checks the pass, redeems it once, and a lost answer is safe to retry.
  const place = new PartnerClient({ endpoint: options.endpoint, apiKey: placeKey });
  const presented = { passNumber, code: verificationCode };
  const before = await once('the place qualification to reach the passes service', () => place.checkPass(presented, options.place.id), ['PLACE_NOT_QUALIFIED']);
  const key = randomUUID();
  const redemption = await place.redeemPass(presented, options.place.id, key);
  const retried = await place.redeemPass(presented, options.place.id, key);
  let secondRefusal = '';
  try {
    await place.redeemPass(presented, options.place.id, randomUUID());
  } catch (error) {
    secondRefusal = error instanceof PartnerApiError ? error.code : String(error);
  }
  const after = await place.checkPass(presented, options.place.id);
  log(`redeemed once (${redemption.id}); a second sale was refused with ${secondRefusal}`);

  return {
    programmeId,
    passNumber,
    checkBefore: { redeemable: before.redeemable, faceValue: before.faceValue.amount },
    redemptionId: redemption.id,
    retryReturnedSameRedemption: retried.id === redemption.id,
    secondRedemptionRefusal: secondRefusal,
    checkAfter: { redeemable: after.redeemable, refusal: after.refusal },
    returnedBookletState: returned.state,
  };
}
