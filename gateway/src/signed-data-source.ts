// Every call to a subgraph carries the caller's identity, signed by the gateway, the request's
// id and trace context (so that the subgraph's logs and spans join the gateway's), and is
// abandoned after a deadline (subgraph-fetcher.ts) so that one slow subgraph cannot hold a whole response.
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { context, propagation } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';
import { currentRequestId, IDENTITY_HEADER, REQUEST_ID_HEADER, type IdentitySigner } from '@pass-numerique/service-kit';
import type { GatewayContext } from './gateway-context';
import type { SubgraphFetcher } from './subgraph-fetcher';

export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly signer: IdentitySigner,
    fetcher: SubgraphFetcher,
    private readonly serviceName?: string,
  ) {
    // The fetcher bounds each call (subgraph-fetcher.ts); @apollo/gateway reads only the parts of
    // a fetch Response that it provides.
    super({ url, fetcher: fetcher as never });
  }

  /**
   * A subgraph that refused the request (HTTP 4xx: a value its scalars reject, such as a Date
   * that is no date) said why, with a code: pass that on instead of "400: Bad Request" (which
   * was masked as an internal error), and never the subgraph's address.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const error = await super.errorFromResponse(response);
    const body = (error.extensions.response as { body?: unknown } | undefined)?.body as { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> } | undefined;
    const first = body && typeof body === 'object' && Array.isArray(body.errors) ? body.errors[0] : undefined;
    const code = first?.extensions?.code;
    if (response.status >= 400 && response.status < 500 && typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' && typeof first?.message === 'string') {
      return new GraphQLError(first.message, { extensions: { code } });
    }
    return new GraphQLError(error.message, { extensions: typeof error.extensions.code === 'string' ? { code: error.extensions.code } : {} });
  }

  /** A subgraph that could not be reached gives no name of its own: name it, so the client learns which part of its answer is missing. */
  override didEncounterError(error: Error): void {
    const carried = (error as { extensions?: Record<string, unknown> }).extensions;
    if (this.serviceName && error instanceof Error && !carried?.serviceName) {
      Object.assign(error, { extensions: { ...carried, serviceName: this.serviceName } });
    }
    throw error;
  }

  override async willSendRequest({ request, context: requestContext }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = request.http?.headers;
    if (!headers) return;
    // Called inside @apollo/gateway's fetch span: the subgraph's spans become its children.
    propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
    const requestId = currentRequestId();
    if (requestId) headers.set(REQUEST_ID_HEADER, requestId);
    const identity = requestContext?.identity;
    if (!identity) return; // health checks and schema loading carry no caller: the subgraph refuses them, as it should
    headers.set(IDENTITY_HEADER, await this.signer.tokenFor(identity));
  }
}
