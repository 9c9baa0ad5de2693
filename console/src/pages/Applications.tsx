// "Candidatures": a programme's manager reviews the places' applications — the list for the
// programme chosen (by status), one file opened with its documents (each read through its
// short-lived link) and its history — and decides: asks for changes (with a message the place
// reads), qualifies, or refuses (with a reason). Staff who do not decide read the same.
import { gql } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState } from 'react';
import { frenchErrors } from '../apollo';
import { ErrorNotice } from '../components/ErrorNotice';
import { ProgrammePicker, useProgrammeChoice } from '../components/ProgrammePicker';
import { DOCUMENT_KINDS, formatSize } from '../documents';
import { frenchMessage } from '../errors';
import { formatDate, QUALIFICATION_STATES } from '../format';
import { APPLICATION_STEPS } from './Application';

const APPLICATIONS = gql`
  query ProgrammeApplications($programmeId: ID!, $status: QualificationStatus) {
    applications(programmeId: $programmeId, status: $status, first: 50) {
      totalCount
      edges {
        node {
          status
          appliedAt
          updatedAt
          place {
            id
            name
            address {
              postalCode
              communeName
            }
            organisation {
              name
            }
          }
        }
      }
    }
  }
`;
// One file at a time: its documents (each with a fresh download link) and its history.
const APPLICATION_FILE = gql`
  query ApplicationFile($placeId: ID!, $programmeId: ID!) {
    place(id: $placeId) {
      id
      qualification(programmeId: $programmeId) {
        status
        requiredDocuments
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
          by
          reason
        }
      }
    }
  }
`;
const DECISIONS = {
  REQUEST_CHANGES: gql`
    mutation AskApplicationChanges($placeId: ID!, $programmeId: ID!, $text: String!) {
      requestApplicationChanges(placeId: $placeId, programmeId: $programmeId, message: $text) {
        id
      }
    }
  `,
  REFUSE: gql`
    mutation RefuseApplication($placeId: ID!, $programmeId: ID!, $text: String!) {
      refuseApplication(placeId: $placeId, programmeId: $programmeId, reason: $text) {
        id
      }
    }
  `,
  QUALIFY: gql`
    mutation QualifyApplicant($placeId: ID!, $programmeId: ID!, $text: String) {
      qualifyPlace(placeId: $placeId, programmeId: $programmeId, note: $text) {
        id
      }
    }
  `,
};
type Decision = keyof typeof DECISIONS;
const DONE: Record<Decision, string> = { REQUEST_CHANGES: 'Les compléments sont demandés au lieu.', REFUSE: 'La candidature est refusée.', QUALIFY: 'Le lieu est qualifié.' };
const FILTERS: Array<[string, string]> = [
  ['APPLIED', 'En attente de décision'],
  ['CHANGES_REQUESTED', 'Compléments demandés'],
  ['QUALIFIED', 'Qualifiées'],
  ['REFUSED', 'Refusées'],
  ['', 'Toutes'],
];
const formatInstant = (iso: string) => new Date(iso).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' });

