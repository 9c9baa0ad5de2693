// "Coordonnées bancaires": a place's bank details as its own people see them — those in force, every
// version since, the requests and their outcome — and a request for new ones with the bank's
// certificate (a RIB), which a finance officer of a programme paying the place approves. Until
// then the details in force stay those paid to.
import { gql } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { formatDate } from '../format';

const MY_PLACES = gql`
  query PlacesForBankDetails($organisationId: ID!) {
    places(organisationId: $organisationId, first: 50) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`;
const BANK_DETAILS = gql`
  query PlaceBankDetails($id: ID!) {
    place(id: $id) {
      id
      name
      iban
      bankDetailsHistory {
        id
        iban
        bic
        holder
        validFrom
        validTo
        requestedBy
        approvedBy
      }
      bankDetailsChangeRequests {
        id
        ibanMasked
        holder
        status
        requestedAt
        decidedAt
        rejectionReason
      }
    }
  }
`;
const REQUEST_UPLOAD = gql`
  mutation RequestCertificateUpload($input: RequestDocumentUploadInput!) {
    requestDocumentUpload(input: $input) {
      document {
        id
      }
      uploadUrl
    }
  }
`;
const REQUEST_CHANGE = gql`
  mutation RequestBankDetailsChange($input: RequestBankDetailsChangeInput!) {
    requestBankDetailsChange(input: $input) {
      id
      status
    }
  }
`;

export const CHANGE_STATES: Record<string, string> = { PENDING: 'En attente de validation', APPROVED: 'Validée', REJECTED: 'Refusée' };
const formatIban = (iban: string) => iban.replace(/(.{4})/g, '$1 ').trim();

/** Sends the certificate through the documents' upload flow: its declaration, then its bytes to the link answered. */
async function uploadCertificate(requestUpload: (options: any) => Promise<any>, placeId: string, file: File): Promise<string> {
  const { data } = await requestUpload({ variables: { input: { placeId, kind: 'BANK_DETAILS_CERTIFICATE', fileName: file.name, contentType: file.type, byteSize: file.size } } });
  const upload = data.requestDocumentUpload;
  const answer = await fetch(upload.uploadUrl, { method: 'PUT', body: file, headers: { 'content-type': file.type } });
  if (!answer.ok) throw new Error('upload');
  return upload.document.id;
}

