// The national standard's closed vocabularies (standard de données des lieux de médiation
// numérique v1.0.2), taken from the ANCT's typed enums, each with the English name the API uses.
// The database and the CSV files hold the standard's own labels, so an export is the standard.
import {
  DispositifProgrammeNational,
  FormationLabel,
  Frais,
  Itinerance,
  ModaliteAcces,
  ModaliteAccompagnement,
  PriseEnChargeSpecifique,
  PublicSpecifiquementAdresse,
  Service,
  Typologie,
} from '@gouvfr-anct/lieux-de-mediation-numerique';

/** API name → the standard's label. */
export type Vocabulary = Readonly<Record<string, string>>;

export const MEDIATION_SERVICES = {
  ADMINISTRATIVE_PROCEDURES: Service.AideAuxDemarchesAdministratives,
  EVERYDAY_DIGITAL_TOOLS: Service.MaitriseDesOutilsNumeriquesDuQuotidien,
  PROFESSIONAL_INTEGRATION: Service.InsertionProfessionnelleViaLeNumerique,
  SAFE_DIGITAL_USE: Service.UtilisationSecuriseeDuNumerique,
  PARENTING_AND_EDUCATION: Service.ParentaliteEtEducationAvecLeNumerique,
  DIGITAL_LEISURE_AND_CREATION: Service.LoisirsEtCreationsNumeriques,
  UNDERSTANDING_THE_DIGITAL_WORLD: Service.ComprehensionDuMondeNumerique,
  INTERNET_AND_EQUIPMENT_ACCESS: Service.AccesInternetEtMaterielInformatique,
  AFFORDABLE_EQUIPMENT: Service.MaterielInformatiqueAPrixSolidaire,
} as const satisfies Vocabulary;

export const SPECIFIC_PUBLICS = {
  YOUNG_PEOPLE: PublicSpecifiquementAdresse.Jeunes,
  STUDENTS: PublicSpecifiquementAdresse.Etudiants,
  FAMILIES_AND_CHILDREN: PublicSpecifiquementAdresse.FamillesEnfants,
  SENIORS: PublicSpecifiquementAdresse.Seniors,
  WOMEN: PublicSpecifiquementAdresse.Femmes,
} as const satisfies Vocabulary;

export const SPECIFIC_SUPPORTS = {
  DEAFNESS: PriseEnChargeSpecifique.Surdite,
  MOTOR_DISABILITIES: PriseEnChargeSpecifique.HandicapsMoteurs,
  MENTAL_DISABILITIES: PriseEnChargeSpecifique.HandicapsMentaux,
  ILLITERACY: PriseEnChargeSpecifique.Illettrisme,
  ENGLISH_SPEAKERS: PriseEnChargeSpecifique.LanguesEtrangeresAnglais,
  OTHER_LANGUAGE_SPEAKERS: PriseEnChargeSpecifique.LanguesEtrangeresAutre,
  VISUAL_IMPAIRMENT: PriseEnChargeSpecifique.DeficienceVisuelle,
} as const satisfies Vocabulary;

export const FEE_KINDS = {
  FREE: Frais.Gratuit,
  FREE_UNDER_CONDITIONS: Frais.GratuitSousCondition,
  PAID: Frais.Payant,
} as const satisfies Vocabulary;

export const ACCESS_MODES = {
  WALK_IN: ModaliteAcces.SePresenter,
  PHONE: ModaliteAcces.Telephoner,
  EMAIL: ModaliteAcces.ContacterParMail,
  ONLINE_APPOINTMENT: ModaliteAcces.PrendreRdvEnLigne,
  NO_PUBLIC_RECEPTION: ModaliteAcces.PasDePublic,
  PRESCRIPTION_BY_EMAIL: ModaliteAcces.PrescriptionParMail,
} as const satisfies Vocabulary;

export const SUPPORT_MODES = {
  SELF_SERVICE: ModaliteAccompagnement.EnAutonomie,
  INDIVIDUAL: ModaliteAccompagnement.AccompagnementIndividuel,
  GROUP_WORKSHOP: ModaliteAccompagnement.DansUnAtelier,
  REMOTE: ModaliteAccompagnement.ADistance,
} as const satisfies Vocabulary;

