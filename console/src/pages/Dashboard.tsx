// The programme dashboard for programme staff and funders' auditors: key figures, the funnel,
// budget planned against actual, co-funders' shares, and the map with its drill-down.
import { gql } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState } from 'react';
import { HorizontalBars, PairedColumns } from '../components/Bars';
import { DepartementMap } from '../components/DepartementMap';
import { ErrorNotice } from '../components/ErrorNotice';
import { Pager, useCursorPages } from '../components/Pager';
import { ProgrammePicker, useProgrammeChoice } from '../components/ProgrammePicker';
import { formatInteger, formatRate, usageRate } from '../format';


interface Funnel {
  ordered: number;
  activated: number;
  allocated: number;
  handedOut: number;
  redeemed: number;
  reimbursed: number;
  expired: number;
  credited: number;
}

const DASHBOARD = gql`
  query Dashboard($code: String!) {
    programmeByCode(code: $code) {
      id
      code
      name
      startsOn
      endsOn
      perimeter {
        level
        code
        name
      }
      authorised {
        cents
        formatted
      }
      budget {
        committed {
          cents
          formatted
        }
        paid {
          cents
          formatted
        }
        remaining {
          cents
          formatted
        }
        years {
          budgetYear
          planned {
            cents
            formatted
          }
          actual {
            cents
            formatted
          }
        }
      }
      fundingPlan {
        coFunders {
          id
          displayName
          kind
          ratePercent
          planned {
            cents
            formatted
          }
        }
      }
      passes {
        funnel {
          ordered
          activated
          allocated
          handedOut
          redeemed
          reimbursed
          expired
          credited
        }
        funnelColumns(by: DEPARTEMENT) {
          keys
          handedOut
          redeemed
        }
      }
    }
  }
`;

const DEPARTEMENTS = gql`
  query RegionDepartements($region: String!) {
    territories(level: DEPARTEMENT, within: { level: REGION, code: $region }, first: 20) {
      edges {
        node {
          level
          code
          name
        }
      }
    }
  }
`;

const CHILDREN = gql`
  query TerritoryChildren($level: TerritoryLevel!, $within: TerritoryRefInput!, $programmeId: ID!, $first: Int!, $after: String) {
    territories(level: $level, within: $within, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          level
          code
          name
          population
          passFunnel(programmeId: $programmeId) {
            handedOut
            redeemed
            expired
          }
        }
      }
    }
  }
`;

/** The dashboard of a programme the person's role is held in: the one chosen on any page, else the demo's, else their first. */
export function Dashboard(props: { programmeIds?: string[] }) {
  const choice = useProgrammeChoice(props.programmeIds);
  if (choice.error) return <ErrorNotice error={choice.error} title="Les programmes n’ont pas pu être chargés" />;
  if (!choice.programme) return choice.loading ? <p aria-busy="true">Chargement des programmes…</p> : <p>Aucun programme n’est confié à votre rôle.</p>;
  return (
    <>
      {choice.offered.length > 1 ? <ProgrammePicker choice={choice} /> : null}
      <ProgrammeDashboard key={choice.programme.id} programmeCode={choice.programme.code} />
    </>
  );
}

