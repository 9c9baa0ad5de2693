// Places and their qualification for programme staff: every place, its state in the person's
// programme, and for the programme manager the workflow's decisions for that programme (qualify,
// suspend with a reason, reinstate). Each programme qualifies places on its own.
import { gql } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState } from 'react';
import { frenchErrors } from '../apollo';
import { ErrorNotice } from '../components/ErrorNotice';
import { Pager, useCursorPages } from '../components/Pager';
import { ProgrammePicker, useProgrammeChoice } from '../components/ProgrammePicker';
import { frenchMessage } from '../errors';
import { formatInteger, QUALIFICATION_STATES } from '../format';

const PLACES = gql`
  query AdminPlaces($first: Int!, $after: String, $programmeId: ID!) {
    places(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          acceptsPasses(programmeId: $programmeId)
          address {
            postalCode
            communeName
          }
          organisation {
            id
            name
          }
          qualification(programmeId: $programmeId) {
            status
          }
          passFunnel(programmeId: $programmeId) {
            redeemed
          }
        }
      }
    }
  }
`;
const QUALIFY = gql`
  mutation QualifyPlace($placeId: ID!, $programmeId: ID!) {
    qualifyPlace(placeId: $placeId, programmeId: $programmeId) {
      id
      acceptsPasses(programmeId: $programmeId)
      qualification(programmeId: $programmeId) {
        status
      }
    }
  }
`;
const SUSPEND = gql`
  mutation SuspendPlace($placeId: ID!, $reason: String!, $programmeId: ID!) {
    suspendPlace(placeId: $placeId, reason: $reason, programmeId: $programmeId) {
      id
      acceptsPasses(programmeId: $programmeId)
      qualification(programmeId: $programmeId) {
        status
      }
    }
  }
`;
const REINSTATE = gql`
  mutation ReinstatePlace($placeId: ID!, $programmeId: ID!) {
    reinstatePlace(placeId: $placeId, programmeId: $programmeId) {
      id
      acceptsPasses(programmeId: $programmeId)
      qualification(programmeId: $programmeId) {
        status
      }
    }
  }
`;

const PAGE = 10;

export function PlacesAdmin(props: { canDecide?: boolean; programmeIds?: string[] }) {
  const pages = useCursorPages();
  const choice = useProgrammeChoice(props.programmeIds);
  const programmeId = choice.programme?.id;
  const { data, error } = useQuery<any>(PLACES, { variables: { first: PAGE, after: pages.after, programmeId }, skip: !programmeId });
  const [qualify] = useMutation<any>(QUALIFY);
  const [suspend] = useMutation<any>(SUSPEND);
  const [reinstate] = useMutation<any>(REINSTATE);
  const [suspending, setSuspending] = useState<{ id: string; name: string; reason: string } | undefined>();
  const [outcome, setOutcome] = useState<{ severity: 'success' | 'error'; text: string } | undefined>();
  const connection = data?.places;

  const act = async (what: string, call: () => Promise<unknown>) => {
    setOutcome(undefined);
    try {
      await call();
      setOutcome({ severity: 'success', text: what });
    } catch (failure) {
      setOutcome({ severity: 'error', text: frenchErrors(failure) });
    }
  };

  const actions = (node: any) => {
    if (!props.canDecide) return '—';
    const status = node.qualification?.status;
    if (status === 'APPLIED') return <Button size="small" onClick={() => void act(`${node.name} est qualifié.`, () => qualify({ variables: { placeId: node.id, programmeId } }))}>Qualifier</Button>;
    if (status === 'QUALIFIED')
      return (
        <Button size="small" priority="secondary" onClick={() => setSuspending({ id: node.id, name: node.name, reason: '' })}>
          Suspendre
        </Button>
      );
    if (status === 'SUSPENDED') return <Button size="small" priority="secondary" onClick={() => void act(`${node.name} est rétabli.`, () => reinstate({ variables: { placeId: node.id, programmeId } }))}>Rétablir</Button>;
    return '—';
  };

  return (
    <div>
      <h1 className="fr-h3">Lieux et qualification</h1>
      <ProgrammePicker choice={choice} />
      <ErrorNotice error={error} />
      <div aria-live="polite">{outcome ? <Alert severity={outcome.severity} small description={outcome.text} className="fr-mb-2w" /> : null}</div>
      {suspending ? (
        <form
          className="fr-mb-4w"
          onSubmit={(event) => {
            event.preventDefault();
            if (suspending.reason.trim() === '') return setOutcome({ severity: 'error', text: frenchMessage('REASON_REQUIRED') });
            const { id, name, reason } = suspending;
            setSuspending(undefined);
            void act(`${name} est suspendu.`, () => suspend({ variables: { placeId: id, reason: reason.trim(), programmeId } }));
          }}
        >
          <Input label={`Motif de la suspension de ${suspending.name}`} nativeInputProps={{ value: suspending.reason, onChange: (e) => setSuspending({ ...suspending, reason: e.target.value }), autoFocus: true }} />
          <div className="fr-btns-group fr-btns-group--inline-sm">
            <Button type="submit">Confirmer la suspension</Button>
            <Button type="button" priority="secondary" onClick={() => setSuspending(undefined)}>
              Annuler
            </Button>
          </div>
        </form>
      ) : null}
      {connection ? (
        <>
          <Table
            caption={`Lieux (${formatInteger(connection.totalCount)})`}
            headers={['Lieu', 'Commune', 'Organisation', 'Qualification', 'Pass utilisés', 'Action']}
            data={connection.edges.map(({ node }: any) => [
              node.name,
              `${node.address.postalCode} ${node.address.communeName ?? ''}`,
              node.organisation?.name ?? '—',
              QUALIFICATION_STATES[node.qualification?.status] ?? 'Pas de candidature',
              formatInteger(node.passFunnel?.redeemed ?? 0),
              actions(node),
            ])}
          />
          <Pager label="lieux" pages={pages} pageInfo={connection.pageInfo} totalCount={connection.totalCount} pageSize={PAGE} />
        </>
      ) : (
        <p aria-busy="true">Chargement des lieux…</p>
      )}
    </div>
  );
}
