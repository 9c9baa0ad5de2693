// The development provider's environment: what `npm start` and docker compose give it, and the
// mistakes it names before starting.
import { loadIdentityProviderConfig } from './config';
import { DEMO_ACCOUNTS } from './demo-accounts';

const SECRET = 'a-console-client-secret-of-at-least-32-chars';

describe('the development identity provider’s configuration', () => {
  it('makes a signing key per start when none is given, and names its issuer after its address', () => {
    const config = loadIdentityProviderConfig({ IDP_PORT: '4107', IDP_CONSOLE_CLIENT_SECRET: SECRET, IDP_CONSOLE_REDIRECT_URIS: 'http://127.0.0.1:4105/auth/callback' });
    expect(config.issuer).toBe('http://127.0.0.1:4107');
    expect(config.signingKeys).toEqual([expect.objectContaining({ kty: 'EC', crv: 'P-256', alg: 'ES256', kid: expect.any(String), d: expect.any(String) })]);
    expect(config.clients[0]).toMatchObject({ clientId: 'pass-numerique-console', redirectUris: ['http://127.0.0.1:4105/auth/callback'], postLogoutRedirectUris: ['http://127.0.0.1:4105/'] });
    expect(config.apiAudience).toBe('pass-numerique-api');
  });

  it('lists every problem at once', () => {
    expect(() => loadIdentityProviderConfig({ IDP_PORT: 'x', IDP_SIGNING_JWKS: '{"keys":[{"kty":"EC"}]}', IDP_CONSOLE_CLIENT_SECRET: 'short', IDP_ACCESS_TOKEN_SECONDS: '0' })).toThrow(
      /IDP_PORT=x is not a port number[\s\S]*IDP_SIGNING_JWKS must be[\s\S]*IDP_CONSOLE_CLIENT_SECRET must hold[\s\S]*IDP_CONSOLE_REDIRECT_URIS must list[\s\S]*IDP_ACCESS_TOKEN_SECONDS/,
    );
  });
});

describe('the demo accounts', () => {
  it('hold every role of both demo authorities, with the claims npm run token gives them', () => {
    expect(DEMO_ACCOUNTS).toHaveLength(12);
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.login)).size).toBe(12);
    const sommeManager = DEMO_ACCOUNTS.find((a) => a.login === 'programme_manager@somme')!;
    expect(sommeManager).toMatchObject({ subject: 'dev-somme-programme_manager', roles: ['programme_manager:6f1c2c1e-2021-4d80-9b1e-000000000001'] });
    // Organisation roles act for an organisation; the operator for none.
    for (const account of DEMO_ACCOUNTS.filter((a) => /^(distributor|place)@/.test(a.login))) expect(account.org).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
    expect(DEMO_ACCOUNTS.find((a) => a.login === 'platform_operator@region')).toMatchObject({ org: undefined, roles: ['platform_operator'] });
  });
});
