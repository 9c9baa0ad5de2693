// Who calls in this service's tests, and the few steps most tests start from, made through the
// API as the roles that may make them: the platform operator registers organisations, a place's
// own people describe it and apply, a programme's manager decides.
import { randomUUID } from 'node:crypto';
import { ANONYMOUS, IDENTITY_HEADER, signIdentity, type Identity } from '@pass-numerique/service-kit';
import { caller, callSubgraph, TEST_IDENTITY_SECRET, type GraphQLResponse } from '@pass-numerique/testing';
import { organisationInput, placeDescriptionInput, VALID_IBAN } from '../test-support/factories';

export const OPERATOR: Identity = caller('platform_operator', { subject: 'operator-1' });
export { ANONYMOUS };

/** A person of the organisation, acting for it as a place (in the programmes given, or any). */
export function placeStaffOf(organisationId: string, options: { subject?: string; programmeIds?: string[] } = {}): Identity {
  return caller('place', { organisationId, subject: options.subject ?? `staff-of-${organisationId}`, programmeIds: options.programmeIds });
}

/** A manager of these programmes, of the authority that runs them (an organisation of its own). */
export function managerOf(programmeId: string | string[], options: { subject?: string; organisationId?: string } = {}): Identity {
  const programmeIds = Array.isArray(programmeId) ? programmeId : [programmeId];
  return caller('programme_manager', { programmeIds, organisationId: options.organisationId ?? randomUUID(), subject: options.subject ?? `manager-of-${programmeIds[0]}` });
}

/** The data of an answer, or an exception naming its errors. */
export async function dataOf<Data = any>(response: Promise<GraphQLResponse<Data>>): Promise<Data> {
  const { data, errors } = await response;
  if (errors) throw Object.assign(new Error(JSON.stringify(errors)), { errors });
  return data as Data;
}

export async function registerOrganisation(url: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const data = await dataOf(callSubgraph(url, `mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }`, { input: organisationInput(overrides) }, OPERATOR));
  return data.registerOrganisation.id;
}

/** A place of the organisation, registered by its own people. */
export async function registerPlace(url: string, organisationId: string, overrides: Record<string, unknown> = {}, contactPeople?: Array<Record<string, unknown>>): Promise<string> {
  const data = await dataOf(
    callSubgraph(
      url,
      `mutation($input: RegisterPlaceInput!) { registerPlace(input: $input) { id } }`,
      { input: { organisationId, description: placeDescriptionInput(overrides), contactPeople } },
      placeStaffOf(organisationId),
    ),
  );
  return data.registerPlace.id;
}

/** Small files of each allowed type, as their first bytes make them (documents/document.rules.ts). */
export const SAMPLE_FILES = {
  pdf: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  png: Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
  jpeg: Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex'),
} as const;

export const UPLOAD = `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { document { id status kind } uploadUrl expiresAt } }`;

/** Bytes PUT to an upload or download link of the service, as the gateway forwards them (signed as an anonymous caller: the link is the capability). */
export async function sendToLink(url: string, path: string, init: { method: 'PUT' | 'GET'; body?: Buffer; contentType?: string }): Promise<Response> {
  return fetch(new URL(path, url), {
    method: init.method,
    body: init.body ? new Uint8Array(init.body) : undefined,
    headers: { [IDENTITY_HEADER]: await signIdentity(ANONYMOUS, TEST_IDENTITY_SECRET), ...(init.contentType ? { 'content-type': init.contentType } : {}) },
  });
}

/** An uploaded document of the organisation (a small PDF unless told otherwise); its id. */
export async function uploadDocument(
  url: string,
  organisationId: string,
  kind: string,
  options: { content?: Buffer; contentType?: string; placeId?: string; programmeId?: string; as?: Identity } = {},
): Promise<string> {
  const content = options.content ?? SAMPLE_FILES.pdf;
  const contentType = options.contentType ?? 'application/pdf';
  const input = { organisationId: options.placeId ? undefined : organisationId, placeId: options.placeId, programmeId: options.programmeId, kind, fileName: `${kind.toLowerCase()}.pdf`, contentType, byteSize: content.length };
  const { requestDocumentUpload } = await dataOf(callSubgraph(url, UPLOAD, { input }, options.as ?? placeStaffOf(organisationId)));
  const response = await sendToLink(url, requestDocumentUpload.uploadUrl, { method: 'PUT', body: content, contentType });
  if (response.status !== 200) throw new Error(`upload refused: ${response.status} ${await response.text()}`);
  return requestDocumentUpload.document.id;
}

/** Documents of every kind an application may be asked for (a RIB, statutes, a régie act), uploaded for the organisation. */
export async function applicationDocuments(url: string, organisationId: string): Promise<string[]> {
  return Promise.all(['BANK_DETAILS_CERTIFICATE', 'STATUTES', 'REGIE_ACT'].map((kind) => uploadDocument(url, organisationId, kind)));
}

/** The place's organisation applies to the programme (with the documents asked for, unless `extra` names its own). */
export async function apply(url: string, placeId: string, organisationId: string, programmeId: string, extra: Record<string, unknown> = {}): Promise<void> {
  const documentIds = 'documentIds' in extra ? [] : await applicationDocuments(url, organisationId);
  await dataOf(
    callSubgraph(
      url,
      `mutation($input: ApplyForQualificationInput!) { applyForQualification(input: $input) { id } }`,
      { input: { placeId, programmeId, iban: VALID_IBAN, documentIds, ...extra } },
      placeStaffOf(organisationId),
    ),
  );
}

/** The place applies to the programme, and the programme's manager qualifies it. */
export async function qualify(url: string, placeId: string, organisationId: string, programmeId: string, extra: Record<string, unknown> = {}): Promise<void> {
  await apply(url, placeId, organisationId, programmeId, extra);
  await dataOf(callSubgraph(url, `mutation($id: ID!, $p: ID!) { qualifyPlace(placeId: $id, programmeId: $p) { id } }`, { id: placeId, p: programmeId }, managerOf(programmeId)));
}

/** What a caller is told, the ids it named written as <id>, without the path: two answers that read alike are the same to a prober. */
export function told(response: GraphQLResponse, ...ids: string[]) {
  let text = JSON.stringify({ data: response.data ?? null, errors: response.errors?.map((e) => ({ message: e.message, extensions: e.extensions })) });
  for (const id of ids) text = text.replaceAll(id, '<id>');
  return JSON.parse(text);
}
