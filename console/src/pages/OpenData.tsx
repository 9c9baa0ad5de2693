// The open-data view, for anyone without signing in: aggregate figures by territory and the
// qualified places. Only open fields are asked for: nothing about a person, no IBAN, no contact.
import { gql } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { ErrorNotice } from '../components/ErrorNotice';
import { Pager, useCursorPages } from '../components/Pager';
import { formatInteger, formatRate, usageRate } from '../format';
import { DEMO_PROGRAMME_CODE } from './Dashboard';

const FIGURES = gql`
  query OpenFigures($code: String!) {
    programmeByCode(code: $code) {
      id
      name
      perimeter {
        level
        code
        name
      }
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
const BY_DEPARTEMENT = gql`
  query OpenByDepartement($region: String!, $programmeId: ID!) {
    territories(level: DEPARTEMENT, within: { level: REGION, code: $region }, first: 20) {
      edges {
        node {
          level
          code
          name
          population
          passFunnel(programmeId: $programmeId) {
            handedOut
            redeemed
          }
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
      <ErrorNotice error={figures.error} />
      {programme ? (
        <section aria-labelledby="open-figures">
          <h2 id="open-figures" className="fr-h5">
            {programme.name}
          </h2>
          {funnel ? (
            <ul className="console-inline-figures" data-testid="open-figures">
              <li>
                <strong>{formatInteger(funnel.ordered)}</strong> pass commandés
              </li>
              <li>
                <strong>{formatInteger(funnel.handedOut)}</strong> remis
              </li>
              <li>
                <strong>{formatInteger(funnel.redeemed)}</strong> utilisés
              </li>
              <li>
                <strong>{formatRate(usageRate(funnel.redeemed, funnel.handedOut))}</strong> taux d’utilisation
              </li>
            </ul>
          ) : null}
          {programme.perimeter?.level === 'REGION' ? <ByDepartement region={programme.perimeter.code} programmeId={programme.id} /> : null}
        </section>
      ) : null}
      <OpenPlaces />
    </div>
  );
}

function ByDepartement(props: { region: string; programmeId: string }) {
  const { data, error } = useQuery<any>(BY_DEPARTEMENT, { variables: props });
  return (
    <>
      <ErrorNotice error={error} />
      {data ? (
        <Table
          caption="Par département"
          headers={['Département', 'Population', 'Pass remis', 'Pass utilisés', 'Taux']}
          data={data.territories.edges.map(({ node }: any) => [
            `${node.name} (${node.code})`,
            formatInteger(node.population),
            formatInteger(node.passFunnel.handedOut),
            formatInteger(node.passFunnel.redeemed),
            formatRate(usageRate(node.passFunnel.redeemed, node.passFunnel.handedOut)),
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
