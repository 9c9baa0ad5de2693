// Development secrets of `npm start`: made once, kept in .local/ (ignored by git), so that a
// second start signs and verifies with the same keys and reopens the same embedded database.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const DEV_TOKEN_ISSUER = 'pass-numerique-dev';
export const DEV_TOKEN_AUDIENCE = 'pass-numerique-api';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomSecret(length = 48) {
  // 62 symbols: reject bytes ≥ 248 so every symbol is equally likely.
  let secret = '';
  while (secret.length < length) {
    for (const byte of randomBytes(length)) {
      if (byte < 248 && secret.length < length) secret += ALPHABET[byte % ALPHABET.length];
    }
  }
  return secret;
}

/**
 * The development identity provider: an ES256 key pair. Its private half signs the tokens that
 * `npm run token` prints; its public half is the gateway's AUTH_JWKS.
 */
function makePeopleKey() {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return JSON.stringify({ ...privateKey.export({ format: 'jwk' }), kid: `dev-${randomSecret(8)}`, alg: 'ES256', use: 'sig' });
}

function publicJwks(privateJwkText) {
  const { d: _private, ...publicJwk } = JSON.parse(privateJwkText);
  return JSON.stringify({ keys: [publicJwk] });
}

/** Secrets every process of `npm start` receives as environment variables. */
const WANTED = {
  INTERNAL_IDENTITY_SECRET: () => randomSecret(48),
};
/** Secrets only the CLI uses (not passed to the services). */
const CLI_ONLY = {
  EMBEDDED_POSTGRES_PASSWORD: () => randomSecret(32),
  DEV_PEOPLE_PRIVATE_JWK: makePeopleKey,
  // The development OpenID Connect provider's cookie key and the console's secret as its client.
  IDP_COOKIE_SECRET: () => randomSecret(48),
  IDP_CONSOLE_CLIENT_SECRET: () => randomSecret(48),
};

export function devSecretsFile(root) {
  return join(root, '.local', 'dev-secrets.json');
}

/** Reads .local/dev-secrets.json, adding (and saving) any secret that is missing. */
export function loadDevSecrets(root) {
  const file = devSecretsFile(root);
  const stored = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  let changed = false;
  for (const [name, make] of Object.entries({ ...WANTED, ...CLI_ONLY })) {
    if (typeof stored[name] !== 'string' || stored[name] === '') {
      stored[name] = make();
      changed = true;
    }
  }
  if (changed) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o755 });
    writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  }
  const forServices = {
    ...Object.fromEntries(Object.entries(stored).filter(([name]) => !(name in CLI_ONLY))),
    AUTH_JWKS: publicJwks(stored.DEV_PEOPLE_PRIVATE_JWK),
    AUTH_ISSUER: DEV_TOKEN_ISSUER,
    AUTH_AUDIENCE: DEV_TOKEN_AUDIENCE,
  };
  return {
    forServices,
    postgresPassword: stored.EMBEDDED_POSTGRES_PASSWORD,
    peoplePrivateJwk: stored.DEV_PEOPLE_PRIVATE_JWK,
    identityProvider: { cookieSecret: stored.IDP_COOKIE_SECRET, consoleClientSecret: stored.IDP_CONSOLE_CLIENT_SECRET },
    created: changed,
    file,
  };
}
