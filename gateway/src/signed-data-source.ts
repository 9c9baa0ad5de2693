// Every call to a subgraph carries the caller's identity, signed by the gateway, and is
// abandoned after a deadline so that one slow subgraph cannot hold a whole response.
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { IDENTITY_HEADER, type IdentitySigner } from '@pass-numerique/service-kit';
import type { GatewayContext } from './gateway-context';

export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly signer: IdentitySigner,
    timeoutMs: number,
    private readonly serviceName?: string,
  ) {
    super({
      url,
      // Node's fetch keeps connections alive; the signal bounds each subgraph call. Its
      // TimeoutError is a DOMException whose message cannot be rewritten, which the error
      // plugins downstream do (a hung subgraph then failed the whole answer with a 500): it
      // becomes a plain error that the formatter reads as "subgraph unavailable".
      fetcher: ((input: string, init: RequestInit) =>
        fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) }).catch((error: unknown) => {
          if ((error as Error)?.name === 'TimeoutError') throw new Error(`no answer within ${timeoutMs} ms (timeout)`);
          throw error;
        })) as never,
    });
  }

  /** A subgraph that could not be reached gives no name of its own: name it, so the client learns which part of its answer is missing. */
  override didEncounterError(error: Error): void {
    const carried = (error as { extensions?: Record<string, unknown> }).extensions;
    if (this.serviceName && error instanceof Error && !carried?.serviceName) {
      Object.assign(error, { extensions: { ...carried, serviceName: this.serviceName } });
    }
    throw error;
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const identity = context?.identity;
    if (!identity) return; // health checks and schema loading carry no caller: the subgraph refuses them, as it should
    request.http?.headers.set(IDENTITY_HEADER, await this.signer.tokenFor(identity));
  }
}
