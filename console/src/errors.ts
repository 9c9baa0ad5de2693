// Every coded error the console can meet, in plain French: one table, so a new API code is
// added in one place. An unknown code still gets a sentence, never a stack or a raw message.
export const ERROR_MESSAGES: Record<string, string> = {
  // Presenting a pass
  WRONG_CODE: 'Le code de vérification ne correspond pas à ce numéro de pass. Vérifiez les 8 caractères imprimés sur le pass.',
  UNKNOWN_PASS: 'Aucun pass ne porte ce numéro. Vérifiez les 12 chiffres.',
  TOO_MANY_ATTEMPTS: 'Trop d’essais infructueux : réessayez dans quelques minutes.',
  ALREADY_REDEEMED: 'Ce pass a déjà été encaissé : il ne peut pas l’être une seconde fois.',
  EXPIRED: 'Ce pass a expiré : sa période de validité est terminée.',
  NOT_ACTIVATED: 'Ce pass n’est pas encore activé par le financeur.',
  NOT_HANDED_OUT: 'Ce pass n’a pas encore été remis à un bénéficiaire.',
  NOT_YET_VALID: 'Ce pass n’est pas encore valable.',
  PLACE_NOT_QUALIFIED: 'Ce lieu n’est pas (ou plus) qualifié pour accepter les pass.',
  OUTSIDE_PERIMETER: 'Ce pass n’est pas valable sur ce territoire.',
  IDEMPOTENCY_KEY_REUSED: 'Cette opération a déjà été envoyée avec d’autres données. Recommencez la saisie.',
  // Handing a pass out
  CONSENT_REQUIRED: 'Le consentement du bénéficiaire est obligatoire pour enregistrer la remise.',
  UNKNOWN_COMMUNE: 'Commune inconnue : choisissez une commune dans la liste.',
  PUBLIC_NOT_TARGETED: 'Ce pass est réservé à un autre public.',
  PROGRAMME_ENDED: 'Le programme est terminé : plus aucun pass ne peut être remis.',
  VALIDITY_ENDED: 'La période de validité de ce pass est terminée.',
  BOOKLET_NOT_ALLOCATED: 'Ce carnet n’est pas attribué à votre structure.',
  BOOKLET_ALREADY_HANDED_OUT: 'Tous les pass de ce carnet ont déjà été remis.',
  PASS_ALREADY_HANDED_OUT: 'Ce pass a déjà été remis à un bénéficiaire.',
  BOOKLET_STARTED: 'Ce carnet est entamé : il ne peut plus être rendu.',
  // Places and their qualification
  INVALID_TRANSITION: 'Cette étape de qualification n’est pas possible depuis l’état actuel du lieu.',
  REASON_REQUIRED: 'Indiquez un motif.',
  // Generic
  NOT_FOUND: 'Introuvable.',
  INVALID_ID: 'Identifiant invalide.',
  BAD_USER_INPUT: 'Saisie invalide : vérifiez les champs.',
  FORBIDDEN: 'Vous n’avez pas le droit de faire cette opération.',
  UNAUTHENTICATED: 'Votre session a expiré : reconnectez-vous.',
  INVALID_TOKEN: 'Votre session n’est plus valable : reconnectez-vous.',
  TOKEN_EXPIRED: 'Votre session a expiré : reconnectez-vous.',
  RATE_LIMITED: 'Trop de requêtes : patientez un instant.',
  GATEWAY_UNREACHABLE: 'Le service est momentanément indisponible.',
  NETWORK: 'Le service ne répond pas : vérifiez votre connexion et réessayez.',
  INTERNAL_SERVER_ERROR: 'Une erreur inattendue est survenue. Réessayez plus tard.',
};

export function frenchMessage(code: string): string {
  return ERROR_MESSAGES[code] ?? `L’opération a été refusée (${code}).`;
}