function ProgrammeDashboard(props: { programmeCode: string }) {
  const { data, error, loading } = useQuery<any>(DASHBOARD, { variables: { code: props.programmeCode } });
  const programme = data?.programmeByCode;
  if (loading && !programme) return <p aria-busy="true">Chargement du tableau de bord…</p>;
  if (error && !programme) return <ErrorNotice error={error} title="Le tableau de bord n’a pas pu être chargé" />;
  if (!programme) return <p>Programme {props.programmeCode} introuvable.</p>;
  const funnel: Funnel = programme.passes?.funnel ?? { ordered: 0, activated: 0, allocated: 0, handedOut: 0, redeemed: 0, reimbursed: 0, expired: 0, credited: 0 };
  const budget = programme.budget;

  return (
    <div>
      <h1 className="fr-h2">{programme.name}</h1>
      <p className="fr-text--lead">
        Programme <code>{programme.code}</code> — du {new Date(programme.startsOn).toLocaleDateString('fr-FR')} au {new Date(programme.endsOn).toLocaleDateString('fr-FR')}
        {programme.perimeter ? ` — ${programme.perimeter.name}` : ''}
      </p>
      <ErrorNotice error={error} title="Une partie des chiffres n’a pas pu être chargée" />

      <section aria-labelledby="key-figures">
        <h2 id="key-figures" className="fr-h4">
          Chiffres clés
        </h2>
        <div className="fr-grid-row fr-grid-row--gutters" data-testid="key-figures">
          <KeyFigure label="Autorisé (AE)" value={programme.authorised.formatted} />
          <KeyFigure label="Engagé" value={budget?.committed.formatted ?? '—'} />
          <KeyFigure label="Payé" value={budget?.paid.formatted ?? '—'} />
          <KeyFigure label="Pass commandés" value={formatInteger(funnel.ordered)} />
          <KeyFigure label="Pass activés" value={formatInteger(funnel.activated)} />
          <KeyFigure label="Pass remis" value={formatInteger(funnel.handedOut)} />
          <KeyFigure label="Pass utilisés" value={formatInteger(funnel.redeemed)} />
          <KeyFigure label="Pass expirés" value={formatInteger(funnel.expired)} />
          <KeyFigure label="Taux d’utilisation" value={formatRate(usageRate(funnel.redeemed, funnel.handedOut))} hint="utilisés / remis" />
        </div>
      </section>

      <div className="fr-grid-row fr-grid-row--gutters fr-mt-4w">
        <section className="fr-col-12 fr-col-lg-6" aria-labelledby="funnel">
          <h2 id="funnel" className="fr-h4">
            Parcours des pass
          </h2>
          <HorizontalBars
            title="Nombre de pass à chaque étape"
            max={Math.max(1, funnel.ordered)}
            bars={[
              ['Commandés', funnel.ordered],
              ['Activés', funnel.activated],
              ['Attribués aux distributeurs', funnel.allocated],
              ['Remis aux bénéficiaires', funnel.handedOut],
              ['Utilisés dans un lieu', funnel.redeemed],
              ['Remboursés aux lieux', funnel.reimbursed],
              ['Expirés', funnel.expired],
            ].map(([label, value]) => ({ label: label as string, value: value as number, display: formatInteger(value as number) }))}
          />
        </section>
        <section className="fr-col-12 fr-col-lg-6" aria-labelledby="budget">
          <h2 id="budget" className="fr-h4">
            Budget prévu et réalisé par année
          </h2>
          {budget ? (
            <>
              <PairedColumns
                title="Crédits de paiement par année budgétaire"
                groups={budget.years.map((y: any) => ({
                  label: String(y.budgetYear),
                  planned: y.planned.cents,
                  actual: y.actual.cents,
                  plannedText: y.planned.formatted,
                  actualText: y.actual.formatted,
                }))}
              />
              <Table
                fixed
                caption="Échéancier de paiement et paiements réalisés"
                headers={['Année', 'Prévu', 'Réalisé']}
                data={budget.years.map((y: any) => [String(y.budgetYear), y.planned.formatted, y.actual.formatted])}
              />
            </>
          ) : (
            <p>Les chiffres budgétaires ne sont pas accessibles avec ce rôle.</p>
          )}
        </section>
      </div>

      <section aria-labelledby="co-funders" className="fr-mt-4w">
        <h2 id="co-funders" className="fr-h4">
          Plan de financement
        </h2>
        <HorizontalBars
          title="Part prévue de chaque cofinanceur"
          bars={programme.fundingPlan.coFunders.map((c: any) => ({ label: c.displayName, value: c.planned.cents, display: c.planned.formatted }))}
        />
        <Table
          caption="Cofinanceurs"
          headers={['Cofinanceur', 'Taux', 'Montant prévu', 'Part']}
          data={programme.fundingPlan.coFunders.map((c: any) => [
            c.displayName,
            c.ratePercent ? `${c.ratePercent.replace('.', ',')} %` : 'le solde',
            c.planned.formatted,
            formatRate(programme.authorised.cents > 0 ? c.planned.cents / programme.authorised.cents : undefined),
          ])}
        />
      </section>

      {programme.perimeter?.level === 'REGION' ? <TerritoryMap programmeId={programme.id} region={programme.perimeter.code} columns={programme.passes?.funnelColumns} /> : null}
    </div>
  );
}

function KeyFigure(props: { label: string; value: string; hint?: string }) {
  return (
    <div className="fr-col-6 fr-col-md-4 fr-col-lg-3">
      <div className="console-figure">
        <p className="console-figure__value">{props.value}</p>
        <p className="console-figure__label">
          {props.label}
          {props.hint ? <span className="fr-hint-text">{props.hint}</span> : null}
        </p>
      </div>
    </div>
  );
}

