// Alerts of a programme for its staff, and the re-allocation suggestions with their one-click
// action for the programme manager: take the idle booklets back from the distributor that will
// not hand them out (returnBooklets), then allocate them to the one that will run short
// (allocateBooklets). Also: passes at risk of expiring at J-30/J-15/J-7, low usage, qualified
// places with no redemption, and every distributor's funnel.
import { gql } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState, type FormEvent } from 'react';
import { frenchErrors } from '../apollo';
import { ErrorNotice } from '../components/ErrorNotice';
import { Pager, useCursorPages } from '../components/Pager';
import { ProgrammePicker, useProgrammeChoice } from '../components/ProgrammePicker';
import { formatDate, formatInteger, formatRate } from '../format';

const ALERTS = gql`
  query ProgrammeAlerts($programmeId: ID!, $below: Float!, $minHandedOut: Int!) {
    programmePasses(programmeId: $programmeId) {
      endsOn
      alerts {
        asOf
        reallocationSuggestions(lowUsageBelow: $below, minHandedOut: $minHandedOut) {
          daysLeft
          suggestions {
            from {
              id
              name
            }
            to {
              id
              name
            }
            bookletIds
            passCount
            fromUsageRate
            toUsageRate
            fromSurplus
            toShortfall
            expectedRedeemed
            expectedLostAtSource
            expectedGain
          }
        }
        expiringPasses(by: DISTRIBUTOR, first: 20) {
          totalCount
          totals {
            horizonDays
            endsBy
            handedOutNotRedeemed
            allocatedNotHandedOut
            inStock
          }
          rows {
            key
            organisation {
              id
              name
            }
            horizons {
              horizonDays
              handedOutNotRedeemed
              allocatedNotHandedOut
            }
          }
        }
        lowUsage(by: DISTRIBUTOR, below: $below, minHandedOut: $minHandedOut, first: 20) {
          programmeUsageRate
          totalCount
          rows {
            key
            organisation {
              id
              name
            }
            funnel {
              handedOut
              redeemed
              usageRate
            }
          }
        }
        lowUsageEpci: lowUsage(by: EPCI, below: $below, minHandedOut: $minHandedOut, first: 20) {
          totalCount
          rows {
            key
            territory {
              level
              code
              name
            }
            funnel {
              handedOut
              redeemed
              usageRate
            }
          }
        }
      }
    }
  }
`;
const PLACES_WITHOUT_REDEMPTION = gql`
  query PlacesWithoutRedemption($programmeId: ID!, $first: Int!, $after: String) {
    programmePasses(programmeId: $programmeId) {
      alerts {
        placesWithoutRedemption(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              place {
                id
                name
              }
              organisation {
                id
                name
              }
              commune {
                level
                code
                name
              }
            }
          }
        }
      }
    }
  }
`;
const DISTRIBUTOR_FUNNELS = gql`
  query DistributorFunnels($programmeId: ID!, $first: Int!, $after: String) {
    programmePasses(programmeId: $programmeId) {
      usageBreakdown(by: DISTRIBUTOR, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          key
          organisation {
            id
            name
          }
          funnel {
            allocated
            handedOut
            redeemed
            expired
            usageRate
          }
        }
      }
    }
  }
`;
const RETURN_BOOKLETS = gql`
  mutation ConsoleReturnBooklets($bookletIds: [ID!]!) {
    returnBooklets(bookletIds: $bookletIds) {
      id
      state
    }
  }
`;
const ALLOCATE_BOOKLETS = gql`
  mutation ConsoleAllocateBooklets($input: AllocateBookletsInput!) {
    allocateBooklets(input: $input) {
      id
      state
    }
  }
`;

const rate = (value: number | null | undefined) => formatRate(value ?? undefined);

export function Alerts(props: { canAct: boolean; programmeIds?: string[] }) {
  const choice = useProgrammeChoice(props.programmeIds);
  const programme = choice.programme;
  return (
    <div>
      <h1 className="fr-h3">Alertes et réallocations</h1>
      <ProgrammePicker choice={choice} />
      {choice.loading && !programme ? <p aria-busy="true">Chargement des programmes…</p> : null}
      {programme ? <ProgrammeAlerts key={programme.id} programmeId={programme.id} canAct={props.canAct} /> : null}
    </div>
  );
}

