// Unit: the partners service's own settings read from the environment — where documents are kept,
// and the key their links are signed with.
import { ConfigError } from '@pass-numerique/service-kit';
import { documentLinkKeyOf, loadPartnersConfig } from './config';

const BASE = { INTERNAL_IDENTITY_SECRET: 'test-only-secret-that-is-long-enough-0123456789', DATABASE_URL: 'postgres://localhost/partners', NATS_URL: 'nats://localhost:4222' };

describe('partners configuration: documents', () => {
  it('keeps documents in PostgreSQL unless told otherwise', () => {
    expect(loadPartnersConfig(BASE).documentStorage).toEqual({ kind: 'postgres' });
  });

  it('keeps them in S3-compatible storage, path-style, when DOCUMENT_STORAGE=s3 names a bucket and its credentials', () => {
    const config = loadPartnersConfig({ ...BASE, DOCUMENT_STORAGE: 's3', S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'documents', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' });
    expect(config.documentStorage).toEqual({ kind: 's3', endpoint: 'http://minio:9000', bucket: 'documents', region: 'us-east-1', accessKeyId: 'id', secretAccessKey: 'secret', forcePathStyle: true });
    expect(() => loadPartnersConfig({ ...BASE, DOCUMENT_STORAGE: 's3', S3_BUCKET: 'documents' })).toThrow(ConfigError);
    expect(() => loadPartnersConfig({ ...BASE, DOCUMENT_STORAGE: 'disk' })).toThrow(ConfigError);
  });

  it('signs links with DOCUMENT_LINK_SECRET, or a key derived from the identity secret that is none of the others', () => {
    const derived = documentLinkKeyOf(loadPartnersConfig(BASE));
    const configured = documentLinkKeyOf(loadPartnersConfig({ ...BASE, DOCUMENT_LINK_SECRET: 'another-secret-that-is-long-enough-0123456789' }));
    expect(derived).toHaveLength(32);
    expect(configured.equals(derived)).toBe(false);
    expect(() => loadPartnersConfig({ ...BASE, DOCUMENT_LINK_SECRET: 'short' })).toThrow(ConfigError);
  });
});
