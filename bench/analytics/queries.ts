// The queries the benchmark sends: the dashboard as docs/analytics.md writes it (one query per
// view), a single-subgraph query for the gateway's own overhead, the alerts and the open data.
const FUNNEL = `ordered activated allocated handedOut redeemed reimbursed expired credited usageRate activatedUsageRate`;
const BUDGET = `budget { asOf authorised { cents } committed { cents } paid { cents } remaining { cents } toPay { cents }
  years { budgetYear status planned { cents } actual { cents } forecast { cents } } forecast { dailyPace { cents } unpaidAtScheduleEnd { cents } } passesUsed }`;

/**
 * Budget, funnel and people helped for the programme, and one row per département joined with
 * territory (name, population); places open for every département from partners in one root
 * field, fetched in parallel with funding (the client matches rows and counts by code).
 */
export const DEPARTEMENTS_DASHBOARD = `query DepartementsDashboard($id: ID!, $first: Int) {
  programme(id: $id) {
    code name ${BUDGET}
    passes {
      funnel { ${FUNNEL} }
      peopleHelped { count passesCost { cents } costPerPerson { cents } }
      departements: usageBreakdown(by: DEPARTEMENT, first: $first) {
        totalCount
        nodes { key territory { name population } funnel { ${FUNNEL} } peopleHelped { count passesCost { cents } costPerPerson { cents } } }
      }
    }
  }
  placesOpen: placeCountColumns(level: DEPARTEMENT, qualifiedOnly: true) { keys counts }
}`;

/** The same with places open asked on each row (Territory.placeCount): a third hop, to partners, after passes. */
export const DEPARTEMENTS_DASHBOARD_PLACES_PER_ROW = DEPARTEMENTS_DASHBOARD.replace('territory { name population }', 'territory { name population placeCount(qualifiedOnly: true) }').replace(
  /\n {2}placesOpen: [^\n]*/,
  '',
);

/** The same for every commune of France, as one CSV text per subgraph (figures from passes, places open by commune from partners). */
export const COMMUNES_DASHBOARD = `query CommunesDashboard($id: ID!) {
  programme(id: $id) {
    code name ${BUDGET}
    passes {
      funnel { ${FUNNEL} }
      peopleHelped { count passesCost { cents } costPerPerson { cents } }
      communes: usageColumns(by: COMMUNE) { csv }
    }
  }
  placesOpen: placeCountColumns(level: COMMUNE, qualifiedOnly: true) { csv }
}`;

/** The same with the communes' figures as GraphQL lists (one list per figure): the gateway walks every value. */
export const COMMUNES_DASHBOARD_LISTS = COMMUNES_DASHBOARD.replace(
  'communes: usageColumns(by: COMMUNE) { csv }',
  'communes: usageColumns(by: COMMUNE) { keys handedOut redeemed usageRate peopleHelped costPerPersonCents population }',
).replace('placeCountColumns(level: COMMUNE, qualifiedOnly: true) { csv }', 'placeCountColumns(level: COMMUNE, qualifiedOnly: true) { keys counts }');

/** Passes alone: the programme's funnel and people helped and one row per département. */
export const PASSES_ONLY = `query PassesRows($id: ID!, $first: Int) {
  programmePasses(programmeId: $id) {
    funnel { ${FUNNEL} }
    peopleHelped { count passesCost { cents } costPerPerson { cents } }
    departements: usageBreakdown(by: DEPARTEMENT, first: $first) { nodes { key funnel { ${FUNNEL} } peopleHelped { count costPerPerson { cents } } } }
  }
}`;

/** One indexed lookup in one subgraph: what a gateway adds and little else. */
export const TRIVIAL = `query Trivial($id: ID!) { programmePasses(programmeId: $id) { code } }`;

const alerts = (body: string) => `query Alert($id: ID!, $asOf: Date) { programmePasses(programmeId: $id) { alerts(asOf: $asOf) { ${body} } } }`;

