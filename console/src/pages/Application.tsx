// "Candidature": a place applies to a programme with the documents the programme asks of its
// organisation — each file sent on its own, with its progress and, when refused, why in French —
// and the IBAN it is to be paid on; then it follows its application: status, the programme's
// messages (changes asked, refusal) and every step. After changes were asked it completes the
// documents (those already given stay unless replaced) and sends the application again.
import { gql } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { ProgrammePicker, useProgrammeChoice } from '../components/ProgrammePicker';
import { DOCUMENT_KINDS, formatSize, REQUEST_DOCUMENT_UPLOAD, UploadRefused, uploadDocument } from '../documents';
import { QUALIFICATION_STATES } from '../format';

const MY_PLACES = gql`
  query PlacesForApplication($organisationId: ID!) {
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
const APPLICATION = gql`
  query PlaceApplication($placeId: ID!, $programmeId: ID!, $organisationId: ID!) {
    applicationRequirements(programmeId: $programmeId, organisationId: $organisationId)
    place(id: $placeId) {
      id
      name
      qualification(programmeId: $programmeId) {
        status
        documents {
          id
          kind
          fileName
          byteSize
          downloadUrl
        }
        history {
          action
          at
          reason
        }
      }
    }
  }
`;
const APPLY = gql`
  mutation ApplyWithDocuments($input: ApplyForQualificationInput!) {
    applyForQualification(input: $input) {
      id
    }
  }
