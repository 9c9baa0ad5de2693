// Composition root of the console server: its environment, read and checked once, then the server.
import { loadConsoleConfig } from './config';
import { startConsoleServer } from './console-server';

async function main() {
  const config = loadConsoleConfig(process.env);
  const running = await startConsoleServer(config);
  console.log(`console listening on ${running.url} (${config.mode}${config.oidc ? `, sign-in through ${config.oidc.issuerUrl}` : config.devTokens ? ', development sign-in' : ''}), GraphQL through ${config.gatewayUrl}`);
  const stop = () => void running.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