export const ALERT_QUERIES: Array<{ name: string; query: string; check?: (data: any) => void }> = [
  {
    name: 'passes at risk at J-30/J-15/J-7, by département',
    query: alerts(`expiringPasses(by: DEPARTEMENT, first: 200) { totals { horizonDays handedOutNotRedeemed allocatedNotHandedOut inStock } totalCount rows { key horizons { horizonDays handedOutNotRedeemed allocatedNotHandedOut } } }`),
  },
  {
    name: 'passes at risk at J-30/J-15/J-7, by distributor (top 100)',
    query: alerts(`expiringPasses(by: DISTRIBUTOR, first: 100) { totals { horizonDays handedOutNotRedeemed allocatedNotHandedOut } totalCount rows { key horizons { handedOutNotRedeemed allocatedNotHandedOut } } }`),
  },
  { name: 'low usage, communes (≥ 100 handed out, < 50 %), worst 50', query: alerts(`lowUsage(by: COMMUNE) { totalCount programmeUsageRate rows { key funnel { handedOut redeemed usageRate } } }`) },
  { name: 'low usage, distributors, worst 50', query: alerts(`lowUsage(by: DISTRIBUTOR, minHandedOut: 50) { totalCount rows { key funnel { handedOut redeemed usageRate } peopleHelped { count } } }`) },
  { name: 'qualified places without redemption (first 50 + count)', query: alerts(`placesWithoutRedemption(first: 50) { totalCount edges { node { place { id } commune { code } } } }`) },
  {
    name: 'reallocation suggestions (first 20)',
    query: alerts(`reallocationSuggestions(first: 20) { daysLeft suggestions { from { id } to { id } passCount expectedRedeemed expectedGain } }`),
  },
];

export const OPEN_DATA_JSON = `query OpenData($id: ID!, $level: TerritoryLevel!, $first: Int) {
  openPassFigures(programmeId: $id, level: $level, first: $first) { threshold programme { peopleHelped suppression } rows { totalCount nodes { territory { code } peopleHelped passesHandedOut passesRedeemed usageRate suppression } } }
}`;
export const OPEN_DATA_CSV = `query OpenDataCsv($id: ID!, $level: TerritoryLevel!) { openPassFiguresCsv(programmeId: $id, level: $level) }`;

/** The départements dashboard cut into what each subgraph is asked by the gateway's query plan. */
export function SUBGRAPH_PARTS(id: string, departements: Array<Record<string, string>>, urls: Record<'funding' | 'passes' | 'territory' | 'partners', string>): Array<[string, string, string, Record<string, unknown>]> {
  return [
    ['programme and budget', urls.funding, `query($id: ID!) { programme(id: $id) { id code name ${BUDGET} } }`, { id }],
    [
      'funnel, people helped, rows of every département',
      urls.passes,
      `query($rep: [_Any!]!, $first: Int) { _entities(representations: $rep) { ... on Programme { passes { funnel { ${FUNNEL} } peopleHelped { count passesCost { cents } costPerPerson { cents } }
        departements: usageBreakdown(by: DEPARTEMENT, first: $first) { totalCount nodes { key territory { level code } funnel { ${FUNNEL} } peopleHelped { count passesCost { cents } costPerPerson { cents } } } } } } } }`,
      { rep: [{ __typename: 'Programme', id }], first: 200 },
    ],
    ['names and populations of the départements', urls.territory, `query($rep: [_Any!]!) { _entities(representations: $rep) { ... on Territory { name population } } }`, { rep: departements }],
    ['places open in the départements, per row (Territory.placeCount)', urls.partners, `query($rep: [_Any!]!) { _entities(representations: $rep) { ... on Territory { placeCount(qualifiedOnly: true) } } }`, { rep: departements }],
    ['places open in the départements, one root field (placeCountColumns)', urls.partners, `{ placeCountColumns(level: DEPARTEMENT, qualifiedOnly: true) { keys counts } }`, {}],
    // The communes dashboard's two big parts.
    ['every commune as one CSV text (usageColumns)', urls.passes, `query($rep: [_Any!]!) { _entities(representations: $rep) { ... on Programme { passes { communes: usageColumns(by: COMMUNE) { csv } } } } }`, { rep: [{ __typename: 'Programme', id }] }],
    ['places open in every commune (placeCountColumns, recounted every 30 s)', urls.partners, `{ placeCountColumns(level: COMMUNE, qualifiedOnly: true) { keys counts } }`, {}],
  ];
}
