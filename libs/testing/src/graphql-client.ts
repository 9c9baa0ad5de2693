// A minimal GraphQL-over-HTTP client for tests, with an optional signed identity.
import { IDENTITY_HEADER, signIdentity, type Identity } from '@pass-numerique/service-kit';
import { TEST_IDENTITY_SECRET } from './test-environment';

export interface GraphQLResponse<Data = any> {
  status: number;
  data?: Data;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
  /** The endpoint that answered: the relative links it gives (documents' upload and download links) resolve against it. */
  url?: string;
}

export async function postGraphQL<Data = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: GraphQLResponse['errors'] };
  return { status: response.status, ...body, url };
}

/** Calls a subgraph directly, as the gateway would, carrying a signed identity. */
export async function callSubgraph<Data = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  identity: Identity,
  secret = TEST_IDENTITY_SECRET,
): Promise<GraphQLResponse<Data>> {
  return postGraphQL<Data>(url, query, variables, { [IDENTITY_HEADER]: await signIdentity(identity, secret) });
}
