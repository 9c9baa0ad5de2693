// Setting up a programme through the public API, as its people would: the platform operator
// opens it for an authority, the authority's staff (tokens with grants in the new programme)
// shape it, its distributors and places take part with their own people and keys. End-to-end
// tests, the resilience campaigns and the benchmarks start from here instead of each writing the
// same calls. Facts travel between services by events: a call answered with a code that means
// "not known there yet" is made again until it is known.
import { randomUUID } from 'node:crypto';
import type { GraphQLResponse } from './graphql-client';
import { personToken, type CallerSpec } from './people-tokens';

export type Headers = Record<string, string>;
/** Sends one GraphQL request through the gateway. */
export type Send = (query: string, variables: Record<string, unknown>, headers: Headers) => Promise<GraphQLResponse>;

export class ApiCallError extends Error {
  override readonly name = 'ApiCallError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/** Codes that mean the platform is (partly) unavailable for a moment: the same call is made again. */
const UNAVAILABLE = new Set(['SUBGRAPH_UNAVAILABLE', 'AUTHENTICATION_UNAVAILABLE']);

export const bearer = (token: string): Headers => ({ authorization: `Bearer ${token}` });
export const apiKey = (secret: string): Headers => ({ 'x-api-key': secret });

export class ApiSetup {
  constructor(
    private readonly send: Send,
    private readonly options: { timeoutMs?: number; tokenSeconds?: number } = {},
  ) {}

  /** A person's headers, signed by the test identity provider. */
  async person(spec: CallerSpec): Promise<Headers> {
    return bearer(await personToken(spec, { expiresInSeconds: this.options.tokenSeconds ?? 3_600 }));
  }

  /** Calls until the answer carries none of the `notYet` codes; the first other error is thrown with its code. */
  async call<Data = any>(headers: Headers, query: string, variables: Record<string, unknown> = {}, notYet: readonly string[] = []): Promise<Data> {
    const deadline = Date.now() + (this.options.timeoutMs ?? 30_000);
    for (let attempt = 0; ; attempt++) {
      const response = await this.send(query, variables, headers);
      const error = response.errors?.[0];
      if (!error && response.data) return response.data as Data;
      const code = String(error?.extensions?.code ?? `HTTP_${response.status}`);
      if ((!notYet.includes(code) && !UNAVAILABLE.has(code)) || Date.now() > deadline) throw new ApiCallError(code, error?.message ?? 'no data');
      await new Promise((resolve) => setTimeout(resolve, Math.min(500, 50 * 2 ** attempt)));
    }
  }

