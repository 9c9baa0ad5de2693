// The territory part of the demo programme: the region's pilot zone, the territory of the
// "Pacte pour la réussite de la Sambre-Avesnois-Thiérache", where 5,000 passes were handed out
// in 2019 before the founding decision (earlier decisions 2019.00610 and 2019.01475). The zone
// is the 2019 pilot's: its perimeter, and its quota of 5,000 passes.

/** The 2019 pilot, a programme of its own: funding and passes name it by this id too. */
export const PILOT_PROGRAMME_ID = '6f1c2c1e-2019-4c2a-9b1e-000000000500';

/**
 * The pact covers the arrondissement of Avesnes-sur-Helpe (Nord, INSEE arrondissement 591) and
 * the Thiérache of Aisne, i.e. the arrondissement of Vervins (025). The EPCIs below were chosen
 * by data, from @etalab/decoupage-administratif 6.0.0: every EPCI with at least one member
 * commune in arrondissement 591 or 025. Each of the eight has ALL its communes there, and
 * together they hold every commune of the two arrondissements, so the zone is exactly the
 * pact's territory (the territory service's tests check both facts against the package).
 */
export const PILOT_ZONE_ARRONDISSEMENTS = ['591', '025'] as const;

export const PILOT_ZONE = {
  id: '6f1c2c1e-2019-4c2a-9b1e-000000000401',
  programmeId: PILOT_PROGRAMME_ID,
  name: 'Pacte pour la réussite de la Sambre-Avesnois-Thiérache',
  epcis: [
    '200043263', // CC Coeur de l'Avesnois (Nord)
    '200043321', // CC du Pays de Mormal (Nord)
    '200043396', // CA Maubeuge Val de Sambre (Nord)
    '200043404', // CC du Sud Avesnois (Nord)
    '200071983', // CC Thiérache Sambre et Oise (Aisne)
    '240200444', // CC de la Thiérache du Centre (Aisne)
    '240200600', // CC des Trois Rivières (Aisne)
    '240200634', // CC des Portes de la Thiérache (Aisne)
  ],
  communes: [] as string[],
  /** The 2019 pilot: passes already distributed on the pact territory; no more may be ordered or handed out there. */
  passQuota: 5_000,
  note: 'Pilote 2019 : 5 000 pass numériques distribués sur le territoire du Pacte (délibérations 2019.00610 et 2019.01475).',
} as const;
