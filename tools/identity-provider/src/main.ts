// Composition root of the development identity provider: its environment, read and checked once.
import { runServer } from '@pass-numerique/web-server';
import { loadIdentityProviderConfig } from './config';
import { startIdentityProvider } from './identity-provider';

runServer(async () => {
  const config = loadIdentityProviderConfig(process.env);
  const server = await startIdentityProvider(config);
  return { server, listening: `identity provider listening on ${server.url} (issuer ${config.issuer}, development accounts)` };
});