function TerritoryMap(props: { programmeId: string; region: string; columns?: { keys: string[]; handedOut: number[]; redeemed: number[] } }) {
  const { data, error } = useQuery<any>(DEPARTEMENTS, { variables: { region: props.region } });
  const [departement, setDepartement] = useState<string | undefined>();
  const [epci, setEpci] = useState<{ code: string; name: string } | undefined>();
  const index = new Map((props.columns?.keys ?? []).map((key, i) => [key, i]));
  const figures = (data?.territories.edges ?? []).map(({ node }: any) => {
    const i = index.get(node.code);
    const columns = props.columns;
    return { code: node.code, name: node.name, handedOut: i === undefined || !columns ? 0 : columns.handedOut[i], redeemed: i === undefined || !columns ? 0 : columns.redeemed[i] };
  });
  const chosen = figures.find((f: any) => f.code === departement);

  return (
    <section aria-labelledby="map" className="fr-mt-4w">
      <h2 id="map" className="fr-h4">
        Utilisation des pass par territoire
      </h2>
      <ErrorNotice error={error} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <DepartementMap
            figures={figures}
            selected={departement}
            onSelect={(code) => {
              setDepartement(code);
              setEpci(undefined);
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Table
            caption="Départements"
            headers={['Département', 'Remis', 'Utilisés', 'Taux']}
            data={figures.map((f: any) => [`${f.name} (${f.code})`, formatInteger(f.handedOut), formatInteger(f.redeemed), formatRate(usageRate(f.redeemed, f.handedOut))])}
          />
          <p className="fr-text--sm">Choisissez un département sur la carte pour voir ses intercommunalités, puis leurs communes.</p>
        </div>
      </div>
      {chosen ? (
        <ChildTable
          key={`EPCI-${chosen.code}`}
          title={`Intercommunalités (EPCI) — ${chosen.name}`}
          level="EPCI"
          within={{ level: 'DEPARTEMENT', code: chosen.code }}
          programmeId={props.programmeId}
          onOpen={(code, name) => setEpci({ code, name })}
        />
      ) : null}
      {epci ? <ChildTable key={`COMMUNE-${epci.code}`} title={`Communes — ${epci.name}`} level="COMMUNE" within={{ level: 'EPCI', code: epci.code }} programmeId={props.programmeId} /> : null}
    </section>
  );
}

const CHILD_PAGE = 10;

function ChildTable(props: { title: string; level: 'EPCI' | 'COMMUNE'; within: { level: string; code: string }; programmeId: string; onOpen?(code: string, name: string): void }) {
  const pages = useCursorPages();
  const { data, error, loading } = useQuery<any>(CHILDREN, {
    variables: { level: props.level, within: props.within, programmeId: props.programmeId, first: CHILD_PAGE, after: pages.after },
  });
  const connection = data?.territories;
  const onOpen = props.onOpen;
  return (
    <div className="fr-mt-3w" data-testid={`drill-${props.level}`}>
      <h3 className="fr-h5">{props.title}</h3>
      <ErrorNotice error={error} />
      {loading && !connection ? <p aria-busy="true">Chargement…</p> : null}
      {connection ? (
        <>
          <Table
            caption={`${props.title} (${formatInteger(connection.totalCount)})`}
            headers={[props.level === 'EPCI' ? 'Intercommunalité' : 'Commune', 'Population', 'Remis', 'Utilisés', 'Expirés', 'Taux']}
            data={connection.edges.map(({ node }: any) => [
              onOpen ? (
                <button key={node.code} type="button" className="fr-link" onClick={() => onOpen(node.code, node.name)}>
                  {node.name}
                </button>
              ) : (
                node.name
              ),
              formatInteger(node.population),
              formatInteger(node.passFunnel.handedOut),
              formatInteger(node.passFunnel.redeemed),
              formatInteger(node.passFunnel.expired),
              formatRate(usageRate(node.passFunnel.redeemed, node.passFunnel.handedOut)),
            ])}
          />
          <Pager label={props.title} pages={pages} pageInfo={connection.pageInfo} totalCount={connection.totalCount} pageSize={CHILD_PAGE} />
        </>
      ) : null}
    </div>
  );
}