export function Applications(props: { canDecide: boolean; programmeIds?: string[] }) {
  const choice = useProgrammeChoice(props.programmeIds);
  const programmeId = choice.programme?.id;
  const [status, setStatus] = useState('APPLIED');
  const { data, error } = useQuery<any>(APPLICATIONS, { variables: { programmeId, status: status || null }, skip: !programmeId, fetchPolicy: 'network-only' });
  const [openPlaceId, setOpenPlaceId] = useState<string>();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<{ severity: 'success' | 'error'; text: string }>();
  const refetch = { refetchQueries: ['ProgrammeApplications', 'ApplicationFile'], awaitRefetchQueries: true };
  const [requestChanges] = useMutation(DECISIONS.REQUEST_CHANGES, refetch);
  const [refuse] = useMutation(DECISIONS.REFUSE, refetch);
  const [qualify] = useMutation(DECISIONS.QUALIFY, refetch);
  const mutations: Record<Decision, typeof qualify> = { REQUEST_CHANGES: requestChanges, REFUSE: refuse, QUALIFY: qualify };

  const nodes: any[] = data?.applications.edges.map((e: any) => e.node) ?? [];
  const listed = nodes.find((n) => n.place.id === openPlaceId);
  const file = useQuery<any>(APPLICATION_FILE, { variables: { placeId: openPlaceId, programmeId }, skip: !openPlaceId || !programmeId, fetchPolicy: 'network-only' });
  const record = file.data?.place?.qualification;
  const open = listed && record ? { place: listed.place, ...record } : undefined;

  const decide = async (decision: Decision) => {
    if (!open || !programmeId) return;
    if (decision !== 'QUALIFY' && !text.trim()) return setOutcome({ severity: 'error', text: frenchMessage('REASON_REQUIRED') });
    try {
      await mutations[decision]({ variables: { placeId: open.place.id, programmeId, text: text.trim() || null } });
      setOutcome({ severity: 'success', text: `${open.place.name} : ${DONE[decision]}` });
      setText('');
      setOpenPlaceId(undefined);
    } catch (failure) {
      setOutcome({ severity: 'error', text: frenchErrors(failure) });
    }
  };

  return (
    <div>
      <h1 className="fr-h3">Candidatures</h1>
      <ProgrammePicker choice={choice} />
      <Select label="Afficher" nativeSelectProps={{ value: status, onChange: (e) => setStatus(e.target.value), name: 'status' }}>
        {FILTERS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
      <ErrorNotice error={error ?? file.error} />
      <div aria-live="polite">{outcome ? <Alert severity={outcome.severity} small description={outcome.text} className="fr-mb-2w" /> : null}</div>
      {data ? (
        <Table
          caption={`Candidatures (${data.applications.totalCount})`}
          headers={['Lieu', 'Commune', 'Structure', 'État', 'Déposée le', 'Dossier']}
          data={nodes.map((node) => [
            node.place.name,
            `${node.place.address.postalCode} ${node.place.address.communeName ?? ''}`,
            node.place.organisation?.name ?? '—',
            QUALIFICATION_STATES[node.status] ?? node.status,
            formatDate(node.appliedAt),
            <Button key="open" size="small" priority="secondary" onClick={() => setOpenPlaceId(node.place.id)}>
              {`Ouvrir le dossier de ${node.place.name}`}
            </Button>,
          ])}
        />
      ) : (
        <p aria-busy="true">Chargement des candidatures…</p>
      )}

      {open && (
        <section className="fr-mt-4w" aria-labelledby="application-file">
          <h2 id="application-file">Dossier de {open.place.name}</h2>
          <p>État : {QUALIFICATION_STATES[open.status] ?? open.status}</p>
          <h3>Documents</h3>
          <ul>
            {open.documents.map((d: any) => (
              <li key={d.id}>
                {DOCUMENT_KINDS[d.kind] ?? d.kind} :{' '}
                {d.downloadUrl ? (
                  <a href={d.downloadUrl} target="_blank" rel="noopener noreferrer">
                    {d.fileName}
                  </a>
                ) : (
                  d.fileName
                )}{' '}
                ({formatSize(d.byteSize)})
              </li>
            ))}
          </ul>
          {open.requiredDocuments.filter((kind: string) => !open.documents.some((d: any) => d.kind === kind)).length > 0 && (
            <Alert severity="warning" small description="Des documents demandés manquent à ce dossier." className="fr-mb-2w" />
          )}
          <h3>Historique</h3>
          <ol>
            {open.history.map((step: any, index: number) => (
              <li key={index}>
                {formatInstant(step.at)} — {APPLICATION_STEPS[step.action] ?? step.action} ({step.by}){step.reason ? ` : « ${step.reason} »` : ''}
              </li>
            ))}
          </ol>
          {props.canDecide && (open.status === 'APPLIED' || open.status === 'CHANGES_REQUESTED') && (
            <form onSubmit={(e) => e.preventDefault()}>
              <Input
                textArea
                label="Message au lieu"
                hintText="Obligatoire pour demander des compléments ou refuser ; le lieu le lit dans sa candidature."
                nativeTextAreaProps={{ value: text, onChange: (e) => setText(e.target.value), name: 'message' }}
              />
              <div className="fr-btns-group fr-btns-group--inline-sm">
                {open.status === 'APPLIED' && (
                  <>
                    <Button type="button" onClick={() => void decide('QUALIFY')}>
                      Qualifier
                    </Button>
                    <Button type="button" priority="secondary" onClick={() => void decide('REQUEST_CHANGES')}>
                      Demander des compléments
                    </Button>
                  </>
                )}
                <Button type="button" priority="tertiary" onClick={() => void decide('REFUSE')}>
                  Refuser
                </Button>
              </div>
            </form>
          )}
        </section>
      )}
    </div>
  );
}
