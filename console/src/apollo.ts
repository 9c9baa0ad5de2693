// One GraphQL client per session: every call goes to this origin's /graphql (the console
// server passes it to the gateway) with the session's token as a bearer.
import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import type { Session } from './session';

export function makeClient(session: Session) {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', headers: session.token ? { authorization: `Bearer ${session.token}` } : {} }),
    cache: new InMemoryCache({
      // Money, funnels and pages have no id of their own: they belong to their parent.
      typePolicies: { Money: { keyFields: false }, PassFunnel: { keyFields: false }, Programme: { merge: true }, Territory: { keyFields: ['level', 'code'] } },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}

/** The stable codes of a failed call (extensions.code), or NETWORK when the API could not be reached. */
export function errorCodes(error: unknown): string[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
  return error ? ['NETWORK'] : [];
}

/** The field a coded error names, when the API says which. */
export function errorField(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => e.extensions?.field).find((f): f is string => typeof f === 'string');
  return undefined;
}
