// The request's variables against the operation's declared types, before the gateway's
// executor sees them. The executor checks them too, but without a limit on errors: a list of
// ten thousand wrong enum values made ten thousand errors, each with its "did you mean"
// suggestion — two seconds of the gateway's only thread for one 150 KB request. Here the
// check stops at the first errors, and answers 400 BAD_USER_INPUT.
import { getVariableValues, GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from './gateway-context';

const MAX_ERRORS = 20;

export function variableCoercion(options: { hideSuggestions: boolean }): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema, request }) {
          const definitions = operation?.variableDefinitions;
          if (!definitions?.length) return;
          const { errors } = getVariableValues(schema, definitions, request.variables ?? {}, { maxErrors: MAX_ERRORS });
          if (!errors?.length) return;
          // "Did you mean …" maps the schema for whoever probes it (production hides it, as for fields).
          const message = options.hideSuggestions ? errors[0].message.replace(/ ?Did you mean [^?]*\?/g, '') : errors[0].message;
          const more = errors.length > 1 ? ` (and ${errors.length >= MAX_ERRORS ? 'more' : errors.length - 1} other error${errors.length > 2 ? 's' : ''})` : '';
          throw new GraphQLError(`${message}${more}`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
        },
      };
    },
  };
}
