// The single GraphQL endpoint: @apollo/gateway on the committed, offline-composed supergraph.
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createLogger, IdentitySigner, startHttpServer, type Logger } from '@pass-numerique/service-kit';
import supergraphSdl from '../supergraph.graphql';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './gateway-context';
import { SignedDataSource } from './signed-data-source';
import { createGatewayErrorFormatter } from './error-masking';
import { authenticate } from './authentication';
import type { SubgraphName } from './supergraph/compose';

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startGateway(config: GatewayConfig, options: { logger?: Logger; supergraph?: string } = {}): Promise<RunningGateway> {
  // Read in the constructor: must be set before ApolloGateway exists (STACK-NOTES, pitfall 1).
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const logger = options.logger ?? createLogger('gateway', config.logLevel);
  const signer = new IdentitySigner(config.internalIdentitySecret);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraph ?? supergraphSdl,
    buildService: ({ name }) => new SignedDataSource(config.subgraphUrls[name as SubgraphName], signer, config.subgraphTimeoutMs),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: createGatewayErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // The process owns its signals (runProcess): Apollo's own handler would race the graceful stop.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const http = await startHttpServer({
    apollo,
    host: config.host,
    port: config.port,
    context: async (req) => ({ identity: await authenticate(req) }),
  });
  logger.info('gateway ready', { url: http.url });
  return {
    url: http.url,
    port: http.port,
    stop: async () => {
      await http.close();
      await apollo.stop();
    },
  };
}
