// The national standard's services and supports in the words the site's visitors read: shorter
// than the standard's labels where a list of places needs it ("Matériel informatique à prix
// solidaire"), the supports in lower case to end a sentence. The console shows staff the
// standard's own labels (console/src/format.ts), which they fill in; the two lists differ on
// purpose, and neither front-end may import the other (nor the standard's package, which would
// bring its validators into a phone's download).
export const SERVICES: Record<string, string> = {
  ADMINISTRATIVE_PROCEDURES: 'Aide aux démarches administratives',
  EVERYDAY_DIGITAL_TOOLS: 'Maîtrise des outils numériques du quotidien',
  PROFESSIONAL_INTEGRATION: 'Insertion professionnelle via le numérique',
  SAFE_DIGITAL_USE: 'Utilisation sécurisée du numérique',
  PARENTING_AND_EDUCATION: 'Parentalité et éducation avec le numérique',
  DIGITAL_LEISURE_AND_CREATION: 'Loisirs et créations numériques',
  UNDERSTANDING_THE_DIGITAL_WORLD: 'Compréhension du monde numérique',
  INTERNET_AND_EQUIPMENT_ACCESS: 'Accès internet et matériel informatique',
  AFFORDABLE_EQUIPMENT: 'Matériel informatique à prix solidaire',
};

export const SPECIFIC_SUPPORTS: Record<string, string> = {
  DEAFNESS: 'surdité',
  MOTOR_DISABILITIES: 'handicaps moteurs',
  MENTAL_DISABILITIES: 'handicaps mentaux',
  ILLITERACY: 'illettrisme',
  ENGLISH_SPEAKERS: 'en anglais',
  OTHER_LANGUAGE_SPEAKERS: 'autres langues étrangères',
  VISUAL_IMPAIRMENT: 'déficience visuelle',
};