export const MOBILITIES = {
  MOBILE: Itinerance.Itinerant,
  FIXED: Itinerance.Fixe,
} as const satisfies Vocabulary;

export const NATIONAL_SCHEMES = {
  AIDANTS_CONNECT: DispositifProgrammeNational.AidantsConnect,
  REFERENCE_DIGITAL_LIBRARIES: DispositifProgrammeNational.BibliothequesNumeriqueDeReference,
  PIX_CERTIFICATION: DispositifProgrammeNational.CertificationPIX,
  DIGITAL_ADVISERS: DispositifProgrammeNational.ConseillersNumeriques,
  EMMAUS_CONNECT: DispositifProgrammeNational.EmmausConnect,
  FRANCE_SERVICES: DispositifProgrammeNational.FranceServices,
  GRANDE_ECOLE_DU_NUMERIQUE: DispositifProgrammeNational.GrandeEcoleDuNumerique,
  RED_CROSS: DispositifProgrammeNational.LaCroixRouge,
  CAF_DIGITAL_ACCESS_POINT: DispositifProgrammeNational.PointNumeriqueCAF,
  PROMENEURS_DU_NET: DispositifProgrammeNational.PromeneursDuNet,
  EMMAUS_CONNECT_RELAY: DispositifProgrammeNational.RelaisNumeriqueEmmausConnect,
} as const satisfies Vocabulary;

export const TRAINING_LABELS = {
  MON_ESPACE_SANTE: FormationLabel.FormeAMonEspaceSante,
  DUPLEX: FormationLabel.FormeADuplex,
  ARNIA_MEDNUM_BFC: FormationLabel.ArniaMednum,
  REEMPLOI_NORMANDIE: FormationLabel.CollectifRessourcesEtActeursReemploi,
  // The ANCT package writes "Étapes numériques (La Poste)"; schema v1.0.2 has no space before the
  // parenthesis, and exports must validate against the schema, so the schema's spelling wins.
  ETAPES_NUMERIQUES: 'Étapes numériques(La Poste)',
  FABRIQUES_DE_TERRITOIRE: FormationLabel.FabriquesDeTerritoire,
  ECLAIREURS_DU_NUMERIQUE: FormationLabel.LesEclaireurs,
  MES_PAPIERS: FormationLabel.MesPapiers,
  ORDI_3_0: FormationLabel.Ordi3,
  SUD_LABS: FormationLabel.SudLabs,
} as const satisfies Vocabulary;

/** Typology codes of the standard (BIB, CCAS, TIERS_LIEUX, …): exposed as strings, there are about a hundred. */
export const TYPOLOGIES: ReadonlySet<string> = new Set(Object.values(Typologie));

/** Labels a CSV may spell the ANCT package's way, mapped to the schema's spelling. */
const LABEL_ALIASES: Readonly<Record<string, string>> = { [FormationLabel.EtapesNumeriques]: TRAINING_LABELS.ETAPES_NUMERIQUES };

export function labelOf(vocabulary: Vocabulary, name: string): string | undefined {
  return vocabulary[name];
}

/** The standard's label as the schema spells it, or undefined when it is not in the vocabulary. */
export function canonicalLabel(vocabulary: Vocabulary, label: string): string | undefined {
  const trimmed = LABEL_ALIASES[label.trim()] ?? label.trim();
  return Object.values(vocabulary).includes(trimmed) ? trimmed : undefined;
}

/** GraphQL enum resolvers: the API name is the enum value, the standard's label its internal value. */
export const vocabularyEnumResolvers = {
  MediationService: MEDIATION_SERVICES,
  SpecificPublic: SPECIFIC_PUBLICS,
  SpecificSupport: SPECIFIC_SUPPORTS,
  FeeKind: FEE_KINDS,
  AccessMode: ACCESS_MODES,
  SupportMode: SUPPORT_MODES,
  Mobility: MOBILITIES,
  NationalScheme: NATIONAL_SCHEMES,
  TrainingLabel: TRAINING_LABELS,
};