`;

export const APPLICATION_STEPS: Record<string, string> = {
  APPLY: 'Candidature envoyée',
  REQUEST_CHANGES: 'Compléments demandés',
  REFUSE: 'Candidature refusée',
  QUALIFY: 'Lieu qualifié',
  SUSPEND: 'Qualification suspendue',
  REINSTATE: 'Qualification rétablie',
  REVOKE: 'Qualification retirée',
};
const formatInstant = (iso: string) => new Date(iso).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' });

interface Upload {
  fileName: string;
  byteSize: number;
  progress: number;
  documentId?: string;
  error?: string;
}

export function Application(props: { organisationId?: string }) {
  const organisationId = props.organisationId ?? '';
  const choice = useProgrammeChoice();
  const programmeId = choice.programme?.id;
  const places = useQuery<any>(MY_PLACES, { variables: { organisationId }, skip: !organisationId });
  const list: Array<{ id: string; name: string }> = places.data?.places.edges.map((e: any) => e.node) ?? [];
  const [chosenPlace, setChosenPlace] = useState<string>();
  const placeId = chosenPlace ?? list[0]?.id;
  const application = useQuery<any>(APPLICATION, { variables: { placeId, programmeId, organisationId }, skip: !placeId || !programmeId, fetchPolicy: 'network-only' });
  const [requestUpload] = useMutation<any>(REQUEST_DOCUMENT_UPLOAD);
  const [apply, applying] = useMutation<any>(APPLY, { refetchQueries: ['PlaceApplication'], awaitRefetchQueries: true });
  const [uploads, setUploads] = useState<Record<string, Upload>>({});
  const [iban, setIban] = useState('');
  const [sent, setSent] = useState(false);

  const required: string[] = application.data?.applicationRequirements ?? [];
  const qualification = application.data?.place?.qualification;
  const status: string | undefined = qualification?.status;
  const given: Array<{ id: string; kind: string; fileName: string; byteSize: number; downloadUrl: string | null }> = qualification?.documents ?? [];
  const canApply = !status || status === 'CHANGES_REQUESTED';
  // After changes were asked, what was given stays unless a new file replaces it.
  const documentOf = (kind: string) => uploads[kind]?.documentId ?? (status === 'CHANGES_REQUESTED' ? given.find((d) => d.kind === kind)?.id : undefined);
  const missing = required.filter((kind) => !documentOf(kind));
  const lastMessage = [...(qualification?.history ?? [])].reverse().find((s: any) => s.action === 'REQUEST_CHANGES' || s.action === 'REFUSE');

  const onFile = async (kind: string, file: File | undefined) => {
    setSent(false);
    if (!file || !placeId) return;
    const set = (upload: Partial<Upload>) => setUploads((all) => ({ ...all, [kind]: { ...all[kind], ...upload } as Upload }));
    set({ fileName: file.name, byteSize: file.size, progress: 0, documentId: undefined, error: undefined });
    try {
      const documentId = await uploadDocument(requestUpload, { placeId, programmeId, kind }, file, (progress) => set({ progress }));
      set({ documentId, progress: 1 });
    } catch (error) {
      set({ error: error instanceof UploadRefused ? error.message : 'L’envoi du fichier a échoué. Réessayez.' });
    }
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!placeId || !programmeId) return;
    const documentIds = required.map(documentOf).filter((id): id is string => Boolean(id));
    const { data } = await apply({ variables: { input: { placeId, programmeId, iban, documentIds } } }).catch(() => ({ data: undefined }));
    if (!data) return;
    setSent(true);
    setUploads({});
  };

  return (
    <>
      <h1>Candidature</h1>
      <p>Candidatez auprès d’un programme pour accepter ses pass : joignez les documents qu’il demande, puis suivez ici sa décision.</p>
      <ProgrammePicker choice={choice} />
      <ErrorNotice error={places.error ?? application.error} />
      {list.length > 1 && (
        <Select label="Lieu" nativeSelectProps={{ value: placeId ?? '', onChange: (e) => setChosenPlace(e.target.value), name: 'place' }}>
          {list.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      )}
      {!places.loading && list.length === 0 && <p>Décrivez d’abord votre lieu (page « Description du lieu ») : la candidature se fait pour un lieu.</p>}

      {status && (
        <section className="fr-mb-4w" aria-labelledby="application-status">
          <h2 id="application-status">Où en est la candidature</h2>
          <p className="fr-text--lead" data-testid="application-status">
            {QUALIFICATION_STATES[status] ?? status}
          </p>
          {lastMessage?.reason && (
            <Alert
              severity={lastMessage.action === 'REFUSE' ? 'error' : 'warning'}
              small
              className="fr-mb-2w"
              description={`Message du programme : ${lastMessage.reason}`}
            />
          )}
          <h3>Historique</h3>
          <ol>
            {qualification.history.map((step: any, index: number) => (
              <li key={index}>
                {formatInstant(step.at)} — {APPLICATION_STEPS[step.action] ?? step.action}
                {step.reason ? ` : « ${step.reason} »` : ''}
              </li>
            ))}
          </ol>
          {given.length > 0 && (
            <>
              <h3>Documents envoyés</h3>
              <ul>
                {given.map((d) => (
                  <li key={d.id}>
                    {DOCUMENT_KINDS[d.kind] ?? d.kind} : {d.downloadUrl ? <a href={d.downloadUrl}>{d.fileName}</a> : d.fileName} ({formatSize(d.byteSize)})
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {placeId && programmeId && canApply && (
        <form onSubmit={(e) => void onSubmit(e)} aria-labelledby="application-form">
          <h2 id="application-form">{status === 'CHANGES_REQUESTED' ? 'Compléter et renvoyer la candidature' : 'Envoyer la candidature'}</h2>
          <p>Fichiers PDF, PNG ou JPEG, 10 Mo au plus chacun.</p>
          {required.map((kind) => {
            const upload = uploads[kind];
            const kept = !upload && documentOf(kind);
            return (
              <div className="fr-upload-group fr-mb-3w" key={kind}>
                <label className="fr-label" htmlFor={`document-${kind}`}>
                  {DOCUMENT_KINDS[kind] ?? kind}
                  <span className="fr-hint-text">{kept ? 'Déjà envoyé : choisissez un fichier pour le remplacer.' : 'Obligatoire.'}</span>
                </label>
                <input className="fr-upload" type="file" id={`document-${kind}`} name={kind} accept="application/pdf,image/png,image/jpeg" onChange={(e) => void onFile(kind, e.target.files?.[0])} />
                {upload && !upload.error && (
                  <p className="fr-text--sm fr-mt-1w" role="status">
                    <progress max={1} value={upload.progress} aria-label={`Envoi de ${upload.fileName}`} /> {upload.documentId ? `${upload.fileName} (${formatSize(upload.byteSize)}) envoyé.` : `Envoi de ${upload.fileName}…`}
                  </p>
                )}
                {upload?.error && (
                  <p className="fr-error-text" role="alert">
                    {upload.fileName} : {upload.error}
                  </p>
                )}
              </div>
            );
          })}
          <Input label="IBAN du lieu" hintText="Le compte sur lequel le programme rembourse les pass encaissés." nativeInputProps={{ value: iban, onChange: (e) => setIban(e.target.value), required: true, name: 'iban', autoComplete: 'off' }} />
          <ErrorNotice error={applying.error} />
          {missing.length > 0 && <p className="fr-text--sm">Il reste à joindre : {missing.map((kind) => DOCUMENT_KINDS[kind] ?? kind).join(', ')}.</p>}
          <Button type="submit" disabled={missing.length > 0 || applying.loading}>
            {status === 'CHANGES_REQUESTED' ? 'Renvoyer la candidature' : 'Envoyer la candidature'}
          </Button>
        </form>
      )}
      {sent && <Alert severity="success" small className="fr-mt-2w" description="Votre candidature est envoyée : le programme vous répondra ici." />}
    </>
  );
}
