// Where a webhook may point: https anywhere public; local http only in development; never the platform's own network.
import { checkWebhookUrl, isReservedAddress } from './webhook-address';

const refusal = (url: string, allowLocalHttp: boolean) => {
  try {
    checkWebhookUrl(url, allowLocalHttp);
    return undefined;
  } catch (error) {
    return { code: (error as { code: string }).code, field: (error as { details: { field: string } }).details.field };
  }
};

describe('webhook URLs', () => {
  it('accepts public https URLs, normalised', () => {
    expect(checkWebhookUrl(' https://Caisse.Example.org/hooks/pn?x=1 ', false)).toBe('https://caisse.example.org/hooks/pn?x=1');
    expect(checkWebhookUrl('https://93.184.216.34:8443/hook', false)).toBe('https://93.184.216.34:8443/hook');
  });

  it('accepts http to 127.0.0.1, localhost and [::1] only when local http is allowed', () => {
    for (const url of ['http://127.0.0.1:3000/hook', 'http://localhost:8080/', 'http://[::1]:9000/h']) {
      expect(checkWebhookUrl(url, true)).toBe(url);
      expect(refusal(url, false)).toEqual({ code: 'INVALID_WEBHOOK_URL', field: 'url' });
    }
    expect(refusal('http://example.org/hook', true)).toEqual({ code: 'INVALID_WEBHOOK_URL', field: 'url' });
    expect(refusal('http://10.0.0.5/hook', true)).toEqual({ code: 'INVALID_WEBHOOK_URL', field: 'url' });
  });

  it('refuses other schemes, garbage, embedded credentials, fragments and private or reserved hosts in production', () => {
    for (const url of [
      'ftp://example.org/x',
      'not a url',
      '',
      'https://user:pass@example.org/hook',
      'https://example.org/hook#frag',
      'https://127.0.0.1/hook',
      'https://10.1.2.3/hook',
      'https://192.168.1.1/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hook',
      'https://[fd00::1]/hook',
      'https://[::ffff:127.0.0.1]/hook',
      'https://localhost/hook',
      'https://app.localhost/hook',
      `https://example.org/${'a'.repeat(2_000)}`,
    ]) {
      expect(refusal(url, false)).toEqual({ code: 'INVALID_WEBHOOK_URL', field: 'url' });
    }
  });

  it('knows reserved addresses from public ones', () => {
    for (const address of ['127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.0.1', '100.64.0.1', '169.254.169.254', '0.0.0.0', '::1', 'fe80::1', 'fc00::1', '::ffff:10.0.0.1']) {
      expect(isReservedAddress(address)).toBe(true);
    }
    for (const address of ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946', '172.32.0.1', 'example.org']) {
      expect(isReservedAddress(address)).toBe(false);
    }
  });
});
