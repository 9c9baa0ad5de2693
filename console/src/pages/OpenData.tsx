// The open-data view, for anyone without signing in: aggregate figures by territory and the
// qualified places. Only open fields are asked for: nothing about a person, no IBAN, no contact.
import { gql } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { ErrorNotice } from '../components/ErrorNotice';
import { FunnelFigures } from '../components/FunnelFigures';
import { Pager, useCursorPages } from '../components/Pager';
import { formatInteger, formatRate } from '../format';
import { DEMO_PROGRAMME_CODE } from '../components/ProgrammePicker';

const FIGURES = gql`
  query OpenFigures($code: String!) {
    programmeByCode(code: $code) {
      id
      name
      passes {
        funnel {
          ordered
          handedOut
          redeemed
          expired
        }
      }
    }
  }
`;
// Figures by territory come from open data, where small counts are suppressed: the API refuses
// the anonymous public the raw funnels of a territory (services/passes, open-data/detail-access.ts).
// The cache identifies a territory by its level and code (apollo.ts): both are asked for, or the
// answer cannot be stored and the table never shows.
const BY_DEPARTEMENT = gql`
  query OpenByDepartement($programmeId: ID!) {
    openPassFigures(programmeId: $programmeId, level: DEPARTEMENT, first: 200) {
      threshold
      rows {
        nodes {
          territory {
            level
            code
            name
            population
          }
          peopleHelped
          passesHandedOut
          passesRedeemed
          usageRate
          suppression
        }
      }
    }
  }
`;
const PLACES = gql`
  query OpenPlaces($first: Int!, $after: String) {
    places(qualifiedOnly: true, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          acceptsPasses
          openingHours
          address {
            street
            postalCode
            communeName
          }
        }
      }
    }
  }
`;

const PLACE_PAGE = 10;

export function OpenData() {
  const figures = useQuery<any>(FIGURES, { variables: { code: DEMO_PROGRAMME_CODE } });
  const programme = figures.data?.programmeByCode;
  const funnel = programme?.passes?.funnel;
  return (
    <div>
      <h1 className="fr-h3">Données ouvertes du pass numérique</h1>
      <p>Pour le public, le site du pass numérique présente ces chiffres pour chaque programme, avec leurs téléchargements, et les lieux où utiliser un pass près de chez soi.</p>
      <ErrorNotice error={figures.error} />
      {programme ? (
        <section aria-labelledby="open-figures">
          <h2 id="open-figures" className="fr-h5">
            {programme.name}
          </h2>
          {funnel ? <FunnelFigures first={funnel.ordered} firstLabel="pass commandés" handedOut={funnel.handedOut} redeemed={funnel.redeemed} testId="open-figures" /> : null}
          <ByDepartement programmeId={programme.id} />
        </section>
      ) : null}
      <OpenPlaces />
    </div>
  );
}

function ByDepartement(props: { programmeId: string }) {
  const { data, error } = useQuery<any>(BY_DEPARTEMENT, { variables: props });
  const figures = data?.openPassFigures;
  const shown = (value: number | null, format: (n: number) => string) => (value === null || value === undefined ? 'secret statistique' : format(value));
  return (
    <>
      <ErrorNotice error={error} />
      {figures ? (
        <Table
          caption={`Par département (aucune case ne décrit moins de ${figures.threshold} personnes)`}
          headers={['Département', 'Population', 'Personnes aidées', 'Pass remis', 'Pass utilisés', 'Taux']}
          data={figures.rows.nodes.map((node: any) => [
            `${node.territory.name} (${node.territory.code})`,
            formatInteger(node.territory.population),
            shown(node.peopleHelped, formatInteger),
            shown(node.passesHandedOut, formatInteger),
            shown(node.passesRedeemed, formatInteger),
            shown(node.usageRate, formatRate),
          ])}
        />
      ) : null}
    </>
  );
}

function OpenPlaces() {
  const pages = useCursorPages();
  const { data, error } = useQuery<any>(PLACES, { variables: { first: PLACE_PAGE, after: pages.after } });
  const connection = data?.places;
  return (
    <section aria-labelledby="open-places" className="fr-mt-4w">
      <h2 id="open-places" className="fr-h5">
        Lieux qui acceptent le pass
      </h2>
      <ErrorNotice error={error} />
      {connection ? (
        <>
          <Table
            caption={`Lieux qualifiés (${formatInteger(connection.totalCount)})`}
            headers={['Lieu', 'Adresse', 'Horaires']}
            data={connection.edges.map(({ node }: any) => [node.name, `${node.address.street}, ${node.address.postalCode} ${node.address.communeName ?? ''}`, node.openingHours ?? '—'])}
          />
          <Pager label="lieux" pages={pages} pageInfo={connection.pageInfo} totalCount={connection.totalCount} pageSize={PLACE_PAGE} />
        </>
      ) : null}
    </section>
  );
}