  /** A document declared by one of its organisation's people and its bytes PUT to the link given (a one-page PDF unless told otherwise); its id. */
  async uploadDocument(headers: Headers, input: { organisationId?: string; placeId?: string; programmeId?: string; kind: string }, content: Buffer = ONE_PAGE_PDF, contentType = 'application/pdf'): Promise<string> {
    const declaration = { ...input, fileName: `${input.kind.toLowerCase()}.pdf`, contentType, byteSize: content.length };
    const response = await this.send(`mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { document { id } uploadUrl } }`, { input: declaration }, headers);
    const upload = response.data?.requestDocumentUpload as { document: { id: string }; uploadUrl: string } | undefined;
    if (!upload || !response.url) throw new ApiCallError(String(response.errors?.[0]?.extensions?.code ?? 'NO_UPLOAD_LINK'), response.errors?.[0]?.message ?? 'no upload link (or no endpoint to resolve it against)');
    const put = await fetch(new URL(upload.uploadUrl, response.url), { method: 'PUT', body: new Uint8Array(content), headers: { 'content-type': contentType } });
    if (put.status !== 200) throw new ApiCallError(`HTTP_${put.status}`, await put.text());
    return upload.document.id;
  }
}

/** The smallest file a document check takes for a PDF. */
export const ONE_PAGE_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
/** Every kind of document an application may be asked for (partners: applicationRequirements). */
export const APPLICATION_DOCUMENT_KINDS = ['BANK_DETAILS_CERTIFICATE', 'STATUTES', 'REGIE_ACT'] as const;

export interface ProgrammeStaff {
  manager: Headers;
  finance: Headers;
  auditor: Headers;
}

export interface ProgrammeOnTheApi {
  id: string;
  code: string;
  ownerOrganisationId: string;
  staff: ProgrammeStaff;
}

export interface OpenProgrammeOptions {
  ownerOrganisationId: string;
  perimeter: { level: string; code: string };
  /** The commitment authorisation, a decimal string (default 10,000.00). */
  amount?: string;
  code?: string;
  startsOn?: string;
  endsOn?: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The platform operator opens a programme for an authority; its staff get tokens with grants in it. */
export async function openProgrammeOnTheApi(api: ApiSetup, options: OpenProgrammeOptions): Promise<ProgrammeOnTheApi> {
  const code = options.code ?? `TEST-${randomUUID().slice(0, 8).toUpperCase()}`;
  const amount = options.amount ?? '10000.00';
  const startsOn = options.startsOn ?? today();
  const year = Number(startsOn.slice(0, 4));
  const operator = await api.person({ role: 'platform_operator', subject: `operator-${code}` });
  const { openProgramme } = await api.call<{ openProgramme: { id: string } }>(
    operator,
    `mutation($input: OpenProgrammeInput!) { openProgramme(input: $input) { id } }`,
    {
      input: {
        code,
        name: `Programme ${code}`,
        ownerOrganisationId: options.ownerOrganisationId,
        perimeter: options.perimeter,
        startsOn,
        endsOn: options.endsOn ?? `${year + 2}-12-31`,
        deliberation: {
          number: `${code}-DELIB`,
          decidedOn: startsOn,
          body: 'STANDING_COMMITTEE',
          place: 'Salle des délibérations',
          chair: 'La présidence',
          subject: `Programme ${code}`,
          vote: { for: 10, against: 0, abstention: 0, present: 10, proxies: 0, absent: 0, notVoting: 0 },
          outcome: 'ADOPTED_UNANIMOUSLY',
          decisions: ['Acquérir des pass numériques.'],
          cites: [],
        },
        authorisation: {
          kind: 'AE',
          amount,
          budgetYear: year,
          imputation: { chapter: '935', function: '56', nature: '6518', programmeCode: '56000017', nomenclature: 'M57', nomenclatureVersion: '2024' },
          schedule: [{ budgetYear: year, amount }],
        },
      },
    },
  );
  const id = openProgramme.id;
  const of = (role: 'programme_manager' | 'finance_officer' | 'funder_auditor') =>
    api.person({ role, programmeId: id, organisationId: options.ownerOrganisationId, subject: `${role}-${code}` });
  return { id, code, ownerOrganisationId: options.ownerOrganisationId, staff: { manager: await of('programme_manager'), finance: await of('finance_officer'), auditor: await of('funder_auditor') } };
}

/** The programme's manager signs a distributor's agreement (partners must know the organisation). */
export async function signDistributorAgreement(api: ApiSetup, programme: ProgrammeOnTheApi, organisationId: string, scope: { level: string; code: string } | null = null): Promise<string> {
  const { signAgreement } = await api.call<{ signAgreement: { id: string } }>(
    programme.staff.manager,
    `mutation($input: SignAgreementInput!) { signAgreement(input: $input) { id } }`,
    { input: { programmeId: programme.id, organisationId, role: 'DISTRIBUTOR', scope, startsOn: today() } },
    ['NOT_FOUND'],
  );
  return signAgreement.id;
}

/** A place's own people apply to the programme with the place's bank details and documents; its manager qualifies the place. */
export async function qualifyPlaceOnTheApi(api: ApiSetup, programme: ProgrammeOnTheApi, place: { id: string; organisationId: string; iban: string }): Promise<void> {
  const placePerson = await api.person({ role: 'place', organisationId: place.organisationId, subject: `staff-of-${place.id.slice(0, 8)}` });
  const documentIds: string[] = [];
  for (const kind of APPLICATION_DOCUMENT_KINDS) documentIds.push(await api.uploadDocument(placePerson, { placeId: place.id, programmeId: programme.id, kind }));
  await api.call(
    placePerson,
    `mutation($input: ApplyForQualificationInput!) { applyForQualification(input: $input) { id } }`,
    { input: { placeId: place.id, programmeId: programme.id, iban: place.iban, documentIds } },
    ['NOT_FOUND'],
  );
  await api.call(programme.staff.manager, `mutation($placeId: ID!, $programmeId: ID!) { qualifyPlace(placeId: $placeId, programmeId: $programmeId) { id } }`, {
    placeId: place.id,
    programmeId: programme.id,
  });
}

/** A partner key for an organisation's software, issued by one of its people. */
export async function issuePartnerKey(api: ApiSetup, organisationId: string, role: 'place' | 'distributor', scopes: string[]): Promise<string> {
  const person = await api.person({ role, organisationId, subject: `keys-of-${organisationId.slice(0, 8)}` });
  const { issueCredential } = await api.call<{ issueCredential: { secret: string } }>(
    person,
    `mutation($input: IssueCredentialInput!) { issueCredential(input: $input) { secret } }`,
    { input: { organisationId, label: `test ${scopes.join(' ')}`.slice(0, 100), scopes } },
    ['NOT_FOUND'],
  );
  return issueCredential.secret;
}

export interface PrintedPass {
  bookletNumber: string;
  number: string;
  code: string;
}

/** An order of booklets of 10, delivered and activated; its print file exported unless asked not to. */
export async function activatedOrderOnTheApi(
  api: ApiSetup,
  programme: ProgrammeOnTheApi,
  bookletCount: number,
  { exportPrintFile = true }: { exportPrintFile?: boolean } = {},
): Promise<{ orderId: string; printed: PrintedPass[] }> {
  const manager = programme.staff.manager;
  const { placeOrder } = await api.call<{ placeOrder: { id: string } }>(
    manager,
    `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`,
    { input: { programmeId: programme.id, bookletCount, bookletSize: 10 } },
    ['PROGRAMME_UNKNOWN', 'NOT_FOUND'],
  );
  const orderId = placeOrder.id;
  await api.call(manager, `mutation($id: ID!) { markOrderDelivered(orderId: $id) { id } }`, { id: orderId });
  await api.call(manager, `mutation($id: ID!, $number: String!) { activateOrder(orderId: $id, paymentOrderNumber: $number) { id } }`, { id: orderId, number: `MANDAT-${orderId.slice(0, 8)}` });
  if (!exportPrintFile) return { orderId, printed: [] };
  const { exportPrintFile: file } = await api.call<{ exportPrintFile: { csv: string } }>(manager, `mutation($id: ID!) { exportPrintFile(orderId: $id) { csv } }`, { id: orderId });
  const [, ...rows] = file.csv.trim().split('\n').map((line) => line.split(','));
  return { orderId, printed: rows.map(([bookletNumber, number, code]) => ({ bookletNumber, number, code })) };
}

/** Booklets of an order allocated to a distributor (passes must know its agreement). */
export async function allocateOnTheApi(api: ApiSetup, programme: ProgrammeOnTheApi, orderId: string, distributorOrganisationId: string, count: number): Promise<Array<{ id: string; number: string }>> {
  const { allocateBooklets } = await api.call<{ allocateBooklets: Array<{ id: string; number: string }> }>(
    programme.staff.manager,
    `mutation($input: AllocateBookletsInput!) { allocateBooklets(input: $input) { id number } }`,
    { input: { distributorOrganisationId, orderId, count } },
    ['NOT_A_DISTRIBUTOR', 'AGREEMENT_NOT_IN_FORCE'],
  );
  return allocateBooklets;
}
