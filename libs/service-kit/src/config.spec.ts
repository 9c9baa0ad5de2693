// NATS_URL takes one server or a cluster's members, each checked at start-up.
import { ConfigError, loadServiceConfig } from './config';

const base = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
  INTERNAL_IDENTITY_SECRET: 'x'.repeat(32),
};

describe('NATS_URL', () => {
  it('accepts one server', () => {
    expect(loadServiceConfig('funding', 4001, { ...base, NATS_URL: 'nats://127.0.0.1:4222' }).natsUrl).toBe('nats://127.0.0.1:4222');
  });

  it('accepts a comma-separated list of a cluster’s members', () => {
    const list = 'nats://nats-0:4222, nats://nats-1:4222,tls://nats-2:4222';
    expect(loadServiceConfig('funding', 4001, { ...base, NATS_URL: list }).natsUrl).toBe(list);
  });

  it('names every wrong entry of the list at once', () => {
    let error: unknown;
    try {
      loadServiceConfig('funding', 4001, { ...base, NATS_URL: 'nats://ok:4222,http://wrong:4222,nonsense' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/"http:\/\/wrong:4222" must be a URL/);
    expect(problems).toMatch(/"nonsense" must be a URL/);
    expect(problems).not.toMatch(/nats:\/\/ok/);
  });

  it('refuses an empty list', () => {
    expect(() => loadServiceConfig('funding', 4001, { ...base, NATS_URL: ' , ' })).toThrow(/must name at least one server/);
  });
});