export function BankDetails(props: { organisationId?: string }) {
  const organisationId = props.organisationId ?? '';
  const places = useQuery<any>(MY_PLACES, { variables: { organisationId }, skip: !organisationId });
  const list: Array<{ id: string; name: string }> = places.data?.places.edges.map((e: any) => e.node) ?? [];
  const [chosen, setChosen] = useState<string>();
  const placeId = chosen ?? list[0]?.id;
  const details = useQuery<any>(BANK_DETAILS, { variables: { id: placeId }, skip: !placeId, fetchPolicy: 'network-only' });
  const [requestUpload, uploading] = useMutation<any>(REQUEST_UPLOAD);
  const [requestChange, requesting] = useMutation<any>(REQUEST_CHANGE, { refetchQueries: ['PlaceBankDetails'], awaitRefetchQueries: true });
  const [iban, setIban] = useState('');
  const [holder, setHolder] = useState('');
  const [bic, setBic] = useState('');
  const [file, setFile] = useState<File>();
  const [documentId, setDocumentId] = useState('');
  const [uploadFailed, setUploadFailed] = useState(false);
  const [sent, setSent] = useState(false);

  const place = details.data?.place;
  const history: any[] = place?.bankDetailsHistory ?? [];
  const requests: any[] = place?.bankDetailsChangeRequests ?? [];
  const pending = requests.find((r) => r.status === 'PENDING');
  const inForce = history.find((v) => !v.validTo);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!placeId) return;
    setSent(false);
    setUploadFailed(false);
    let certificateDocumentId = documentId.trim();
    if (file) {
      try {
        certificateDocumentId = await uploadCertificate(requestUpload, placeId, file);
      } catch {
        setUploadFailed(true);
        return;
      }
    }
    const { data } = await requestChange({ variables: { input: { placeId, iban, holder, bic: bic || null, certificateDocumentId } } }).catch(() => ({ data: undefined }));
    if (!data) return;
    setSent(true);
    setIban('');
    setHolder('');
    setBic('');
    setFile(undefined);
    setDocumentId('');
  };

  return (
    <>
      <h1>Coordonnées bancaires</h1>
      <ErrorNotice error={places.error ?? details.error} />
      {list.length > 1 && (
        <Select label="Lieu" nativeSelectProps={{ value: placeId ?? '', onChange: (e) => setChosen(e.target.value), name: 'place' }}>
          {list.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      )}
      {!places.loading && list.length === 0 && <p>Votre organisation n’a pas encore de lieu.</p>}
      {place && (
        <>
          <h2 className="fr-h4">En vigueur</h2>
          {place.iban ? (
            <p data-testid="iban-in-force">
              IBAN <code>{formatIban(place.iban)}</code>
              {inForce?.holder ? ` — titulaire : ${inForce.holder}` : ''}
              {inForce?.bic ? ` — BIC ${inForce.bic}` : ''}
            </p>
          ) : (
            <p>Aucune coordonnée bancaire : elles sont données lors de la candidature à un programme.</p>
          )}

          <div data-testid="bank-details-history">
            <Table
              caption="Historique des coordonnées bancaires"
              headers={['IBAN', 'Titulaire', 'BIC', 'Du', 'Au', 'Demandé par', 'Validé par']}
              data={history.map((v) => [
                formatIban(v.iban),
                v.holder ?? '—',
                v.bic ?? '—',
                formatDate(v.validFrom),
                v.validTo ? formatDate(v.validTo) : 'en vigueur',
                v.requestedBy ?? 'candidature',
                v.approvedBy ?? '—',
              ])}
            />
          </div>

          {requests.length > 0 && (
            <div data-testid="bank-details-requests">
              <Table
                caption="Demandes de changement"
                headers={['IBAN demandé', 'Titulaire', 'Demandé le', 'État', 'Décidé le', 'Motif du refus']}
                data={requests.map((r) => [r.ibanMasked, r.holder, formatDate(r.requestedAt), CHANGE_STATES[r.status] ?? r.status, formatDate(r.decidedAt), r.rejectionReason ?? '—'])}
              />
            </div>
          )}

          <h2 className="fr-h4">Demander un changement</h2>
          {sent && <Alert severity="success" small className="fr-mb-2w" description="Demande envoyée : un agent financier du programme la validera. D’ici là, les coordonnées en vigueur restent celles-ci." />}
          {pending ? (
            <p>Une demande est en attente de validation : une seule demande à la fois.</p>
          ) : place.iban ? (
            <form onSubmit={(e) => void onSubmit(e)} aria-label="Demander un changement de coordonnées bancaires">
              <ErrorNotice error={requesting.error ?? uploading.error} />
              {uploadFailed && <Alert severity="error" small className="fr-mb-2w" description="Le relevé d’identité bancaire n’a pas pu être déposé : réessayez." />}
              <Input label="Nouvel IBAN" nativeInputProps={{ name: 'iban', value: iban, onChange: (e) => setIban(e.target.value), required: true, autoComplete: 'off' }} />
              <Input label="Titulaire du compte" hintText="Tel qu’il figure sur le relevé d’identité bancaire" nativeInputProps={{ name: 'holder', value: holder, onChange: (e) => setHolder(e.target.value), required: true }} />
              <Input label="BIC (facultatif)" nativeInputProps={{ name: 'bic', value: bic, onChange: (e) => setBic(e.target.value) }} />
              <div className="fr-upload-group fr-mb-3w">
                <label className="fr-label" htmlFor="certificate">
                  Relevé d’identité bancaire
                  <span className="fr-hint-text">PDF, PNG ou JPEG, 10 Mo au plus</span>
                </label>
                <input className="fr-upload" type="file" id="certificate" name="certificate" accept="application/pdf,image/png,image/jpeg" onChange={(e) => setFile(e.target.files?.[0])} />
              </div>
              <Input
                label="Ou identifiant d’un relevé déjà déposé"
                nativeInputProps={{ name: 'certificateDocumentId', value: documentId, onChange: (e) => setDocumentId(e.target.value), disabled: Boolean(file) }}
              />
              <Button type="submit" disabled={requesting.loading || uploading.loading || (!file && !documentId.trim())}>
                Envoyer la demande
              </Button>
            </form>
          ) : null}
        </>
      )}
    </>
  );
}
