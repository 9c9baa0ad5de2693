// Every coded error the console can meet, in plain French: one table, so a new API code is
// added in one place. An unknown code still gets a sentence, never a stack or a raw message.
export const ERROR_MESSAGES: Record<string, string> = {
  // Presenting a pass
  UNKNOWN_PASS: 'Aucun pass ne correspond à ce numéro et à ce code. Vérifiez les 12 chiffres et les 8 caractères imprimés sur le pass.',
  TOO_MANY_ATTEMPTS: 'Trop d’essais infructueux : réessayez dans quelques minutes.',
  ALREADY_REDEEMED: 'Ce pass a déjà été encaissé : il ne peut pas l’être une seconde fois.',
  EXPIRED: 'Ce pass a expiré : sa période de validité est terminée.',
  NOT_ACTIVATED: 'Ce pass n’est pas encore activé par le financeur.',
  NOT_HANDED_OUT: 'Ce pass n’a pas encore été remis à un bénéficiaire.',
  NOT_YET_VALID: 'Ce pass n’est pas encore valable.',
  PLACE_NOT_QUALIFIED: 'Ce lieu n’est pas (ou plus) qualifié pour accepter les pass de ce programme.',
  OUTSIDE_PERIMETER: 'Ce pass n’est pas valable sur ce territoire.',
  IDEMPOTENCY_KEY_REUSED: 'Cette opération a déjà été envoyée avec d’autres données. Recommencez la saisie.',
  // Handing a pass out
  CONSENT_REQUIRED: 'Le consentement du bénéficiaire est obligatoire pour enregistrer la remise.',
  UNKNOWN_COMMUNE: 'Commune inconnue : choisissez une commune dans la liste.',
  PUBLIC_NOT_TARGETED: 'Ce pass est réservé à un autre public.',
  PROGRAMME_ENDED: 'Le programme est terminé : plus aucun pass ne peut être commandé ni remis.',
  PROGRAMME_CLOSED: 'Le programme est clôturé : plus aucun pass ne peut être commandé, activé ni remis.',
  ZONE_QUOTA_EXCEEDED: 'Le quota de pass de cette zone est atteint : réduisez la quantité ou choisissez une autre zone.',
  ALREADY_RECOVERED: 'Cet encaissement a déjà été repris.',
  RECOVERIES_PENDING: 'Des encaissements repris n’ont pas encore été retenus sur un relevé : la clôture attend ces reprises.',
  REDEMPTION_NOT_PAID: 'Cet encaissement n’a pas encore été payé au lieu : annulez-le plutôt que de le reprendre.',
  VALIDITY_ENDED: 'La période de validité de ce pass est terminée.',
  BOOKLET_NOT_ALLOCATED: 'Ce carnet n’est pas attribué à votre structure.',
  BOOKLET_ALREADY_HANDED_OUT: 'Tous les pass de ce carnet ont déjà été remis.',
  PASS_ALREADY_HANDED_OUT: 'Ce pass a déjà été remis à un bénéficiaire.',
  BOOKLET_STARTED: 'Ce carnet est entamé : il ne peut plus être rendu.',
  // Places and their qualification
  INVALID_TRANSITION: 'Cette étape de qualification n’est pas possible depuis l’état actuel du lieu.',
  REASON_REQUIRED: 'Indiquez un motif.',
  // Orders and their activation
  PROGRAMME_UNKNOWN: 'Le service des pass ne connaît pas encore ce programme : réessayez dans un instant.',
  INVALID_BOOKLET_SIZE: 'Un carnet compte 10 ou 5 pass.',
  INVALID_QUANTITY: 'Une commande compte au moins 1 carnet et au plus 2 000 000 de pass.',
  INVALID_AMOUNT: 'Montant invalide : un nombre positif d’euros, avec au plus deux décimales (10,00).',
  INVALID_RATE: 'Le taux de frais est compris entre 0 et 100 %, au centième de point près.',
  INVALID_PERIOD: 'Les dates de validité ne sont pas cohérentes (fin avant début, ou début après la fin du programme).',
  UNKNOWN_TERRITORY: 'Territoire inconnu.',
  UNKNOWN_ZONE: 'Zone inconnue.',
  OUTSIDE_PROGRAMME_PERIMETER: 'Ce territoire n’est pas dans le périmètre du programme.',
  INVALID_ORDER_STATE: 'Cette étape n’est pas possible dans l’état actuel de la commande (une commande est livrée, puis activée).',
  PRINT_FILE_ALREADY_EXPORTED: 'Le fichier d’impression de cette commande a déjà été exporté : il ne l’est qu’une fois.',
  // Allocating and taking back booklets
  NOT_A_DISTRIBUTOR: 'Cette organisation n’est pas distributrice de ce programme.',
  AGREEMENT_NOT_IN_FORCE: 'La convention de ce distributeur n’est pas en vigueur.',
  OUTSIDE_AGREEMENT_SCOPE: 'Ces carnets ne sont pas valables sur le territoire de la convention du distributeur.',
  ORDER_NOT_DELIVERED: 'La commande de ces carnets n’a pas encore été livrée.',
  BOOKLET_NOT_IN_STOCK: 'Ce carnet n’est plus en stock : il a déjà été attribué.',
  NOT_ENOUGH_BOOKLETS: 'Il ne reste pas assez de carnets en stock.',
  // A place's public description (national standard)
  INVALID_CODE: 'Code invalide : vérifiez le code postal (5 chiffres) et le code INSEE de la commune.',
  INVALID_OPENING_HOURS: 'Horaires illisibles : utilisez le format OpenStreetMap, par exemple « Mo-Fr 09:00-12:00,14:00-17:00 ».',
  INVALID_PHONE: 'Numéro de téléphone invalide : un numéro français, par exemple 03 22 97 37 37.',
  INVALID_EMAIL: 'Adresse électronique invalide.',
  INVALID_URL: 'Adresse web invalide : elle commence par https:// (ou http://).',
  INVALID_LOCATION: 'Coordonnées invalides : latitude entre -90 et 90, longitude entre -180 et 180, les deux ensemble.',
  EXTERNAL_ID_TAKEN: 'Votre organisation a déjà un lieu avec cet identifiant.',
  // Partner keys, delegations and webhooks
  INVALID_SCOPE: 'Droit invalide : une clé ou une délégation ne peut agir que pour les lieux et la distribution de l’organisation concernée.',
  INVALID_EXPIRY: 'Date d’expiration invalide : dans le futur, et au plus deux ans.',
  ALREADY_REVOKED: 'Cette clé est déjà révoquée.',
  DELEGATION_EXISTS: 'Une demande ou une délégation en vigueur lie déjà ces deux organisations.',
  SELF_DELEGATION: 'Une organisation n’a pas besoin de délégation pour elle-même : ses propres clés suffisent.',
  INVALID_WEBHOOK_URL: 'Adresse du webhook invalide : https://…, jamais une adresse privée ou réservée.',
  UNKNOWN_WEBHOOK_EVENT: 'Choisissez au moins un événement de la liste.',
  TOO_MANY_WEBHOOKS: 'Votre organisation a déjà 10 webhooks : supprimez-en un d’abord.',
  WEBHOOK_DISABLED: 'Ce webhook est désactivé : réactivez-le d’abord.',
  // Bank details
  INVALID_IBAN: 'IBAN invalide : vérifiez le pays, la longueur et la clé (un compte de la zone SEPA).',
  INVALID_BIC: 'BIC invalide : 8 ou 11 caractères.',
  INVALID_HOLDER: 'Indiquez le titulaire du compte tel qu’il figure sur le relevé (140 caractères au plus).',
  NO_BANK_DETAILS_YET: 'Ce lieu n’a pas encore de coordonnées bancaires : elles sont données lors de la candidature à un programme.',
  CHANGE_ALREADY_PENDING: 'Une demande de changement est déjà en attente de validation pour ce lieu.',
  FOUR_EYES_REQUIRED: 'Vous avez demandé ce changement : une autre personne doit le valider ou le refuser.',
  CHANGE_ALREADY_DECIDED: 'Cette demande a déjà été validée ou refusée : rechargez la page.',
  BANK_DETAILS_LOCKED: 'Un programme a qualifié ce lieu : ses coordonnées bancaires se changent par une demande de changement (page Coordonnées bancaires).',
  // Generic
  NOT_FOUND: 'Introuvable.',
  INVALID_ID: 'Identifiant invalide.',
  BAD_USER_INPUT: 'Saisie invalide : vérifiez les champs.',
  FORBIDDEN: 'Vous n’avez pas le droit de faire cette opération.',
  UNAUTHENTICATED: 'Votre session a expiré : reconnectez-vous.',
  INVALID_TOKEN: 'Votre session n’est plus valable : reconnectez-vous.',
  TOKEN_EXPIRED: 'Votre session a expiré : reconnectez-vous.',
  SESSION_EXPIRED: 'Votre session a pris fin : reconnectez-vous.',
  RATE_LIMITED: 'Trop de requêtes : patientez un instant.',
  GATEWAY_UNREACHABLE: 'Le service est momentanément indisponible.',
  NETWORK: 'Le service ne répond pas : vérifiez votre connexion et réessayez.',
  INTERNAL_SERVER_ERROR: 'Une erreur inattendue est survenue. Réessayez plus tard.',
};

