// A distributor's desk, made for a phone: its figures, its booklets, and handing a pass out
// with the beneficiary's pseudonymous profile (no name, address, birth date or contact). The pass
// offered is the next one of each programme across all its booklets (nextPassesToHandOut), not
// only those of the page of booklets shown. Lists are cards: a 390 px phone never scrolls sideways.
import { CombinedGraphQLErrors, gql } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { frenchErrors } from '../apollo';
import { ErrorNotice } from '../components/ErrorNotice';
import { CommuneCombobox, type Commune } from '../components/CommuneCombobox';
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
          order {
            id
            programme {
              id
              name
            }
          }
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
const NEXT_PASSES = gql`
  query NextPassesToHandOut($organisationId: ID!) {
    nextPassesToHandOut(organisationId: $organisationId) {
      passNumber
      availableCount
      programme {
        id
        name
      }
      booklet {
        id
        number
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
  const next = useQuery<any>(NEXT_PASSES, { variables: { organisationId: props.organisationId }, skip: !props.organisationId, fetchPolicy: 'network-only' });
  if (!props.organisationId) return <Alert severity="warning" small description="Ce compte n’est rattaché à aucune organisation." />;
  const funnel = figures.data?.organisation?.distributorPassFunnel;
  const connection = booklets.data?.distributorBooklets;
  const nextPasses: NextPass[] = (next.data?.nextPassesToHandOut ?? []).map((n: any) => ({ number: n.passNumber, booklet: n.booklet.number, programme: n.programme.name, available: n.availableCount }));

  return (
    <div className="console-narrow">
      <h1 className="fr-h3">{figures.data?.organisation?.name ?? 'Distributeur'}</h1>
      <ErrorNotice error={figures.error ?? booklets.error ?? next.error} />
      {funnel ? <FunnelFigures first={funnel.allocated} firstLabel="pass reçus" handedOut={funnel.handedOut} redeemed={funnel.redeemed} testId="distributor-figures" /> : null}

      <HandOutForm
        passes={nextPasses}
        loading={next.loading && !next.data}
        onHandedOut={() => {
          void next.refetch();
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
            <p className="fr-mb-1w">Carnets ({formatInteger(connection.totalCount)})</p>
            <ul className="console-cards" aria-label="Mes carnets" data-testid="booklets">
              {connection.edges.map(({ node }: any) => (
                <li key={node.id} className="console-card">
                  <p className="fr-mb-1v">
                    <strong>Carnet {node.number}</strong> — {BOOKLET_STATES[node.state] ?? node.state}
                  </p>
                  <p className="fr-text--sm fr-mb-0 console-wrap">
                    {node.order.programme.name} · remis {node.handedOutCount} / {node.size} · utilisés {node.redeemedCount}
                  </p>
                </li>
              ))}
            </ul>
            <Pager label="carnets" pages={pages} pageInfo={connection.pageInfo} totalCount={connection.totalCount} pageSize={BOOKLET_PAGE} />
          </>
        ) : (
          <p aria-busy="true">Chargement des carnets…</p>
        )}
      </section>
    </div>
  );
}

/** The next pass of one programme, with how many of the distributor's passes are left to hand out there. */
interface NextPass {
  number: string;
  booklet: string;
  programme: string;
  available: number;
}

const PERIMETER_LEVELS: Record<string, string> = { REGION: 'région', DEPARTEMENT: 'département', EPCI: 'intercommunalité', COMMUNE: 'commune', ZONE: 'zone du programme' };

/** A refused hand-out in French; outside the perimeter, the territory where these passes may go (extensions.perimeterName). */
export function handOutRefusal(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const outside = error.errors.find((e) => e.extensions?.code === 'OUTSIDE_PERIMETER')?.extensions;
    if (typeof outside?.perimeterName === 'string') {
      const level = PERIMETER_LEVELS[String(outside.perimeterLevel)];
      return `La commune de résidence est hors du territoire de ce pass : il ne peut être remis qu’à une personne habitant ${outside.perimeterName}${level ? ` (${level})` : ''}.`;
    }
  }
  return frenchErrors(error);
}

function HandOutForm(props: { passes: NextPass[]; loading: boolean; onHandedOut(): void }) {
  const [passNumber, setPassNumber] = useState('');
  const [ageBand, setAgeBand] = useState('');
  const [gender, setGender] = useState('');
  const [situation, setSituation] = useState('');
  const [commune, setCommune] = useState<Commune | undefined>();
  const [consent, setConsent] = useState(false);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ severity: 'success' | 'error'; text: string } | undefined>();
  const [handOut, handing] = useMutation<any>(HAND_OUT);
  // A pass handed out meanwhile drops out of the list: the next of its programme takes its place.
  const chosenPass = props.passes.some((p) => p.number === passNumber) ? passNumber : (props.passes[0]?.number ?? '');

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
      setOutcome({ severity: 'error', text: handOutRefusal(error) });
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
        {props.passes.length === 0 ? <option value="">{props.loading ? 'Recherche du prochain pass…' : 'Aucun pass à remettre dans vos carnets'}</option> : null}
        {props.passes.map((p) => (
          <optgroup key={p.number} label={p.programme}>
            <option value={p.number}>
              {p.number} (carnet {p.booklet}) — {formatInteger(p.available)} à remettre
            </option>
          </optgroup>
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
      <CommuneCombobox name="commune" label="Commune de résidence" hint="Tapez le début du nom, puis choisissez dans la liste" value={commune} onChange={setCommune} error={problems.commune} />
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
