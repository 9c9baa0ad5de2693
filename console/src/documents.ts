// Documents given to the platform (a RIB, statutes, a régie act): their names in French, and the
// upload — the declaration (requestDocumentUpload), then the file PUT to the link answered, with
// its progress — refused early, in French, when the file cannot be taken (over 10 MB, not a PDF,
// PNG or JPEG), as the service would refuse it.
import { gql } from '@apollo/client';
import { frenchMessage } from './errors';

export const DOCUMENT_KINDS: Record<string, string> = {
  BANK_DETAILS_CERTIFICATE: 'Relevé d’identité bancaire (RIB)',
  STATUTES: 'Statuts de la structure',
  REGIE_ACT: 'Acte constitutif de la régie',
  OTHER: 'Autre document',
};
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
const ALLOWED_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];

export const REQUEST_DOCUMENT_UPLOAD = gql`
  mutation RequestDocumentUpload($input: RequestDocumentUploadInput!) {
    requestDocumentUpload(input: $input) {
      document {
        id
      }
      uploadUrl
    }
  }
`;

/** A refusal said in French, from the service's code. */
export class UploadRefused extends Error {
  constructor(readonly code: string) {
    super(frenchMessage(code));
  }
}

export const formatSize = (bytes: number) => (bytes >= 1_048_576 ? `${(bytes / 1_048_576).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo` : `${Math.max(1, Math.round(bytes / 1024))} ko`);

/** The file PUT to the link, reporting its progress (0 to 1); resolves once the service took it, or rejects with its coded refusal. */
function put(url: string, file: File, onProgress: (ratio: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    request.setRequestHeader('content-type', file.type);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      if (request.status === 200) return resolve();
      let code = 'NETWORK';
      try {
        code = JSON.parse(request.responseText).errors[0].extensions.code ?? code;
      } catch {
        // Not the service's answer (a proxy's): said as a network failure.
      }
      reject(new UploadRefused(code));
    };
    request.onerror = () => reject(new UploadRefused('NETWORK'));
    request.send(file);
  });
}

/** Declares and sends one file; the document's id. */
export async function uploadDocument(
  requestUpload: (options: { variables: Record<string, unknown> }) => Promise<{ data?: any }>,
  input: { placeId?: string; organisationId?: string; programmeId?: string; kind: string },
  file: File,
  onProgress: (ratio: number) => void,
): Promise<string> {
  if (file.size > MAX_DOCUMENT_BYTES) throw new UploadRefused('DOCUMENT_TOO_LARGE');
  if (!ALLOWED_TYPES.includes(file.type)) throw new UploadRefused('DOCUMENT_TYPE_NOT_ALLOWED');
  const { data } = await requestUpload({ variables: { input: { ...input, fileName: file.name, contentType: file.type, byteSize: file.size } } });
  const upload = data?.requestDocumentUpload;
  if (!upload) throw new UploadRefused('NETWORK');
  await put(upload.uploadUrl, file, onProgress);
  return upload.document.id;
}
