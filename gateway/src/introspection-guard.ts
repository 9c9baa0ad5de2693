// In production the anonymous public may not introspect the schema: the documented API is for
// signed-in people and partners; an anonymous crawler gets data, not a map.
import { GraphQLError, Kind, type SelectionSetNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { isAnonymous, type GatewayContext } from './gateway-context';

function selectsIntrospection(selectionSet: SelectionSetNode): boolean {
  return selectionSet.selections.some(
    (s) => (s.kind === Kind.FIELD && (s.name.value === '__schema' || s.name.value === '__type')) || (s.kind === Kind.INLINE_FRAGMENT && selectsIntrospection(s.selectionSet)),
  );
}

export function introspectionGuard(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!isAnonymous(contextValue.identity)) return;
      return {
        async didResolveOperation({ operation, document }) {
          const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
          if ((operation && selectsIntrospection(operation.selectionSet)) || fragments.some((f) => selectsIntrospection(f.selectionSet))) {
            throw new GraphQLError('introspection is for signed-in callers', { extensions: { code: 'INTROSPECTION_DISABLED', http: { status: 200 } } });
          }
        },
      };
    },
  };
}
