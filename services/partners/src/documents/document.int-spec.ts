// Integration: declaring, uploading and reading documents on a real PostgreSQL (the default
// store): the checks on the bytes (size, type recognised from the content), the signed links
// (forged, expired, used), and who may read a document.
import { createHash, randomUUID } from 'node:crypto';
import { caller, callSubgraph, useTestService } from '@pass-numerique/testing';
import { startPartnersService } from '../server';
import { documentLinkKeyOf } from '../config';
import { dataOf, managerOf, placeStaffOf, registerOrganisation, registerPlace, SAMPLE_FILES, sendToLink, UPLOAD, uploadDocument } from '../testing/partners-test-kit';
import { DocumentLinks } from './document-links';
import { MAX_DOCUMENT_BYTES } from './document.rules';

const DOCUMENT = `query($id: ID!) { document(id: $id) { id kind fileName contentType byteSize status sha256 uploadedAt downloadUrl } }`;

describe('partners subgraph: documents', () => {
  const { service, config } = useTestService('partners', startPartnersService, { loadDemoData: false });
  let organisationId: string;
  const programmeId = randomUUID();

  beforeAll(async () => {
    organisationId = await registerOrganisation(service.url, { legalKind: 'ASSOCIATION' });
  });

  const declare = (input: Record<string, unknown>, as = placeStaffOf(organisationId)) =>
    callSubgraph(service.url, UPLOAD, { input: { organisationId, kind: 'STATUTES', fileName: 'statuts.pdf', contentType: 'application/pdf', byteSize: SAMPLE_FILES.pdf.length, ...input } }, as);
  const declared = async (input: Record<string, unknown> = {}) => (await dataOf(declare(input))).requestDocumentUpload as { document: { id: string }; uploadUrl: string; expiresAt: string };
  const storedBytes = async (documentId: string) => (await service.dataSource.query(`SELECT count(*)::int AS n FROM document_content WHERE document_id = $1`, [documentId]))[0].n;

  it.each([
    ['a PDF', SAMPLE_FILES.pdf, 'application/pdf'],
    ['a PNG', SAMPLE_FILES.png, 'image/png'],
    ['a JPEG', SAMPLE_FILES.jpeg, 'image/jpeg'],
  ])('takes %s, records its SHA-256 and gives it back through a download link', async (_, content, contentType) => {
    const upload = await declared({ contentType, byteSize: content.length, fileName: 'Relevé « banque ».x' });
    expect(upload.uploadUrl).toMatch(/^\/documents\/upload\//);
    expect(new Date(upload.expiresAt).getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    const put = await sendToLink(service.url, upload.uploadUrl, { method: 'PUT', body: content, contentType });
    expect(put.status).toBe(200);

    const { document } = await dataOf(callSubgraph(service.url, DOCUMENT, { id: upload.document.id }, placeStaffOf(organisationId)));
    expect(document).toMatchObject({ status: 'UPLOADED', contentType, byteSize: content.length, sha256: createHash('sha256').update(content).digest('hex') });
    const download = await sendToLink(service.url, document.downloadUrl, { method: 'GET' });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe(contentType);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toContain("filename*=UTF-8''Relev%C3%A9");
    expect(Buffer.from(await download.arrayBuffer()).equals(content)).toBe(true);
  });

  it('refuses a declaration over 10 MB or of a type other than PDF, PNG, JPEG, before giving any link', async () => {
    expect((await declare({ byteSize: MAX_DOCUMENT_BYTES + 1 })).errors?.[0].extensions).toMatchObject({ code: 'DOCUMENT_TOO_LARGE', field: 'byteSize' });
    expect((await declare({ contentType: 'text/html' })).errors?.[0].extensions).toMatchObject({ code: 'DOCUMENT_TYPE_NOT_ALLOWED', field: 'contentType' });
  });

  it('refuses bytes over 10 MB, of another size than declared, of no allowed type, or of another type than declared, and keeps none', async () => {
    const cases: Array<[Buffer, number, string]> = [
      [Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(MAX_DOCUMENT_BYTES)]), 413, 'DOCUMENT_TOO_LARGE'],
      [Buffer.concat([SAMPLE_FILES.pdf, Buffer.from('more')]), 422, 'DOCUMENT_SIZE_MISMATCH'],
      [Buffer.from('<html>'.padEnd(SAMPLE_FILES.pdf.length, ' ')), 415, 'DOCUMENT_TYPE_NOT_ALLOWED'],
      // A PNG declared as a PDF: the content type the client sends is never believed.
      [Buffer.concat([SAMPLE_FILES.png, Buffer.alloc(SAMPLE_FILES.pdf.length - SAMPLE_FILES.png.length)]), 422, 'DOCUMENT_CONTENT_MISMATCH'],
    ];
    for (const [content, status, code] of cases) {
      const upload = await declared();
      const put = await sendToLink(service.url, upload.uploadUrl, { method: 'PUT', body: content, contentType: 'application/pdf' });
      expect({ status: put.status, body: await put.json() }).toEqual({ status, body: { errors: [{ message: expect.any(String), extensions: { code } }] } });
      expect(await storedBytes(upload.document.id)).toBe(0);
      const { document } = await dataOf(callSubgraph(service.url, DOCUMENT, { id: upload.document.id }, placeStaffOf(organisationId)));
      expect(document).toMatchObject({ status: 'PENDING_UPLOAD', sha256: null, downloadUrl: null });
    }
  });

  it('refuses a forged, expired, used or misdirected link, and a request the gateway did not sign', async () => {
    const upload = await declared();
    const token = upload.uploadUrl.split('/').pop()!;
    const forged = `/documents/upload/${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    const links = new DocumentLinks(documentLinkKeyOf(config));
    const expired = links.sign(upload.document.id, 'upload', new Date(Date.now() - 16 * 60_000), 15 * 60).path;
    const downloadAsUpload = `/documents/upload/${links.sign(upload.document.id, 'download', new Date(), 300).path.split('/').pop()}`;
    const put = (path: string) => sendToLink(service.url, path, { method: 'PUT', body: SAMPLE_FILES.pdf, contentType: 'application/pdf' });
    const codeOf = async (response: Response) => ({ status: response.status, code: (await response.json()).errors[0].extensions.code });

    expect(await codeOf(await put(forged))).toEqual({ status: 403, code: 'UPLOAD_LINK_INVALID' });
    expect(await codeOf(await put(downloadAsUpload))).toEqual({ status: 403, code: 'UPLOAD_LINK_INVALID' });
    expect(await codeOf(await put(expired))).toEqual({ status: 410, code: 'UPLOAD_LINK_EXPIRED' });
    const unsigned = await fetch(new URL(upload.uploadUrl, service.url), { method: 'PUT', body: new Uint8Array(SAMPLE_FILES.pdf) });
    expect(unsigned.status).toBe(401);
    expect((await put(upload.uploadUrl)).status).toBe(200);
    expect(await codeOf(await put(upload.uploadUrl))).toEqual({ status: 403, code: 'UPLOAD_LINK_INVALID' });
    expect(await codeOf(await sendToLink(service.url, forged.replace('/upload/', '/download/'), { method: 'GET' }))).toEqual({ status: 403, code: 'UPLOAD_LINK_INVALID' });
  });

  it("shows a document to its organisation's people and to the staff of the programme it is for; to anyone else it does not exist", async () => {
    const otherOrganisationId = await registerOrganisation(service.url, { legalKind: 'ASSOCIATION' });
    const placeId = await registerPlace(service.url, organisationId);
    const documentId = await uploadDocument(service.url, organisationId, 'BANK_DETAILS_CERTIFICATE', { placeId, programmeId });
    const read = async (as: Parameters<typeof callSubgraph>[3]) => (await callSubgraph(service.url, DOCUMENT, { id: documentId }, as)).data?.document ?? null;

    expect(await read(placeStaffOf(organisationId, { subject: 'another-member' }))).toMatchObject({ id: documentId, kind: 'BANK_DETAILS_CERTIFICATE' });
    expect(await read(managerOf(programmeId))).toMatchObject({ id: documentId });
    expect(await read(placeStaffOf(otherOrganisationId))).toBeNull();
    expect(await read(managerOf(randomUUID()))).toBeNull();
    expect(await read(caller('funder_auditor', { programmeId, subject: 'auditor' }))).toBeNull();

    // Another organisation's place or organisation: as missing, for giving documents too.
    const asOther = placeStaffOf(otherOrganisationId);
    expect((await declare({ organisationId: undefined, placeId }, asOther)).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'placeId' });
    expect((await declare({}, asOther)).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'organisationId' });
    const unknown = randomUUID();
    expect((await declare({ organisationId: unknown }, placeStaffOf(unknown))).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'organisationId' });
  });
});
