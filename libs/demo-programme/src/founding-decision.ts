// The demo programme: the Hauts-de-France regional council's standing committee decision of
// 4 February 2020 (shared/seed/deliberation-cp-2020-02-04-pass-numerique.txt), as data.
// Each service loads its own part of it; the fixed ids let their records point at each other
// exactly as events would have made them, without any service reading another's tables.

/** Ids fixed once for the demo so that every service agrees on them. */
export const DEMO_IDS = {
  programme: '6f1c2c1e-2020-4c2a-9b1e-000000000001',
  deliberation: '6f1c2c1e-2020-4c2a-9b1e-000000000002',
  authorisation: '6f1c2c1e-2020-4c2a-9b1e-000000000003',
  regionOrganisation: '6f1c2c1e-2020-4c2a-9b1e-000000000010',
} as const;

export const DEMO_REGION = {
  organisationId: DEMO_IDS.regionOrganisation,
  name: 'Région Hauts-de-France',
  legalKind: 'REGION',
  siret: '20005376700014',
  address: '151 avenue du Président Hoover',
  postalCode: '59555',
  inseeCode: '59350',
  territory: { level: 'REGION', code: '32' },
} as const;

export const FOUNDING_DECISION = {
  programme: {
    id: DEMO_IDS.programme,
    code: 'HDF-PASS-NUMERIQUE-2020',
    name: 'Pass numérique Hauts-de-France 2020–2021',
    perimeter: { level: 'REGION', code: '32' },
    startsOn: '2020-02-04',
    // "Cette opération s'achèvera au 31 décembre 2021."
    endsOn: '2021-12-31',
    passCount: 68_750,
    passFaceValueCents: 1_000,
  },
  deliberation: {
    id: DEMO_IDS.deliberation,
    number: 'CP 2020-02-04 pass numérique',
    decidedOn: '2020-02-04',
    body: 'STANDING_COMMITTEE',
    place: 'Amiens, salle des délibérations, 11 Mail Albert 1er',
    chair: 'Xavier Bertrand',
    subject: 'Acquisition de pass numériques et déploiement en Hauts-de-France',
    theme: 'C04.06 Innovation numérique et sociale',
    vote: { for: 52, against: 0, abstention: 0, present: 41, proxies: 11, absent: 2, notVoting: 0 },
    outcome: 'ADOPTED_UNANIMOUSLY',
    decisions: [
      "Acquérir 68 750 pass numériques d'une valeur nominale unitaire de 10 € et les distribuer sur le territoire des Hauts-de-France en 2020 et 2021 ; l'opération s'achève au 31 décembre 2021.",
      'Déployer sur le territoire régional le dispositif décrit en annexe.',
      "Affecter 763 900 € à l'acquisition de ces 68 750 pass numériques, y compris l'ingénierie d'accompagnement, sur le code programme budgétaire MTN 56000017.",
      'Autoriser le Président du Conseil régional à signer les actes juridiques, administratifs et financiers correspondants.',
    ],
    cites: ['20160004', '20181966', '2016.1755', '2019.00610', '2019.01475', '2019.01354'],
  },
  authorisation: {
    id: DEMO_IDS.authorisation,
    kind: 'AE',
    amountCents: 76_390_000,
    budgetYear: 2020,
    imputation: { chapter: '935', function: '56', nature: '6518', programmeCode: '56000017', nomenclature: 'M71', nomenclatureVersion: '2020' },
    schedule: [
      { budgetYear: 2020, amountCents: 24_445_000 },
      { budgetYear: 2021, amountCents: 42_778_000 },
      { budgetYear: 2022, amountCents: 9_167_000 },
    ],
  },
} as const;
