// Which operation of the document to run: several operations without an operationName, or a
// name the document does not hold, is the client's mistake. Apollo Server leaves it to the
// executor, and the gateway's executor throws — a 500 for a bad request. Refused here with 400.
import { GraphQLError, Kind } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from './gateway-context';

export function operationResolution(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation) return;
          const named = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
          const message =
            typeof request.operationName === 'string' && request.operationName
              ? `the document has no operation named "${request.operationName.slice(0, 100)}"`
              : named > 1
                ? 'the document holds several operations: name the one to run in operationName'
                : 'the document holds no operation to run';
          throw new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
        },
      };
    },
  };
}
