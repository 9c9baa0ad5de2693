// Composition root of the console server: its environment, read and checked once, then the server.
import { runServer } from '@pass-numerique/web-server';
import { loadConsoleConfig } from './config';
import { startConsoleServer } from './console-server';

runServer(async () => {
  const config = loadConsoleConfig(process.env);
  const server = await startConsoleServer(config);
  const signIn = config.oidc ? `, sign-in through ${config.oidc.issuerUrl}` : config.devTokens ? ', development sign-in' : '';
  return { server, listening: `console listening on ${server.url} (${config.mode}${signIn}), GraphQL through ${config.gatewayUrl}` };
});