function ProgrammeAlerts(props: { programmeId: string; canAct: boolean }) {
  // Thresholds: a usage rate on a few passes says little, hence a minimum of passes handed out.
  const [thresholds, setThresholds] = useState({ belowPercent: '50', minHandedOut: '100' });
  const [applied, setApplied] = useState({ below: 0.5, minHandedOut: 100 });
  const [thresholdProblem, setThresholdProblem] = useState<string | undefined>();
  const { data, error, loading, refetch } = useQuery<any>(ALERTS, { variables: { programmeId: props.programmeId, ...applied } });
  const alerts = data?.programmePasses?.alerts;

  const onApply = (event: FormEvent) => {
    event.preventDefault();
    const below = Number(thresholds.belowPercent.replace(',', '.'));
    const minHandedOut = Number(thresholds.minHandedOut);
    if (!Number.isFinite(below) || below < 0 || below > 100 || !Number.isSafeInteger(minHandedOut) || minHandedOut < 0) {
      return setThresholdProblem('Le seuil est un pourcentage de 0 à 100 ; le minimum de pass remis, un nombre entier positif.');
    }
    setThresholdProblem(undefined);
    setApplied({ below: below / 100, minHandedOut });
  };

  return (
    <>
      <form onSubmit={onApply} noValidate className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-2w" aria-label="Seuils des alertes">
        <div className="fr-col-12 fr-col-sm-4">
          <Input label="Utilisation faible sous (%)" nativeInputProps={{ name: 'below', inputMode: 'decimal', value: thresholds.belowPercent, onChange: (e) => setThresholds({ ...thresholds, belowPercent: e.target.value }) }} />
        </div>
        <div className="fr-col-12 fr-col-sm-4">
          <Input
            label="À partir de (pass remis)"
            hintText="En dessous, un taux dit peu de chose."
            nativeInputProps={{ name: 'minHandedOut', inputMode: 'numeric', value: thresholds.minHandedOut, onChange: (e) => setThresholds({ ...thresholds, minHandedOut: e.target.value }) }}
          />
        </div>
        <div className="fr-col-12 fr-col-sm-4 fr-mb-3w">
          <Button type="submit" priority="secondary">
            Appliquer
          </Button>
        </div>
      </form>
      {thresholdProblem ? <Alert severity="error" small description={thresholdProblem} className="fr-mb-2w" /> : null}
      <ErrorNotice error={error} title={alerts ? 'Une partie des alertes n’a pas pu être chargée' : 'Les alertes n’ont pas pu être chargées'} />
      {loading && !alerts ? <p aria-busy="true">Calcul des alertes…</p> : null}
      {data && !data.programmePasses ? <p>Le service des pass ne connaît pas encore ce programme.</p> : null}
      {alerts ? (
        <>
          <p>Situation au {formatDate(alerts.asOf)}.</p>
          <Suggestions plan={alerts.reallocationSuggestions} canAct={props.canAct} onMoved={() => void refetch()} />
          <Expiring alert={alerts.expiringPasses} />
          <LowUsage distributors={alerts.lowUsage} epcis={alerts.lowUsageEpci} />
        </>
      ) : null}
      <PlacesWithoutRedemption programmeId={props.programmeId} />
      <DistributorFunnels programmeId={props.programmeId} />
    </>
  );
}

