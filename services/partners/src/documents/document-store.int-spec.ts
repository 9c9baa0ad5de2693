// Integration: documents kept in S3-compatible object storage (DOCUMENT_STORAGE=s3), against a
// real S3 server (s3rver) started here: the bytes go to the bucket and never to PostgreSQL, come
// back through a download link, and a refused upload leaves nothing in the bucket.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { callSubgraph, useTestService } from '@pass-numerique/testing';
import { startPartnersService } from '../server';
import type { DocumentStorageConfig } from '../config';
import { dataOf, placeStaffOf, registerOrganisation, SAMPLE_FILES, sendToLink, UPLOAD, uploadDocument } from '../testing/partners-test-kit';

const BUCKET = 'pass-numerique-documents';
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

describe('partners subgraph: documents in S3-compatible object storage', () => {
  const directory = mkdtempSync(join(tmpdir(), 'pn-s3rver-'));
  const s3rver = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: BUCKET }] });
  // Filled in once the server listens, before the service starts (this hook is registered first).
  const documentStorage: Extract<DocumentStorageConfig, { kind: 's3' }> = { kind: 's3', endpoint: '', bucket: BUCKET, region: 'eu-west-3', ...credentials, forcePathStyle: true };
  let bucket: S3Client;

  beforeAll(async () => {
    const { port } = await s3rver.run();
    documentStorage.endpoint = `http://127.0.0.1:${port}`;
    bucket = new S3Client({ endpoint: `http://127.0.0.1:${port}`, region: 'eu-west-3', forcePathStyle: true, credentials });
  });
  const { service } = useTestService('partners', startPartnersService, { loadDemoData: false, documentStorage });
  afterAll(async () => {
    bucket.destroy();
    await s3rver.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const objects = async () => ((await bucket.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents ?? []).map((o) => o.Key);

  it('keeps the bytes in the bucket, none in PostgreSQL, and gives them back through a download link', async () => {
    const organisationId = await registerOrganisation(service.url);
    const documentId = await uploadDocument(service.url, organisationId, 'STATUTES', { content: SAMPLE_FILES.png, contentType: 'image/png' });

    const stored = await bucket.send(new GetObjectCommand({ Bucket: BUCKET, Key: `documents/${documentId}` }));
    expect(Buffer.from(await stored.Body!.transformToByteArray()).equals(SAMPLE_FILES.png)).toBe(true);
    expect(await service.dataSource.query(`SELECT storage FROM document WHERE id = $1`, [documentId])).toEqual([{ storage: 's3' }]);
    expect(await service.dataSource.query(`SELECT document_id FROM document_content WHERE document_id = $1`, [documentId])).toEqual([]);

    const { document } = await dataOf(callSubgraph(service.url, `query($id: ID!) { document(id: $id) { downloadUrl } }`, { id: documentId }, placeStaffOf(organisationId)));
    const download = await sendToLink(service.url, document.downloadUrl, { method: 'GET' });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(SAMPLE_FILES.png)).toBe(true);
  });

  it('puts nothing in the bucket for a refused upload', async () => {
    const organisationId = await registerOrganisation(service.url);
    const before = await objects();
    const { requestDocumentUpload } = await dataOf(
      callSubgraph(service.url, UPLOAD, { input: { organisationId, kind: 'STATUTES', fileName: 's.pdf', contentType: 'application/pdf', byteSize: SAMPLE_FILES.jpeg.length } }, placeStaffOf(organisationId)),
    );
    const put = await sendToLink(service.url, requestDocumentUpload.uploadUrl, { method: 'PUT', body: SAMPLE_FILES.jpeg, contentType: 'application/pdf' });
    expect(put.status).toBe(422);
    expect(await objects()).toEqual(before);
  });
});
