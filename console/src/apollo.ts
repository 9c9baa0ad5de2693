// One GraphQL client per session: every call goes to this origin's /graphql (the console
// server passes it to the gateway), with the development token as a bearer, or with nothing when
// signed in through the provider (the console server adds the session's access token).
import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache, LinkError, ServerError, ServerParseError } from '@apollo/client';
import { frenchMessage } from './errors';
import type { Session } from './session';

/**
 * The console server's answer when the browser's session with the provider has ended (expired,
 * signed out elsewhere, the server restarted): the page reloads, finds itself signed out and
 * offers the sign-in again.
 */
async function fetchEndingSessions(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  if (response.status === 401) {
    const body = (await response
      .clone()
      .json()
      .catch(() => undefined)) as { errors?: Array<{ extensions?: { code?: string } }> } | undefined;
    if (body?.errors?.[0]?.extensions?.code === 'SESSION_EXPIRED') window.location.assign('/');
  }
  return response;
}

/** The development token as a bearer; for a person, the organisation acted for (the console server passes it to the gateway). */
function requestHeaders(session: Session): Record<string, string> {
  if (session.token) return { authorization: `Bearer ${session.token}` };
  return session.person && session.organisationId ? { 'x-pn-organisation': session.organisationId } : {};
}

export function makeClient(session: Session) {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', headers: requestHeaders(session), fetch: session.signedInWithProvider ? fetchEndingSessions : undefined }),
    cache: new InMemoryCache({
      // Money, funnels and pages have no id of their own: they belong to their parent.
      typePolicies: {
        Money: { keyFields: false },
        PassFunnel: { keyFields: false },
        Programme: { merge: true },
        Territory: { keyFields: ['level', 'code'] },
        // Several queries of one page read different fields of a programme's passes and alerts:
        // merge them instead of each answer replacing the other's (which would refetch in a loop).
        ProgrammePasses: { keyFields: false, merge: true },
        PassAlerts: { keyFields: false, merge: true },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}

/**
 * What failed when the API gave no coded answer: the service behind the console (an HTTP error,
 * or a proxy's page instead of JSON), the way to it (the request never got an answer), or the
 * page itself (the cache or a component could not use an answer) — only the second is the
 * person's connection.
 */
export function uncodedFailure(error: unknown): 'GATEWAY_UNREACHABLE' | 'INTERNAL_SERVER_ERROR' | 'NETWORK' | 'CLIENT_ERROR' {
  if (ServerError.is(error)) return error.statusCode >= 502 ? 'GATEWAY_UNREACHABLE' : 'INTERNAL_SERVER_ERROR';
  if (ServerParseError.is(error)) return 'GATEWAY_UNREACHABLE';
  if (LinkError.is(error) || (error instanceof TypeError && /fetch|network|load failed/i.test(error.message))) return 'NETWORK';
  return 'CLIENT_ERROR';
}

/** The stable codes of a failed call (extensions.code), or what failed when the API gave none. */
export function errorCodes(error: unknown): string[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
  return error ? [uncodedFailure(error)] : [];
}

/** The field a coded error names, when the API says which. */
export function errorField(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => e.extensions?.field).find((f): f is string => typeof f === 'string');
  return undefined;
}

export interface CodedError {
  code: string;
  field?: string;
}

/**
 * Every coded refusal of a failed call, with the field it names. A place's description may carry
 * all of its issues at once (extensions.issues): each becomes one entry, so a form marks every field.
 */
export function codedErrors(error: unknown): CodedError[] {
  if (!CombinedGraphQLErrors.is(error)) return error ? [{ code: uncodedFailure(error) }] : [];
  return error.errors.flatMap((e) => {
    const code = String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    const field = typeof e.extensions?.field === 'string' ? e.extensions.field : undefined;
    const issues = Array.isArray(e.extensions?.issues) ? (e.extensions.issues as Array<{ code?: unknown; field?: unknown }>) : [];
    const all = issues.filter((i) => typeof i.code === 'string').map((i) => ({ code: String(i.code), field: typeof i.field === 'string' ? i.field : undefined }));
    return all.length > 0 ? all : [{ code, field }];
  });
}

/** A failed call said in French, one sentence per distinct refusal. */
export function frenchErrors(error: unknown): string {
  return [...new Set(codedErrors(error).map((e) => frenchMessage(e.code, e.field)))].join(' ');
}
