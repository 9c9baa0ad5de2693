// Who calls in this service's tests, and the few steps most tests start from, made through the
// API as the roles that may make them: the platform operator registers organisations, a place's
// own people describe it and apply, a programme's manager decides.
import { randomUUID } from 'node:crypto';
import { ANONYMOUS, type Identity } from '@pass-numerique/service-kit';
import { caller, callSubgraph, type GraphQLResponse } from '@pass-numerique/testing';
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

/** The place's organisation applies to the programme. */
export async function apply(url: string, placeId: string, organisationId: string, programmeId: string, extra: Record<string, unknown> = {}): Promise<void> {
  await dataOf(
    callSubgraph(
      url,
      `mutation($input: ApplyForQualificationInput!) { applyForQualification(input: $input) { id } }`,
      { input: { placeId, programmeId, iban: VALID_IBAN, ...extra } },
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
