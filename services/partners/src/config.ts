// The only file of this service that reads the environment (through main.ts).
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { ConfigError, demoDataFlag, envSecret, envUrl, loadServiceConfig, type Env, type ServiceConfig } from '@pass-numerique/service-kit';
import type { S3Settings } from './documents/document-store';

export interface PartnersConfig extends ServiceConfig {
  /** Load the demo programme's organisations, agreements and places at start (idempotent). */
  loadDemoData: boolean;
  /**
   * Server-side key under which partner credential secrets are hashed (CREDENTIAL_PEPPER, at
   * least 32 characters). Optional: without it, one is derived from INTERNAL_IDENTITY_SECRET.
   * Changing it invalidates every credential issued before.
   */
  credentialPepper?: string;
  /**
   * Key under which webhook signing secrets are encrypted at rest (WEBHOOK_SECRET_KEY, at least
   * 32 characters). Optional: without it, one is derived from INTERNAL_IDENTITY_SECRET. Changing
   * it makes every stored webhook secret unreadable: rotate them all afterwards.
   */
  webhookSecretKey?: string;
  /**
   * Whether webhooks may point at http://127.0.0.1, http://localhost or http://[::1] and be
   * delivered to private addresses (WEBHOOK_ALLOW_LOCAL_HTTP). Defaults to true unless
   * NODE_ENV=production; a configuration built in code without it (tests) counts as not production.
   */
  webhookAllowLocalHttp?: boolean;
  /**
   * Key under which document upload and download links are signed (DOCUMENT_LINK_SECRET, at least
   * 32 characters). Optional: without it, one is derived from INTERNAL_IDENTITY_SECRET. Changing it
   * voids the links given out (15 minutes at most).
   */
  documentLinkSecret?: string;
  /**
   * Where documents' bytes are kept: PostgreSQL (DOCUMENT_STORAGE=postgres, the default) or
   * S3-compatible object storage (DOCUMENT_STORAGE=s3 with S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID,
   * S3_SECRET_ACCESS_KEY, and S3_ENDPOINT for a store other than AWS; path-style addressing).
   */
  documentStorage?: DocumentStorageConfig;
}

export type DocumentStorageConfig = { kind: 'postgres' } | ({ kind: 's3' } & S3Settings);

export const PARTNERS_DEFAULT_PORT = 4003;

export function loadPartnersConfig(env: Env): PartnersConfig {
  const { own, ...config } = loadServiceConfig('partners', PARTNERS_DEFAULT_PORT, env, {
    ...demoDataFlag,
    CREDENTIAL_PEPPER: envSecret.optional(),
    WEBHOOK_SECRET_KEY: envSecret.optional(),
    WEBHOOK_ALLOW_LOCAL_HTTP: z.enum(['true', 'false']).optional(),
    DOCUMENT_LINK_SECRET: envSecret.optional(),
    DOCUMENT_STORAGE: z.enum(['postgres', 's3']).default('postgres'),
    S3_ENDPOINT: envUrl(['http:', 'https:']).optional(),
    S3_BUCKET: z.string().min(1).optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  });
  const { S3_BUCKET: bucket, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = own;
  let documentStorage: DocumentStorageConfig = { kind: 'postgres' };
  if (own.DOCUMENT_STORAGE === 's3') {
    if (!bucket || !accessKeyId || !secretAccessKey) throw new ConfigError(['DOCUMENT_STORAGE=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY']);
    documentStorage = { kind: 's3', endpoint: own.S3_ENDPOINT, bucket, region: own.S3_REGION, accessKeyId, secretAccessKey, forcePathStyle: true };
  }
  return {
    ...config,
    loadDemoData: own.LOAD_DEMO_DATA === 'true',
    credentialPepper: own.CREDENTIAL_PEPPER,
    webhookSecretKey: own.WEBHOOK_SECRET_KEY,
    // Local receivers are for development and tests; a production image (NODE_ENV=production) refuses them unless told otherwise.
    webhookAllowLocalHttp: own.WEBHOOK_ALLOW_LOCAL_HTTP ? own.WEBHOOK_ALLOW_LOCAL_HTTP === 'true' : env.NODE_ENV !== 'production',
    documentLinkSecret: own.DOCUMENT_LINK_SECRET,
    documentStorage,
  };
}

/** The pepper in use: the configured one, or a key derived from the identity secret (never stored in the database either). */
export function credentialPepperOf(config: Pick<PartnersConfig, 'credentialPepper' | 'internalIdentitySecret'>): string {
  return config.credentialPepper ?? createHmac('sha256', config.internalIdentitySecret).update('partners/credential-pepper/v1').digest('base64url');
}

/** The 32-byte key that encrypts webhook secrets at rest: from WEBHOOK_SECRET_KEY, or derived from the identity secret. */
export function webhookSecretKeyOf(config: Pick<PartnersConfig, 'webhookSecretKey' | 'internalIdentitySecret'>): Buffer {
  return createHmac('sha256', config.webhookSecretKey ?? config.internalIdentitySecret).update('partners/webhook-secret-key/v1').digest();
}

/** The 32-byte key that signs document links: from DOCUMENT_LINK_SECRET, or derived from the identity secret. */
export function documentLinkKeyOf(config: Pick<PartnersConfig, 'documentLinkSecret' | 'internalIdentitySecret'>): Buffer {
  return createHmac('sha256', config.documentLinkSecret ?? config.internalIdentitySecret).update('partners/document-link-key/v1').digest();
}