function Suggestions(props: { plan: any; canAct: boolean; onMoved(): void }) {
  const [returnBooklets] = useMutation<any>(RETURN_BOOKLETS);
  const [allocateBooklets] = useMutation<any>(ALLOCATE_BOOKLETS);
  const [moving, setMoving] = useState<number | undefined>();
  const [outcome, setOutcome] = useState<{ severity: 'success' | 'error' | 'warning'; text: string } | undefined>();
  const suggestions: any[] = props.plan?.suggestions ?? [];

  // Two calls: the booklets come back into stock, then go to the receiver. If the second fails,
  // they stay in stock (nothing is lost) and the page says so.
  const move = async (index: number, s: any) => {
    setMoving(index);
    setOutcome(undefined);
    try {
      try {
        await returnBooklets({ variables: { bookletIds: s.bookletIds } });
      } catch (failure) {
        return setOutcome({ severity: 'error', text: `Les carnets n’ont pas pu être repris à ${s.from.name} : ${frenchErrors(failure)}` });
      }
      try {
        await allocateBooklets({ variables: { input: { distributorOrganisationId: s.to.id, bookletIds: s.bookletIds } } });
      } catch (failure) {
        return setOutcome({ severity: 'warning', text: `Les carnets ont été repris à ${s.from.name} et sont en stock, mais n’ont pas pu être attribués à ${s.to.name} : ${frenchErrors(failure)}` });
      }
      setOutcome({ severity: 'success', text: `${formatInteger(s.bookletIds.length)} carnet(s), ${formatInteger(s.passCount)} pass, déplacé(s) de ${s.from.name} vers ${s.to.name}.` });
      props.onMoved();
    } finally {
      setMoving(undefined);
    }
  };

  return (
    <section aria-labelledby="suggestions-title" className="fr-mb-4w" data-testid="suggestions">
      <h2 id="suggestions-title" className="fr-h5">
        Carnets à réattribuer
      </h2>
      <p className="fr-text--sm">
        Des carnets qu’un distributeur ne remettra pas avant la fin ({props.plan ? `${formatInteger(props.plan.daysLeft)} jours restants` : '—'}) vers un distributeur qui en manquera et dont les bénéficiaires utilisent leurs pass.
      </p>
      <div aria-live="polite" data-testid="move-outcome">
        {outcome ? <Alert severity={outcome.severity} small description={outcome.text} className="fr-mb-2w" /> : null}
      </div>
      {suggestions.length === 0 ? (
        <p>Aucune réattribution suggérée pour l’instant.</p>
      ) : (
        <Table
          caption={`Suggestions (${formatInteger(suggestions.length)})`}
          headers={['De', 'Vers', 'Pass', 'Utilisation (de → vers)', 'Surplus / manque', 'Effet attendu', 'Action']}
          data={suggestions.map((s, i) => [
            s.from.name,
            s.to.name,
            `${formatInteger(s.passCount)} (${formatInteger(s.bookletIds.length)} carnet${s.bookletIds.length > 1 ? 's' : ''})`,
            `${rate(s.fromUsageRate)} → ${rate(s.toUsageRate)}`,
            `${formatInteger(s.fromSurplus)} / ${formatInteger(s.toShortfall)}`,
            `+${formatInteger(s.expectedGain)} pass utilisés`,
            props.canAct ? (
              <Button key={s.bookletIds.join()} size="small" disabled={moving !== undefined} onClick={() => void move(i, s)}>
                {moving === i ? 'Déplacement en cours…' : `Déplacer vers ${s.to.name}`}
              </Button>
            ) : (
              '—'
            ),
          ])}
        />
      )}
    </section>
  );
}

function Expiring(props: { alert: any }) {
  const totals: any[] = props.alert?.totals ?? [];
  return (
    <section aria-labelledby="expiring-title" className="fr-mb-4w" data-testid="expiring">
      <h2 id="expiring-title" className="fr-h5">
        Pass menacés d’expiration
      </h2>
      <Table
        caption="Pour tout le programme"
        headers={['Échéance', 'Jusqu’au', 'Remis, non utilisés', 'Attribués, non remis', 'En stock']}
        data={totals.map((h) => [`J-${h.horizonDays}`, formatDate(h.endsBy), formatInteger(h.handedOutNotRedeemed), formatInteger(h.allocatedNotHandedOut), formatInteger(h.inStock)])}
      />
      {props.alert?.rows.length ? (
        <Table
          caption={`Par distributeur (${formatInteger(props.alert.totalCount)})`}
          headers={['Distributeur', ...totals.map((h) => `J-${h.horizonDays} : remis / attribués`)]}
          data={props.alert.rows.map((row: any) => [row.organisation?.name ?? row.key, ...row.horizons.map((h: any) => `${formatInteger(h.handedOutNotRedeemed)} / ${formatInteger(h.allocatedNotHandedOut)}`)])}
        />
      ) : null}
    </section>
  );
}

