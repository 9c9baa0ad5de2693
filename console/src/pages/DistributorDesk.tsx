// A distributor's desk, made for a phone: its figures, its booklets, and handing a pass out
// with the beneficiary's pseudonymous profile (no name, address, birth date or contact).
import { gql } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useEffect, useState, type FormEvent } from 'react';
import { errorField, frenchErrors } from '../apollo';
import { ErrorNotice } from '../components/ErrorNotice';
import { FunnelFigures } from '../components/FunnelFigures';
import { Pager, useCursorPages } from '../components/Pager';
import { frenchMessage } from '../errors';
import { AGE_BANDS, BOOKLET_STATES, formatDate, formatInteger, GENDERS, SITUATIONS } from '../format';

const FIGURES = gql`
  query DistributorFigures($id: ID!) {
    organisation(id: $id) {
      id
      name
      distributorPassFunnel {
        allocated
        handedOut
        redeemed
        expired
      }
    }
  }
`;
const BOOKLETS = gql`
  query DistributorBooklets($organisationId: ID!, $first: Int!, $after: String) {
    distributorBooklets(organisationId: $organisationId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          size
          state
          handedOutCount
          redeemedCount
          passes {
            number
            status
          }
        }
      }
    }
  }
`;
const SEARCH_COMMUNES = gql`
  query SearchCommunes($query: String!) {
    searchCommunes(query: $query, first: 8) {
      edges {
        node {
          level
          code
          name
          postalCodes
        }
      }
    }
  }
`;
const HAND_OUT = gql`
  mutation HandOut($input: HandOutInput!) {
    handOut(input: $input) {
      id
      passCount
      validUntil
      passes {
        number
      }
    }
  }
`;

const BOOKLET_PAGE = 5;

export function DistributorDesk(props: { organisationId?: string }) {
  const pages = useCursorPages();
  const figures = useQuery<any>(FIGURES, { variables: { id: props.organisationId }, skip: !props.organisationId });
  const booklets = useQuery<any>(BOOKLETS, { variables: { organisationId: props.organisationId, first: BOOKLET_PAGE, after: pages.after }, skip: !props.organisationId });
  if (!props.organisationId) return <Alert severity="warning" small description="Ce compte n’est rattaché à aucune organisation." />;
  const funnel = figures.data?.organisation?.distributorPassFunnel;
  const connection = booklets.data?.distributorBooklets;
  const issued = (connection?.edges ?? []).flatMap(({ node }: any) => node.passes.filter((p: any) => p.status === 'ISSUED').map((p: any) => ({ number: p.number, booklet: node.number })));

  return (
    <div className="console-narrow">
      <h1 className="fr-h3">{figures.data?.organisation?.name ?? 'Distributeur'}</h1>
      <ErrorNotice error={figures.error ?? booklets.error} />
      {funnel ? <FunnelFigures first={funnel.allocated} firstLabel="pass reçus" handedOut={funnel.handedOut} redeemed={funnel.redeemed} testId="distributor-figures" /> : null}

      <HandOutForm
        passes={issued}
        onHandedOut={() => {
          void booklets.refetch();
          void figures.refetch();
        }}
      />

      <section aria-labelledby="booklets-title">
        <h2 id="booklets-title" className="fr-h5">
          Mes carnets
        </h2>
        {connection ? (
          <>
            <Table
              caption={`Carnets (${formatInteger(connection.totalCount)})`}
              headers={['Carnet', 'État', 'Remis', 'Utilisés']}
              data={connection.edges.map(({ node }: any) => [node.number, BOOKLET_STATES[node.state] ?? node.state, `${node.handedOutCount} / ${node.size}`, String(node.redeemedCount)])}
            />
            <Pager label="carnets" pages={pages} pageInfo={connection.pageInfo} totalCount={connection.totalCount} pageSize={BOOKLET_PAGE} />
          </>
        ) : (
          <p aria-busy="true">Chargement des carnets…</p>
        )}
      </section>
    </div>
  );
}

function useDebounced<T>(value: T, ms: number) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