/** Sharper sentences when the API names the field at fault (extensions.field; list indexes dropped: emails.1 → emails). */
export const FIELD_MESSAGES: Record<string, string> = {
  'INVALID_TRANSITION@delegationId': 'Cette délégation n’est plus en attente ou en vigueur : rechargez la page.',
  'NOT_FOUND@certificateDocumentId': 'Relevé d’identité bancaire introuvable : déposez-le à nouveau.',
  'NOT_FOUND@organisationId': 'Aucune organisation ne correspond : vérifiez le SIRET ou l’identifiant.',
  'BAD_USER_INPUT@paymentOrderNumber': 'Le numéro de mandat compte 1 à 64 caractères : lettres, chiffres, espaces ou / . _ -.',
  'BAD_USER_INPUT@name': 'Le nom compte 1 à 300 caractères.',
  'BAD_USER_INPUT@summary': 'Le résumé compte au plus 280 caractères.',
  'BAD_USER_INPUT@description': 'La description compte au plus 5 000 caractères.',
  'BAD_USER_INPUT@services': 'Choisissez au moins un service.',
  'BAD_USER_INPUT@externalId': 'L’identifiant compte 1 à 100 caractères, sans « | ».',
  'INVALID_CODE@postalCode': 'Code postal invalide pour cette commune (5 chiffres).',
  'INVALID_CODE@inseeCode': 'Code INSEE inconnu : le code officiel de la commune, pas son code postal.',
};

export const withoutIndexes = (field: string) => field.replace(/\.\d+(?=\.|$)/g, '');

export function frenchMessage(code: string, field?: string): string {
  return (field ? FIELD_MESSAGES[`${code}@${withoutIndexes(field)}`] : undefined) ?? ERROR_MESSAGES[code] ?? `L’opération a été refusée (${code}).`;
}
