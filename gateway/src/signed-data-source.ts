// Every call to a subgraph carries the caller's identity, signed by the gateway, and is
// abandoned after a deadline so that one slow subgraph cannot hold a whole response.
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { IDENTITY_HEADER, type IdentitySigner } from '@pass-numerique/service-kit';
import type { GatewayContext } from './gateway-context';

export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, private readonly signer: IdentitySigner, timeoutMs: number) {
    super({
      url,
      // Node's fetch keeps connections alive; the signal bounds each subgraph call.
      fetcher: ((input: string, init: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const identity = context?.identity;
    if (!identity) return; // health checks and schema loading carry no caller: the subgraph refuses them, as it should
    request.http?.headers.set(IDENTITY_HEADER, await this.signer.tokenFor(identity));
  }
}
