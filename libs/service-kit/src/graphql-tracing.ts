// GraphQL in the traces: the request's server span names the operation, and the resolvers
// where the work is done — root fields and entity references, where services are called and SQL
// runs — each get a span of their own, active while they run so that their queries nest under
// them. Field resolvers of the objects returned are left out: a list of a thousand rows would
// be thousands of spans, and their data comes through the DataLoaders the root fields fill.
import { trace } from '@opentelemetry/api';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ATTR_GRAPHQL_OPERATION_NAME, ATTR_GRAPHQL_OPERATION_TYPE } from '@opentelemetry/semantic-conventions/incubating';
import { markFailed, platformTracer } from './tracing';

type Resolve = (parent: unknown, args: unknown, context: unknown, info: unknown) => unknown;

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** The operation's type and name on the span of the request that carries it (never its document or variables: they may hold personal data). */
export function graphqlTracingPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName }) {
          const span = trace.getActiveSpan();
          if (!span?.isRecording()) return;
          if (operation) span.setAttribute(ATTR_GRAPHQL_OPERATION_TYPE, operation.operation);
          if (operationName) span.setAttribute(ATTR_GRAPHQL_OPERATION_NAME, operationName);
        },
      };
    },
  };
}

/**
 * Wraps the root fields' resolvers and every `__resolveReference` in a span named
 * `resolve <Type>.<field>`, started only when the request is traced.
 */
export function traceResolvers<Resolvers extends Record<string, any>>(resolvers: Resolvers): Resolvers {
  const traced: Record<string, any> = { ...resolvers };
  for (const [type, fields] of Object.entries(resolvers)) {
    if (fields === null || typeof fields !== 'object' || Object.getPrototypeOf(fields) !== Object.prototype) continue;
    const wrapped: Record<string, unknown> = { ...fields };
    for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
      if (!(ROOT_TYPES.has(type) || field === '__resolveReference')) continue;
      if (typeof resolver === 'function') wrapped[field] = inResolverSpan(`${type}.${field}`, resolver as Resolve);
      else if (resolver && typeof (resolver as { resolve?: unknown }).resolve === 'function') {
        wrapped[field] = { ...resolver, resolve: inResolverSpan(`${type}.${field}`, (resolver as { resolve: Resolve }).resolve) };
      }
    }
    traced[type] = wrapped;
  }
  return traced as Resolvers;
}

function inResolverSpan(coordinate: string, resolve: Resolve): Resolve {
  return (parent, args, context, info) => {
    if (!trace.getActiveSpan()?.isRecording()) return resolve(parent, args, context, info);
    return platformTracer().startActiveSpan(`resolve ${coordinate}`, { attributes: { 'graphql.field.coordinate': coordinate } }, (span) => {
      let result: unknown;
      try {
        result = resolve(parent, args, context, info);
      } catch (error) {
        markFailed(span, error);
        span.end();
        throw error;
      }
      if (!(result instanceof Promise)) {
        span.end();
        return result;
      }
      return result.then(
        (value) => {
          span.end();
          return value;
        },
        (error: unknown) => {
          markFailed(span, error);
          span.end();
          throw error;
        },
      );
    });
  };
}