function LowUsage(props: { distributors: any; epcis: any }) {
  const rows = (alert: any, name: (row: any) => string) =>
    alert.rows.map((row: any) => [name(row), formatInteger(row.funnel.handedOut), formatInteger(row.funnel.redeemed), rate(row.funnel.usageRate)]);
  return (
    <section aria-labelledby="low-usage-title" className="fr-mb-4w" data-testid="low-usage">
      <h2 id="low-usage-title" className="fr-h5">
        Utilisation faible
      </h2>
      <p className="fr-text--sm">Taux d’utilisation du programme : {rate(props.distributors?.programmeUsageRate)} (pass utilisés / remis).</p>
      {props.distributors?.totalCount ? (
        <Table caption={`Distributeurs (${formatInteger(props.distributors.totalCount)})`} headers={['Distributeur', 'Remis', 'Utilisés', 'Taux']} data={rows(props.distributors, (r) => r.organisation?.name ?? r.key)} />
      ) : (
        <p>Aucun distributeur sous le seuil.</p>
      )}
      {props.epcis?.totalCount ? (
        <Table caption={`Intercommunalités (${formatInteger(props.epcis.totalCount)})`} headers={['Intercommunalité', 'Remis', 'Utilisés', 'Taux']} data={rows(props.epcis, (r) => r.territory?.name ?? r.key)} />
      ) : (
        <p>Aucune intercommunalité sous le seuil.</p>
      )}
    </section>
  );
}

const PLACE_PAGE = 10;

function PlacesWithoutRedemption(props: { programmeId: string }) {
  const pages = useCursorPages();
  const { data, error } = useQuery<any>(PLACES_WITHOUT_REDEMPTION, { variables: { programmeId: props.programmeId, first: PLACE_PAGE, after: pages.after } });
  const connection = data?.programmePasses?.alerts?.placesWithoutRedemption;
  return (
    <section aria-labelledby="idle-places-title" className="fr-mb-4w">
      <h2 id="idle-places-title" className="fr-h5">
        Lieux qualifiés sans aucun pass utilisé
      </h2>
      <ErrorNotice error={error} />
      {connection && connection.totalCount === 0 ? <p>Tous les lieux qualifiés ont reçu au moins un pass.</p> : null}
      {connection && connection.totalCount > 0 ? (
        <>
          <Table
            caption={`Lieux (${formatInteger(connection.totalCount)})`}
            headers={['Lieu', 'Organisation', 'Commune']}
            data={connection.edges.map(({ node }: any) => [node.place.name, node.organisation.name, node.commune?.name ?? node.commune?.code ?? '—'])}
          />
          <Pager label="lieux sans pass utilisé" pages={pages} pageInfo={connection.pageInfo} totalCount={connection.totalCount} pageSize={PLACE_PAGE} />
        </>
      ) : null}
    </section>
  );
}

const DISTRIBUTOR_PAGE = 10;

function DistributorFunnels(props: { programmeId: string }) {
  const pages = useCursorPages();
  const { data, error } = useQuery<any>(DISTRIBUTOR_FUNNELS, { variables: { programmeId: props.programmeId, first: DISTRIBUTOR_PAGE, after: pages.after } });
  const connection = data?.programmePasses?.usageBreakdown;
  return (
    <section aria-labelledby="distributor-funnels-title" className="fr-mb-4w" data-testid="distributor-funnels">
      <h2 id="distributor-funnels-title" className="fr-h5">
        Parcours des pass par distributeur
      </h2>
      <ErrorNotice error={error} />
      {connection && connection.totalCount === 0 ? <p>Aucun carnet attribué pour l’instant.</p> : null}
      {connection && connection.totalCount > 0 ? (
        <>
          <Table
            caption={`Distributeurs (${formatInteger(connection.totalCount)})`}
            headers={['Distributeur', 'Attribués', 'Remis', 'Utilisés', 'Expirés', 'Taux']}
            data={connection.nodes.map((row: any) => [
              row.organisation?.name ?? row.key,
              formatInteger(row.funnel.allocated),
              formatInteger(row.funnel.handedOut),
              formatInteger(row.funnel.redeemed),
              formatInteger(row.funnel.expired),
              rate(row.funnel.usageRate),
            ])}
          />
          <Pager label="distributeurs" pages={pages} pageInfo={connection.pageInfo} totalCount={connection.totalCount} pageSize={DISTRIBUTOR_PAGE} />
        </>
      ) : null}
    </section>
  );
}