function HandOutForm(props: { passes: Array<{ number: string; booklet: string }>; onHandedOut(): void }) {
  const [passNumber, setPassNumber] = useState('');
  const [ageBand, setAgeBand] = useState('');
  const [gender, setGender] = useState('');
  const [situation, setSituation] = useState('');
  const [communeQuery, setCommuneQuery] = useState('');
  const [commune, setCommune] = useState<{ code: string; name: string } | undefined>();
  const [consent, setConsent] = useState(false);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ severity: 'success' | 'error'; text: string } | undefined>();
  const [handOut, handing] = useMutation<any>(HAND_OUT);
  const searched = useDebounced(communeQuery.trim(), 250);
  const communes = useQuery<any>(SEARCH_COMMUNES, { variables: { query: searched }, skip: searched.length < 2 || commune?.name === communeQuery });
  const chosenPass = passNumber || props.passes[0]?.number || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(undefined);
    // The API's rules, checked before sending: a pass, an age band, a situation, a commune by INSEE code, consent.
    const found: Record<string, string> = {};
    if (!chosenPass) found.passNumber = 'Choisissez un pass à remettre.';
    if (!ageBand) found.ageBand = 'Indiquez la tranche d’âge.';
    if (!situation) found.situation = 'Indiquez la situation.';
    if (!commune) found.commune = 'Choisissez la commune de résidence dans la liste.';
    if (!consent) found.consent = frenchMessage('CONSENT_REQUIRED');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    try {
      const { data } = await handOut({
        variables: {
          input: { passNumber: chosenPass, profile: { ageBand, situation, residenceInseeCode: commune!.code, consent, ...(gender ? { gender } : {}) } },
        },
      });
      setOutcome({ severity: 'success', text: `Pass ${data.handOut.passes.map((p: any) => p.number).join(', ')} remis, valable jusqu’au ${formatDate(data.handOut.validUntil)}.` });
      setPassNumber('');
      setConsent(false);
      props.onHandedOut();
    } catch (error) {
      const field = errorField(error);
      setOutcome({ severity: 'error', text: frenchErrors(error) + (field ? ` (champ : ${field})` : '') });
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="handout-title" className="fr-mb-6w">
      <h2 id="handout-title" className="fr-h5">
        Remettre un pass
      </h2>
      <p className="fr-text--sm">Aucune donnée nominative : seul un profil anonyme est enregistré, avec l’accord de la personne.</p>
      <Select
        label="Pass à remettre"
        state={problems.passNumber ? 'error' : 'default'}
        stateRelatedMessage={problems.passNumber}
        nativeSelectProps={{ name: 'passNumber', value: chosenPass, onChange: (e) => setPassNumber(e.target.value) }}
      >
        {props.passes.length === 0 ? <option value="">Aucun pass disponible sur cette page de carnets</option> : null}
        {props.passes.map((p) => (
          <option key={p.number} value={p.number}>
            {p.number} (carnet {p.booklet})
          </option>
        ))}
      </Select>
      <Select
        label="Tranche d’âge"
        state={problems.ageBand ? 'error' : 'default'}
        stateRelatedMessage={problems.ageBand}
        nativeSelectProps={{ name: 'ageBand', value: ageBand, onChange: (e) => setAgeBand(e.target.value) }}
      >
        <option value="">Choisir</option>
        {Object.entries(AGE_BANDS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
      <Select label="Genre (facultatif)" nativeSelectProps={{ name: 'gender', value: gender, onChange: (e) => setGender(e.target.value) }}>
        <option value="">Non précisé</option>
        {Object.entries(GENDERS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
      <Select
        label="Situation"
        state={problems.situation ? 'error' : 'default'}
        stateRelatedMessage={problems.situation}
        nativeSelectProps={{ name: 'situation', value: situation, onChange: (e) => setSituation(e.target.value) }}
      >
        <option value="">Choisir</option>
        {Object.entries(SITUATIONS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
      <Input
        label="Commune de résidence"
        hintText="Tapez le début du nom, puis choisissez dans la liste"
        state={problems.commune ? 'error' : 'default'}
        stateRelatedMessage={problems.commune}
        nativeInputProps={{
          name: 'commune',
          autoComplete: 'off',
          value: communeQuery,
          onChange: (e) => {
            setCommuneQuery(e.target.value);
            setCommune(undefined);
          },
        }}
      />
      {!commune && communes.data?.searchCommunes.edges.length ? (
        <ul className="console-suggestions" aria-label="Communes trouvées" data-testid="commune-suggestions">
          {communes.data.searchCommunes.edges.map(({ node }: any) => (
            <li key={node.code}>
              <button
                type="button"
                className="fr-btn fr-btn--tertiary fr-btn--sm"
                onClick={() => {
                  setCommune({ code: node.code, name: node.name });
                  setCommuneQuery(node.name);
                }}
              >
                {node.name} ({node.postalCodes[0] ?? node.code})
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <Checkbox
        state={problems.consent ? 'error' : 'default'}
        stateRelatedMessage={problems.consent}
        options={[
          {
            label: 'La personne accepte l’enregistrement de ce profil anonyme',
            nativeInputProps: { name: 'consent', checked: consent, onChange: (e) => setConsent(e.target.checked) },
          },
        ]}
      />
      <Button type="submit" disabled={handing.loading}>
        Remettre le pass
      </Button>
      <div aria-live="polite" data-testid="handout-outcome">
        {outcome ? <Alert severity={outcome.severity} small description={outcome.text} className="fr-mt-2w" /> : null}
      </div>
    </form>
  );
}
