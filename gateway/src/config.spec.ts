// Unit: where the gateway finds its subgraphs, from the environment.
import { ConfigError } from '@pass-numerique/service-kit';
import { PLATFORM_SERVICES } from '@pass-numerique/platform-manifest';
import { loadGatewayConfig } from './config';

const SECRET = { INTERNAL_IDENTITY_SECRET: 'a-secret-of-at-least-thirty-two-characters' };

describe('the gateway configuration: subgraph addresses', () => {
  it('defaults to each service on this machine, on its port', () => {
    const { subgraphUrls } = loadGatewayConfig(SECRET);
    expect(subgraphUrls).toEqual(Object.fromEntries(PLATFORM_SERVICES.map(({ name, port }) => [name, `http://127.0.0.1:${port}/graphql`])));
  });

  it('fills SUBGRAPH_URL_TEMPLATE with each service’s name and port, and a service’s own variable wins', () => {
    const { subgraphUrls } = loadGatewayConfig({ ...SECRET, SUBGRAPH_URL_TEMPLATE: 'http://{name}.platform.svc:{port}/graphql', PASSES_URL: 'http://passes-canary:9000/graphql' });
    expect(subgraphUrls).toEqual(
      Object.fromEntries(PLATFORM_SERVICES.map(({ name, port }) => [name, name === 'passes' ? 'http://passes-canary:9000/graphql' : `http://${name}.platform.svc:${port}/graphql`])),
    );
  });

  it('refuses a template that does not name the subgraph', () => {
    expect(() => loadGatewayConfig({ ...SECRET, SUBGRAPH_URL_TEMPLATE: 'http://gateway-peers/graphql' })).toThrow(ConfigError);
  });
});
