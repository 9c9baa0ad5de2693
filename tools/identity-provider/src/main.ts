// Composition root of the development identity provider: its environment, read and checked once.
import { loadIdentityProviderConfig } from './config';
import { startIdentityProvider } from './identity-provider';

async function main() {
  const config = loadIdentityProviderConfig(process.env);
  const running = await startIdentityProvider(config);
  console.log(`identity provider listening on ${running.url} (issuer ${config.issuer}, development accounts)`);
  const stop = () => void running.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
