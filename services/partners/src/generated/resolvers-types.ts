import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganisationEntity as OrganisationEntityModel } from '../organisations/organisation.entity';
import type { MembershipEntity as MembershipEntityModel, InvitationEntity as InvitationEntityModel } from '../members/member.entity';
import type { IssuedInvitation as IssuedInvitationModel } from '../members/member.service';
import type { PersonMembershipRow as PersonMembershipRowModel } from '../members/member.repository';
import type { VerificationView as VerificationViewModel } from '../members/member.resolvers';
import type { AddressValue as AddressValueModel } from '../addresses/address.resolvers';
import type { AgreementEntity as AgreementEntityModel } from '../agreements/agreement.entity';
import type { BankDetailsChangeRequestEntity as BankDetailsChangeRequestEntityModel } from '../bank-details/bank-details.entity';
import type { BankDetailsVersionModel as BankDetailsVersionModelModel, StatementRef as StatementRefModel, StatementPayeeModel as StatementPayeeModelModel } from '../bank-details/bank-details.resolvers';
import type { NotificationEntity as NotificationEntityModel } from '../notifications/notification.entity';
import type { CredentialEntity as CredentialEntityModel } from '../credentials/credential.entity';
import type { DelegationEntity as DelegationEntityModel } from '../delegations/delegation.entity';
import type { DelegationStep as DelegationStepModel } from '../delegations/delegation.rules';
import type { DocumentEntity as DocumentEntityModel } from '../documents/document.entity';
import type { UploadLink as UploadLinkModel } from '../documents/document.service';
import type { PlaceEntity as PlaceEntityModel, PlaceQualificationEntity as PlaceQualificationEntityModel, QualificationStepEntity as QualificationStepEntityModel } from '../places/place.entity';
import type { SandboxEntity as SandboxEntityModel } from '../sandboxes/sandbox.entity';
import type { ImportRowResult as ImportRowResultModel } from '../places/place-import.service';
import type { FinderOrigin as FinderOriginModel, FoundPlace as FoundPlaceModel } from '../finder/place-finder.service';
import type { PlaceCountColumns as PlaceCountColumnsModel } from '../open-data/place-count.service';
import type { TerritoryRef as TerritoryRefModel } from '../territories/territory-scope';
import type { WebhookEntity as WebhookEntityModel, WebhookDeliveryEntity as WebhookDeliveryEntityModel } from '../webhooks/webhook.entity';
import type { PartnersContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant, ISO-8601 with offset. */
  DateTime: { input: Date; output: Date | string; }
  /** An integer between -(2^53 - 1) and 2^53 - 1: amounts in cents exceed 32-bit integers at national scale. */
  SafeInt: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** How the public gets in touch (modalites_acces). */
export type AccessMode =
  /** Contacter par mail. */
  | 'EMAIL'
  /** Ce lieu n'accueille pas de public. */
  | 'NO_PUBLIC_RECEPTION'
  /** Prendre un RDV en ligne. */
  | 'ONLINE_APPOINTMENT'
  /** Téléphoner. */
  | 'PHONE'
  /** Envoyer un mail avec une fiche de prescription. */
  | 'PRESCRIPTION_BY_EMAIL'
  /** Se présenter. */
  | 'WALK_IN';

/** An agreement (convention): an organisation's role in a programme, for a period, within a territory scope. */
export type Agreement = {
  __typename?: 'Agreement';
  /** Last day of the agreement; null when open-ended. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  organisation: Organisation;
  programme: Programme;
  role: ProgrammeRole;
  /** Where the organisation acts for the programme; null means the programme's whole perimeter. */
  scope?: Maybe<Territory>;
  /** When the agreement was recorded. */
  signedAt: Scalars['DateTime']['output'];
  startsOn: Scalars['Date']['output'];
};

/** A page of a programme's agreements. */
export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  edges: Array<AgreementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One agreement of a page. */
export type AgreementEdge = {
  __typename?: 'AgreementEdge';
  cursor: Scalars['String']['output'];
  node: Agreement;
};

/** A place's application to accept one programme's passes. */
export type ApplyForQualificationInput = {
  /** For public bodies that cash passes through a régie. Omitted: the place's flag on file (false for a place that never applied). Set like the IBAN: by each application until a programme has qualified the place, then fixed. */
  cashesThroughRegie?: InputMaybe<Scalars['Boolean']['input']>;
  /** The uploaded documents the application gives (requestDocumentUpload, then the upload): at least one of each kind the programme asks of the organisation (applicationRequirements). */
  documentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Where reimbursements go, for every programme: a valid IBAN in the SEPA area (spaces allowed). Until a programme has qualified the place, each application sets it; from then on it must be the IBAN on file (BANK_DETAILS_LOCKED otherwise). */
  iban: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  placeId: Scalars['ID']['input'];
  /** The programme whose passes the place applies to accept. */
  programmeId: Scalars['ID']['input'];
};

/** One state-changing call, as the audit trail keeps it: who, when, what, and how it ended. No personal data: of the arguments, only the ids they named are kept. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The mutation called. */
  operation: Scalars['String']['output'];
  organisationId?: Maybe<Scalars['ID']['output']>;
  /** OK, or the error code the call ended with. */
  outcome: Scalars['String']['output'];
  /** The programmes the call acted in. */
  programmeIds: Array<Scalars['ID']['output']>;
  /** @deprecated A caller may hold several roles: use roles. */
  role: Scalars['String']['output'];
  /** The caller's roles. */
  roles: Array<Scalars['String']['output']>;
  /** The service that recorded it. */
  service: Scalars['String']['output'];
  /** Who: a person's subject, a partner credential (credential:<id>; credential:<id>:for:<organisation id> for a vendor key acting for an organisation that delegated to it, organisationId then naming that organisation), or anonymous. */
  subject: Scalars['String']['output'];
  /** The ids the call named (arguments called id, ids, …Id or …Ids). */
  targets: Array<Scalars['String']['output']>;
};

/** A page of the audit trail, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** A request of a place's people to change its bank details, decided by a finance officer of a programme the place applied to — never by the requester. */
export type BankDetailsChangeRequest = {
  __typename?: 'BankDetailsChangeRequest';
  bic?: Maybe<Scalars['String']['output']>;
  /** The certificate itself, with a short-lived link to read it: for whoever reads the request (the decider checks the IBAN against it). */
  certificate?: Maybe<Document>;
  /** The bank's certificate (a BANK_DETAILS_CERTIFICATE document of the organisation). */
  certificateDocumentId: Scalars['ID']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Subject of the finance officer who decided. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** The programme in whose name it was decided. */
  decidedInProgramme?: Maybe<Programme>;
  holder: Scalars['String']['output'];
  /** The new account, IBAN in electronic format: the decider checks it against the certificate. */
  iban: Scalars['String']['output'];
  ibanMasked: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  place?: Maybe<Place>;
  rejectionReason?: Maybe<Scalars['String']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  /** Subject of the person who asked. */
  requestedBy: Scalars['String']['output'];
  status: BankDetailsChangeStatus;
};

/** Where a request to change a place's bank details stands. */
export type BankDetailsChangeStatus =
  /** In force since decidedAt. */
  | 'APPROVED'
  /** Awaiting a finance officer's decision; at most one per place. */
  | 'PENDING'
  /** Refused; rejectionReason says why. */
  | 'REJECTED';

/** The bank details a place was paid on over a period [validFrom, validTo). Never deleted: a change closes the version in force and opens a new one. */
export type BankDetailsVersion = {
  __typename?: 'BankDetailsVersion';
  /** Subject of the finance officer who approved it (null: given on application). */
  approvedBy?: Maybe<Scalars['String']['output']>;
  bic?: Maybe<Scalars['String']['output']>;
  /** The bank's certificate (a BANK_DETAILS_CERTIFICATE document of the organisation). */
  certificateDocumentId?: Maybe<Scalars['ID']['output']>;
  /** The account holder as the bank's certificate names it; null for the details given on application (not asked then). */
  holder?: Maybe<Scalars['String']['output']>;
  /** The account, IBAN in electronic format. */
  iban: Scalars['String']['output'];
  /** Country, check digits and last four characters, e.g. FR76 •••• 0189. */
  ibanMasked: Scalars['String']['output'];
  /** Null for the details given on application before any change, until they are recorded as a version (at the first change or the first statement approved). */
  id?: Maybe<Scalars['ID']['output']>;
  /** Subject of the person who requested it (null: given on application). */
  requestedBy?: Maybe<Scalars['String']['output']>;
  validFrom: Scalars['DateTime']['output'];
  /** Null while in force. */
  validTo?: Maybe<Scalars['DateTime']['output']>;
};

/** Someone to talk to at a place. Private: shown to the owning organisation and programme staff only. */
export type ContactPerson = {
  __typename?: 'ContactPerson';
  email?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** International form, e.g. +33322973737. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Their function, e.g. conseiller numérique. */
  role?: Maybe<Scalars['String']['output']>;
};

/** Someone to talk to at a place (private). */
export type ContactPersonInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
};

/** Where a partner credential acts. */
export type CredentialEnvironment =
  /** On real passes, in the programmes the organisation takes part in. Its secret starts with pnk_. */
  | 'LIVE'
  /** Only in the organisation's sandbox, on its test passes: a real pass is, for it, a pass that does not exist. Its secret starts with pnk_test_. */
  | 'SANDBOX';

/** Whom a partner credential acts for. */
export type CredentialKind =
  /** The organisation's own software: acts for the organisation only. */
  | 'ORGANISATION'
  /** A software vendor's key (the till software of many places): acts for the vendor, and, with the header X-On-Behalf-Of: <organisation id>, for an organisation that delegated to the vendor (Delegation), with the delegation's scopes. */
  | 'VENDOR';

/** Whether a credential may be used. */
export type CredentialStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

/** An organisation's delegation to a software vendor: while ACTIVE, the vendor's VENDOR keys, presented with the header X-On-Behalf-Of: <organisation id>, act as the organisation with these scopes, in the programmes it takes part in. Asked by the vendor's people (requestDelegation), accepted or declined by the organisation's, revoked by either. */
export type Delegation = {
  __typename?: 'Delegation';
  /** Every step, oldest first: the request, then its acceptance or refusal, then its revocation. */
  history: Array<DelegationStep>;
  id: Scalars['ID']['output'];
  /** The organisation they act for. */
  organisation?: Maybe<Organisation>;
  requestedAt: Scalars['DateTime']['output'];
  /** What the vendor's keys may do for the organisation: redeem:place:<placeId> (one of its places), handout:distributor:<its id>, read:own. */
  scopes: Array<Scalars['String']['output']>;
  status: DelegationStatus;
  /** The software vendor whose keys act. */
  vendor?: Maybe<Organisation>;
};

/** Which organisation took a step of a delegation. */
export type DelegationSide =
  /** The organisation that delegates. */
  | 'ORGANISATION'
  /** The software vendor that asked. */
  | 'VENDOR';

/** Where a delegation stands. */
export type DelegationStatus =
  /** Accepted: the vendor's keys act for the organisation, with the delegation's scopes. */
  | 'ACTIVE'
  /** Refused by the organisation. */
  | 'DECLINED'
  /** Asked by the vendor, waiting for the organisation's answer: the vendor's keys do not act for it yet. */
  | 'PENDING'
  /** Ended by either side (or the request withdrawn): the vendor's keys no longer act for the organisation. */
  | 'REVOKED';

/** One step of a delegation: what it became, when, and who took the step. */
export type DelegationStep = {
  __typename?: 'DelegationStep';
  at: Scalars['DateTime']['output'];
  /** Who took it: a person's subject at the identity provider (never a name or an e-mail). */
  by: Scalars['String']['output'];
  side: DelegationSide;
  status: DelegationStatus;
};

/** A document an organisation gave the platform (a RIB, its statutes, a régie act). Readable by the organisation's own people and by the staff of the programmes it was submitted to. */
export type Document = {
  __typename?: 'Document';
  /** Size in bytes (at most 10 MB). */
  byteSize: Scalars['Int']['output'];
  /** application/pdf, image/png or image/jpeg, checked against the content itself. */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** A link to read the file, on the API's origin (a path: /documents/download/…), valid 5 minutes; null before the upload. */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** The file's name as given (control characters and slashes replaced). */
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  /** Hex SHA-256 of the bytes stored; null before the upload. */
  sha256?: Maybe<Scalars['String']['output']>;
  status: DocumentStatus;
  uploadedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** What a document given to the platform is. */
export type DocumentKind =
  /** Relevé d'identité bancaire: proves the account reimbursements are paid to. */
  | 'BANK_DETAILS_CERTIFICATE'
  /** Anything else the programme asks for. */
  | 'OTHER'
  /** A public body's act creating the régie through which it cashes passes. */
  | 'REGIE_ACT'
  /** The organisation's statutes. */
  | 'STATUTES';

/** Where a document is in its upload. */
export type DocumentStatus =
  /** Declared; its bytes have not arrived (or were refused). */
  | 'PENDING_UPLOAD'
  /** Its bytes arrived, were checked and are stored. */
  | 'UPLOADED';

/** A document declared, and where to put its bytes. */
export type DocumentUpload = {
  __typename?: 'DocumentUpload';
  document: Document;
  expiresAt: Scalars['DateTime']['output'];
  /** The path, on the API's origin, to PUT the file's bytes to (the body is the file itself): /documents/upload/…. Usable until expiresAt, once. */
  uploadUrl: Scalars['String']['output'];
};

/** What help costs the public (frais_a_charge). */
export type FeeKind =
  /** Gratuit. */
  | 'FREE'
  /** Gratuit sous condition. */
  | 'FREE_UNDER_CONDITIONS'
  /** Payant. */
  | 'PAID';

/** A commune, by INSEE code and name. */
export type FinderCommune = {
  __typename?: 'FinderCommune';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** Where the finder looked from. */
export type FinderOrigin = {
  __typename?: 'FinderOrigin';
  /** True for a commune or a postal code: the official geography gives no position, so it is the centre of the located places of the commune (else its EPCI, else its département). */
  approximate: Scalars['Boolean']['output'];
  /** The communes searched: the commune, or those a postal code serves; empty for a position. */
  communes: Array<FinderCommune>;
  kind: FinderOriginKind;
  /** The point distances are measured from; null when no place around the commune is located (places are then listed by name). */
  location?: Maybe<GeoPoint>;
};

/** Where the finder looks from: exactly one of a commune, a postal code or a position. */
export type FinderOriginInput = {
  /** A current commune's INSEE code, e.g. 80021 (Amiens). */
  inseeCode?: InputMaybe<Scalars['String']['input']>;
  /** A position (WGS 84), with longitude, in France. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** A postal code: every commune it serves. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
};

/** How the finder's origin was given. */
export type FinderOriginKind =
  | 'COMMUNE'
  | 'POSITION'
  | 'POSTAL_CODE';

/** A place found, with what a person needs to go there. */
export type FoundPlace = {
  __typename?: 'FoundPlace';
  /** A link to directions to the place (OpenStreetMap); null for a place without a position. */
  directionsUrl?: Maybe<Scalars['String']['output']>;
  /** Metres from the origin as the crow flies; null without an origin. */
  distanceMetres?: Maybe<Scalars['Int']['output']>;
  /** Whether it is open now (its opening hours evaluated on French time, public holidays included); null when it gives none or they cannot be read. */
  openNow?: Maybe<Scalars['Boolean']['output']>;
  /** This week's opening hours in plain French, a line per run of days with the same hours (Du lundi au vendredi : de 9 h à 12 h et de 14 h à 18 h); empty when they cannot be read. */
  openingHoursText: Array<Scalars['String']['output']>;
  /** In plain French: Ouvert jusqu'à 18 h, Fermé, ouvre lundi à 9 h…; null when the hours cannot be read. */
  openingStatus?: Maybe<Scalars['String']['output']>;
  /** The place, with its open-data fields (services, publics, specific supports, accessibility sheet, phone…). */
  place: Place;
};

/** A point on the map, WGS 84. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
};

/** A point on the map, WGS 84. */
export type GeoPointInput = {
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
};

/** Why a row was rejected. */
export type ImportIssue = {
  __typename?: 'ImportIssue';
  /** INVALID_CODE, INVALID_OPENING_HOURS, INVALID_PHONE, INVALID_EMAIL, INVALID_URL, INVALID_LOCATION, BAD_USER_INPUT, UNKNOWN_ORGANISATION (no organisation whose places you may describe), DUPLICATE_ROW, MALFORMED_ROW, INTERNAL_ERROR. */
  code: Scalars['String']['output'];
  /** The file's column at fault; * for the whole row. */
  column: Scalars['String']['output'];
  /** The API field it feeds, as registerPlace names it. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The outcome of one row. */
export type ImportRow = {
  __typename?: 'ImportRow';
  /** The row's id column. */
  externalId?: Maybe<Scalars['String']['output']>;
  issues: Array<ImportIssue>;
  /** Line in the file; the header is line 1. */
  line: Scalars['Int']['output'];
  /** The place written or matched; null when rejected or in a dry run that would create it. */
  place?: Maybe<Place>;
  status: ImportRowStatus;
};

/** What happened to one row of an imported file. */
export type ImportRowStatus =
  /** A new place was registered. */
  | 'CREATED'
  /** Nothing of the row was written; see its issues. */
  | 'REJECTED'
  /** The place already said exactly this. */
  | 'UNCHANGED'
  /** An existing place (same organisation and id) was updated. */
  | 'UPDATED';

/** An invitation to join an organisation. Its code is shown once, when it is made, and stored only as a keyed hash. */
export type Invitation = {
  __typename?: 'Invitation';
  createdAt: Scalars['DateTime']['output'];
  /** Who it was meant for, as the administrator typed it (the platform sends no e-mail). */
  email: Scalars['String']['output'];
  /** Whether it has expired unaccepted. */
  expired: Scalars['Boolean']['output'];
  /** Seven days after it was made; it cannot be accepted after. */
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  organisation: Organisation;
  /** The role the person will have. */
  role: MemberRole;
};

/** A credential to issue. */
export type IssueCredentialInput = {
  /** SANDBOX: a test key, acting only in the organisation's sandbox (createSandbox). LIVE by default. */
  environment?: InputMaybe<CredentialEnvironment>;
  /** Defaults to one year from now; at most two years. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** VENDOR for a software vendor's key, which may act for the organisations that delegated to the vendor. ORGANISATION by default. */
  kind?: InputMaybe<CredentialKind>;
  label: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  /** redeem:place:<placeId> for the organisation's own places, handout:distributor:<organisationId> for itself, read:own. */
  scopes: Array<Scalars['String']['input']>;
};

/** A credential just issued, with its secret. */
export type IssuedCredential = {
  __typename?: 'IssuedCredential';
  credential: PartnerCredential;
  /** pnk_<credential id>_<random> (pnk_test_… for a SANDBOX key): shown this once, never again. Store it in the partner software's secret store. */
  secret: Scalars['String']['output'];
};

/** An invitation just made, with its code. */
export type IssuedInvitation = {
  __typename?: 'IssuedInvitation';
  /** pni_<invitation id>_<random>: shown this once, never again. The console turns it into a link to pass on. */
  code: Scalars['String']['output'];
  invitation: Invitation;
};

/** What a mediation place helps with (the national standard's "services"). */
export type MediationService =
  /** Aide aux démarches administratives. */
  | 'ADMINISTRATIVE_PROCEDURES'
  /** Acquisition de matériel informatique à prix solidaire. */
  | 'AFFORDABLE_EQUIPMENT'
  /** Loisirs et créations numériques. */
  | 'DIGITAL_LEISURE_AND_CREATION'
  /** Maîtrise des outils numériques du quotidien. */
  | 'EVERYDAY_DIGITAL_TOOLS'
  /** Accès internet et matériel informatique. */
  | 'INTERNET_AND_EQUIPMENT_ACCESS'
  /** Parentalité et éducation avec le numérique. */
  | 'PARENTING_AND_EDUCATION'
  /** Insertion professionnelle via le numérique. */
  | 'PROFESSIONAL_INTEGRATION'
  /** Utilisation sécurisée du numérique. */
  | 'SAFE_DIGITAL_USE'
  /** Compréhension du monde numérique. */
  | 'UNDERSTANDING_THE_DIGITAL_WORLD';

/** What a member may do in an organisation: both act for it; an administrator also manages its members and invitations. */
export type MemberRole =
  | 'ADMIN'
  | 'MEMBER';

/** A person's membership of an organisation, held by the platform (self-registered organisations). */
export type Membership = {
  __typename?: 'Membership';
  /** The e-mail of the invitation the person accepted; null for the person who registered the organisation. */
  email?: Maybe<Scalars['String']['output']>;
  organisation: Organisation;
  role: MemberRole;
  since: Scalars['DateTime']['output'];
  /** The person's subject at the identity provider (sub). */
  subject: Scalars['String']['output'];
};

/** Whether the place moves (itinerance). */
export type Mobility =
  /** Fixe. */
  | 'FIXED'
  /** Itinérant. */
  | 'MOBILE';

/** An amount of money. Counted in integer cents; every other field is a rendering of `cents`. */
export type Money = {
  __typename?: 'Money';
  /** Decimal rendering with two decimals and a dot: 763900.00. */
  amount: Scalars['String']['output'];
  /** The amount in cents (1000 = 10.00 EUR). */
  cents: Scalars['SafeInt']['output'];
  /** ISO 4217 currency code; always EUR. */
  currency: Scalars['String']['output'];
  /** French rendering: 763 900,00 €. */
  formatted: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * The organisation asked accepts: from now on the vendor's VENDOR keys act for it (partners.delegation.accepted.v1). Its own people only, never the vendor's, never partner software.
   * Errors: INVALID_TRANSITION (not PENDING), NOT_FOUND (also a delegation of another organisation, or one your organisation asked for), INVALID_ID, FORBIDDEN.
   */
  acceptDelegation: Delegation;
  /**
   * Joins an organisation with an invitation's code. Any signed-in person (role person).
   * Errors: INVITATION_INVALID (field code: unknown, expired or already used), ALREADY_MEMBER, FORBIDDEN.
   */
  acceptInvitation: Membership;
  /**
   * The place applies to accept one programme's passes, giving its bank details and the documents the programme asks for (see ApplyForQualificationInput). Its organisation's people only (role place, acting for it; in that programme when their grants are limited to some), once per programme, and again after the programme asked for changes.
   * Errors: APPLICATION_INCOMPLETE (field documentIds; missingKinds lists what is missing: nothing is written), NOT_FOUND (field documentIds.N: not a document of the organisation), DOCUMENT_NOT_UPLOADED (documentIds.N), INVALID_IBAN (field iban), BANK_DETAILS_LOCKED (field iban or cashesThroughRegie), REGIE_REQUIRES_PUBLIC_BODY, INVALID_TRANSITION (already applied to that programme, and no changes were asked), NOT_FOUND (field placeId: also another organisation's place; field programmeId: a programme your grants do not reach), INVALID_ID, FORBIDDEN.
   */
  applyForQualification: Place;
  /**
   * Approves a pending change: in one transaction the version in force is closed, the new one opens, the place's IBAN is updated, partners.bank-details.changed.v1 is announced (and bank-details.changed to the organisation's webhooks) and each other person of the organisation is notified. A finance officer of a programme the place applied to (and was not revoked from), never the requester; of two approvals at once, one wins.
   * Errors: NOT_FOUND (requestId: another programme's place, as a missing one), FOUR_EYES_REQUIRED, CHANGE_ALREADY_DECIDED, INVALID_ID, FORBIDDEN.
   */
  approveBankDetailsChange: BankDetailsChangeRequest;
  /**
   * Changes a member's role. Administrators of the organisation (role person); the organisation keeps at least one administrator.
   * Errors: NOT_FOUND (field organisationId: also an organisation you do not administer; field subject), LAST_ADMIN, BAD_USER_INPUT, INVALID_ID, FORBIDDEN.
   */
  changeMemberRole: Membership;
  /**
   * Opens the organisation's sandbox (Bac à sable — <name>): its places qualified in it, itself a distributor in it, test passes issued to it by the passes service (Sandbox.passes, a moment later). Asking again answers the sandbox already opened. The organisation's own people only (roles programme_manager, distributor, place), never partner software.
   * Errors: NOT_FOUND (also another organisation), INVALID_ID, FORBIDDEN (also partner software).
   */
  createSandbox: Sandbox;
  /**
   * The organisation asked declines (partners.delegation.declined.v1). Like acceptDelegation.
   * Errors: INVALID_TRANSITION, NOT_FOUND (as acceptDelegation), INVALID_ID, FORBIDDEN.
   */
  declineDelegation: Delegation;
  /** Deletes the webhook and its delivery log; returns its id. Errors: NOT_FOUND (as rotateWebhookSecret), INVALID_ID, FORBIDDEN. */
  deleteWebhook: Scalars['ID']['output'];
  /** Stops calls to the webhook; pending deliveries wait. Errors: NOT_FOUND (as rotateWebhookSecret), INVALID_ID, FORBIDDEN. */
  disableWebhook: Webhook;
  /** Resumes calls to a disabled webhook, pending deliveries first. Errors: NOT_FOUND (as rotateWebhookSecret), INVALID_ID, FORBIDDEN. */
  enableWebhook: Webhook;
  /**
   * Imports places from a CSV file in the national standard (comma or semicolon separated, UTF-8, at most 5,000 rows and 1 MB per call).
   * Each row's organisation is the one its pivot names (SIRET, RNA or SIREN), or organisationId when given. Re-importing updates places matched on (organisation, id), never duplicates them.
   * Every row is validated and reported; each accepted row is written in its own transaction, so a rejected row writes nothing. The people of an organisation (role place) for its own places, or the platform operator; a row of another organisation is rejected as one of an unknown organisation.
   * Errors (whole file): BAD_USER_INPUT (field csv: unreadable, missing columns, too many rows), NOT_FOUND (organisationId; also another organisation than yours), FORBIDDEN.
   */
  importPlaces: PlaceImportReport;
  /**
   * Invites someone to join the organisation; the answer carries the invitation's code, shown this once (the platform sends no e-mail: pass the link on yourself). Valid 7 days, used once. Administrators of the organisation (role person).
   * Errors: NOT_FOUND (field organisationId: also an organisation you do not administer), BAD_USER_INPUT (email, role), INVALID_ID, FORBIDDEN.
   */
  inviteMember: IssuedInvitation;
  /**
   * Issues a credential for partner software; the secret is in the answer and nowhere else, ever. The organisation's own people only (roles programme_manager, distributor, place), never partner software.
   * Errors: INVALID_SCOPE (field scopes.N), INVALID_EXPIRY (field expiresAt), BAD_USER_INPUT (label), NOT_FOUND (organisationId; also another organisation than yours), INVALID_ID, FORBIDDEN (also partner software).
   */
  issueCredential: IssuedCredential;
  /**
   * Marks one of the caller's notifications read (the first reading's instant is kept).
   * Errors: NOT_FOUND (someone else's, as a missing one), INVALID_ID.
   */
  markNotificationRead: Notification;
  /**
   * Sends a webhook.ping event to the webhook now, whatever it subscribed to, to test the receiver.
   * Errors: WEBHOOK_DISABLED, NOT_FOUND (as rotateWebhookSecret), INVALID_ID, FORBIDDEN.
   */
  pingWebhook: WebhookDelivery;
  /**
   * The programme accepts the place's application: the place may take that programme's passes (partners.place.qualified.v2). Managers of that programme only.
   * Errors: INVALID_TRANSITION, NOT_FOUND (field placeId: no application of that place to that programme — a missing place, a place that has not applied to it, or a programme you do not manage, all alike), ORGANISATION_NOT_VERIFIED (the place's organisation registered itself and the platform operator has not verified it), INVALID_ID, FORBIDDEN.
   */
  qualifyPlace: Place;
  /**
   * Sends one delivery again now, with a fresh retry schedule; its body and Pn-Webhook-Id are unchanged.
   * Errors: WEBHOOK_DISABLED, NOT_FOUND (deliveryId; also a delivery of another organisation's webhook), INVALID_ID, FORBIDDEN.
   */
  redeliverWebhook: WebhookDelivery;
  /**
   * The programme refuses the application, for good (the place never took its passes: no event). Managers of that programme only.
   * Errors: REASON_REQUIRED, INVALID_TRANSITION (only an application awaiting a decision or changes), NOT_FOUND (as qualifyPlace), INVALID_ID, FORBIDDEN.
   */
  refuseApplication: Place;
  /**
   * Registers your organisation, unverified until the platform operator checks it, and makes you its administrator; announces it (partners.organisation.registered.v1). For a signed-in person (role person). The SIRET is required.
   * Errors: ORGANISATION_ALREADY_REGISTERED (field siret: the organisation exists; ask one of its administrators for an invitation), INVALID_CODE (field siret, postalCode or inseeCode), MISSING_IDENTIFIER, BAD_USER_INPUT (name, legalKind, activities), FORBIDDEN.
   */
  registerMyOrganisation: Organisation;
  /**
   * Registers an organisation and announces it (partners.organisation.registered.v1). Organisations are shared by every programme: the platform operator and programme managers register them.
   * Errors: SIRET_ALREADY_REGISTERED (field siret), INVALID_CODE (field siret, siren, rna, postalCode or inseeCode), MISSING_IDENTIFIER, BAD_USER_INPUT, FORBIDDEN.
   */
  registerOrganisation: Organisation;
  /**
   * Registers a place of an organisation: a place is described once, for every programme, by its own organisation (role place, acting for it) or the platform operator.
   * Errors: INVALID_CODE (address.postalCode, address.inseeCode), INVALID_OPENING_HOURS (openingHours), INVALID_PHONE, INVALID_EMAIL, INVALID_URL, INVALID_LOCATION, EXTERNAL_ID_TAKEN, BAD_USER_INPUT, NOT_FOUND (organisationId; also another organisation than yours), FORBIDDEN.
   */
  registerPlace: Place;
  /**
   * Registers a webhook for an organisation; its signing secret is in the answer and nowhere else, ever. The organisation's own people only (roles programme_manager, distributor, place), never partner software. At most 10 per organisation.
   * Errors: INVALID_WEBHOOK_URL (field url), UNKNOWN_WEBHOOK_EVENT (field events or events.N), TOO_MANY_WEBHOOKS, NOT_FOUND (organisationId; also another organisation than yours), INVALID_ID, FORBIDDEN (also partner software).
   */
  registerWebhook: RegisteredWebhook;
  /**
   * A suspended place may take that programme's passes again (partners.place.reinstated.v2). Managers of that programme only.
   * Errors: INVALID_TRANSITION, NOT_FOUND (as qualifyPlace), INVALID_ID, FORBIDDEN.
   */
  reinstatePlace: Place;
  /**
   * Rejects a pending change, saying why (the place's people read it). Same deciders as approveBankDetailsChange.
   * Errors: as approveBankDetailsChange; REASON_REQUIRED, BAD_USER_INPUT (reason).
   */
  rejectBankDetailsChange: BankDetailsChangeRequest;
  /**
   * Refuses a self-registered organisation, with the reason its members will read. Platform operator only.
   * Errors: NOT_FOUND (field organisationId), VERIFICATION_ALREADY_DECIDED, BAD_USER_INPUT (reason), INVALID_ID, FORBIDDEN.
   */
  rejectOrganisation: Organisation;
  /**
   * Removes a member from the organisation. Administrators of the organisation (role person); never its last administrator.
   * Errors: NOT_FOUND (field organisationId: also an organisation you do not administer; field subject), LAST_ADMIN, INVALID_ID, FORBIDDEN.
   */
  removeMember: Scalars['Boolean']['output'];
  /**
   * The programme asks the place to complete its application (message: what to change, kept in the history); the place applies again (applyForQualification). Managers of that programme only.
   * Errors: REASON_REQUIRED (field reason: the message), INVALID_TRANSITION (only an application awaiting a decision), NOT_FOUND (as qualifyPlace), INVALID_ID, FORBIDDEN.
   */
  requestApplicationChanges: Place;
  /**
   * Asks for new bank details for a place, with the bank's certificate. The place's organisation's own people (role place), never partner software. A finance officer of a programme the place applied to decides (approveBankDetailsChange); until then the bank details on file stay in force.
   * Errors: NOT_FOUND (placeId: another organisation's place, as a missing one; certificateDocumentId: another organisation's document, as a missing one), DOCUMENT_NOT_UPLOADED, DOCUMENT_KIND_MISMATCH (certificateDocumentId), INVALID_IBAN (iban), INVALID_BIC (bic), INVALID_HOLDER (holder), NO_BANK_DETAILS_YET (the place never applied: give them when applying), CHANGE_ALREADY_PENDING, INVALID_ID, FORBIDDEN.
   */
  requestBankDetailsChange: BankDetailsChangeRequest;
  /**
   * A software vendor asks an organisation to let the vendor's keys act for it (partners.delegation.requested.v1; webhook delegation.requested to the organisation). The vendor's own people only (roles programme_manager, distributor, place), never partner software; one request or delegation in force per pair.
   * Errors: INVALID_SCOPE (field scopes.N: a scope the organisation's own keys could not have), SELF_DELEGATION, DELEGATION_EXISTS, NOT_FOUND (vendorOrganisationId: also another organisation than yours; organisationId), INVALID_ID, FORBIDDEN (also partner software).
   */
  requestDelegation: Delegation;
  /**
   * Declares a document to upload and answers a link to PUT its bytes to (15 minutes; the body is the file itself, its size exactly byteSize). The organisation's own people (roles place, distributor), for the organisation or one of its places, and for a programme when given (its staff may then read it).
   * The upload answers JSON: 200 { document }, or an error with its code — DOCUMENT_TOO_LARGE (413), DOCUMENT_TYPE_NOT_ALLOWED (415: not a PDF, PNG or JPEG), DOCUMENT_CONTENT_MISMATCH (422: the content is not the declared type), DOCUMENT_SIZE_MISMATCH (422), UPLOAD_LINK_EXPIRED (410), UPLOAD_LINK_INVALID (403: forged, or already used); nothing is kept on refusal.
   * Errors: DOCUMENT_TOO_LARGE (byteSize over 10 MB), DOCUMENT_TYPE_NOT_ALLOWED (contentType), BAD_USER_INPUT (fileName, byteSize, neither organisationId nor placeId), NOT_FOUND (organisationId, placeId or programmeId: also another organisation's), INVALID_ID, FORBIDDEN.
   */
  requestDocumentUpload: DocumentUpload;
  /**
   * Revokes a credential at once and announces it (partners.credential.revoked.v1). The organisation's own people only, never partner software.
   * Errors: ALREADY_REVOKED, NOT_FOUND (also another organisation's credential), INVALID_ID, FORBIDDEN (also partner software).
   */
  revokeCredential: PartnerCredential;
  /**
   * Either side ends a delegation, or the vendor withdraws its request (partners.delegation.revoked.v1; webhook delegation.revoked to both). The vendor's keys stop acting for the organisation within the gateway's credential cache lifetime (CREDENTIAL_CACHE_SECONDS, 5 s).
   * Errors: INVALID_TRANSITION (already DECLINED or REVOKED), NOT_FOUND (also another organisations' delegation), INVALID_ID, FORBIDDEN (also partner software).
   */
  revokeDelegation: Delegation;
  /**
   * The place loses its qualification for that programme, or its application to it is refused, for good (partners.place.revoked.v2). Managers of that programme only.
   * Errors: REASON_REQUIRED, INVALID_TRANSITION, NOT_FOUND (as qualifyPlace), INVALID_ID, FORBIDDEN.
   */
  revokePlace: Place;
  /**
   * Gives the webhook a new secret, shown once. For 24 hours calls carry two signatures, one per secret, so the receiver can switch without losing a call. Like every change of a webhook below: the people of its organisation only (roles programme_manager, distributor, place), never partner software.
   * Errors: NOT_FOUND (webhookId, also when the webhook is not your organisation's), INVALID_ID, FORBIDDEN (also partner software).
   */
  rotateWebhookSecret: RegisteredWebhook;
  /**
   * Sets the kinds of documents the programme asks of applicants (REGIE_ACT is asked of public bodies whatever the list says, and of no one else). Applications already made are not asked again. Managers of that programme only.
   * Errors: BAD_USER_INPUT (field kinds: empty), NOT_FOUND (programmeId: a programme you do not manage), INVALID_ID, FORBIDDEN.
   */
  setApplicationRequirements: Array<DocumentKind>;
  /**
   * Records an agreement and announces it (partners.agreement.signed.v1). Managers of that programme only.
   * Errors: NOT_FOUND (field programmeId: a programme you do not manage, as an unknown one; field organisationId), AGREEMENT_OVERLAPS, INVALID_PERIOD (field endsOn), INVALID_CODE (field scope), INVALID_ID, FORBIDDEN.
   */
  signAgreement: Agreement;
  /**
   * A qualified place may not take that programme's passes until reinstated (partners.place.suspended.v2). Managers of that programme only.
   * Errors: REASON_REQUIRED, INVALID_TRANSITION, NOT_FOUND (as qualifyPlace), INVALID_ID, FORBIDDEN.
   */
  suspendPlace: Place;
  /**
   * Replaces a place's description (and its contact people when given); its qualifications and IBAN are untouched. Announces a new name or commune (partners.place.updated.v1). Its organisation or the platform operator, as registerPlace.
   * Same errors as registerPlace; NOT_FOUND (placeId) also when the place is not yours.
   */
  updatePlace: Place;
  /**
   * Records that a self-registered organisation is who it says. Platform operator only.
   * Errors: NOT_FOUND (field organisationId), VERIFICATION_ALREADY_DECIDED, INVALID_ID, FORBIDDEN.
   */
  verifyOrganisation: Organisation;
};


export type MutationAcceptDelegationArgs = {
  delegationId: Scalars['ID']['input'];
};


export type MutationAcceptInvitationArgs = {
  code: Scalars['String']['input'];
};


export type MutationApplyForQualificationArgs = {
  input: ApplyForQualificationInput;
};


export type MutationApproveBankDetailsChangeArgs = {
  requestId: Scalars['ID']['input'];
};


export type MutationChangeMemberRoleArgs = {
  organisationId: Scalars['ID']['input'];
  role: MemberRole;
  subject: Scalars['String']['input'];
};


export type MutationCreateSandboxArgs = {
  organisationId: Scalars['ID']['input'];
};


export type MutationDeclineDelegationArgs = {
  delegationId: Scalars['ID']['input'];
};


export type MutationDeleteWebhookArgs = {
  webhookId: Scalars['ID']['input'];
};


export type MutationDisableWebhookArgs = {
  webhookId: Scalars['ID']['input'];
};


export type MutationEnableWebhookArgs = {
  webhookId: Scalars['ID']['input'];
};


export type MutationImportPlacesArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationInviteMemberArgs = {
  email: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  role: MemberRole;
};


export type MutationIssueCredentialArgs = {
  input: IssueCredentialInput;
};


export type MutationMarkNotificationReadArgs = {
  notificationId: Scalars['ID']['input'];
};


export type MutationPingWebhookArgs = {
  webhookId: Scalars['ID']['input'];
};


export type MutationQualifyPlaceArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  placeId: Scalars['ID']['input'];
  programmeId: Scalars['ID']['input'];
};


export type MutationRedeliverWebhookArgs = {
  deliveryId: Scalars['ID']['input'];
};


export type MutationRefuseApplicationArgs = {
  placeId: Scalars['ID']['input'];
  programmeId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRegisterMyOrganisationArgs = {
  input: RegisterMyOrganisationInput;
};


export type MutationRegisterOrganisationArgs = {
  input: RegisterOrganisationInput;
};


export type MutationRegisterPlaceArgs = {
  input: RegisterPlaceInput;
};


export type MutationRegisterWebhookArgs = {
  input: RegisterWebhookInput;
};


export type MutationReinstatePlaceArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  placeId: Scalars['ID']['input'];
  programmeId: Scalars['ID']['input'];
};


export type MutationRejectBankDetailsChangeArgs = {
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};


export type MutationRejectOrganisationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveMemberArgs = {
  organisationId: Scalars['ID']['input'];
  subject: Scalars['String']['input'];
};


export type MutationRequestApplicationChangesArgs = {
  message: Scalars['String']['input'];
  placeId: Scalars['ID']['input'];
  programmeId: Scalars['ID']['input'];
};


export type MutationRequestBankDetailsChangeArgs = {
  input: RequestBankDetailsChangeInput;
};


export type MutationRequestDelegationArgs = {
  input: RequestDelegationInput;
};


export type MutationRequestDocumentUploadArgs = {
  input: RequestDocumentUploadInput;
};


export type MutationRevokeCredentialArgs = {
  credentialId: Scalars['ID']['input'];
};


export type MutationRevokeDelegationArgs = {
  delegationId: Scalars['ID']['input'];
};


export type MutationRevokePlaceArgs = {
  placeId: Scalars['ID']['input'];
  programmeId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  webhookId: Scalars['ID']['input'];
};


export type MutationSetApplicationRequirementsArgs = {
  kinds: Array<DocumentKind>;
  programmeId: Scalars['ID']['input'];
};


export type MutationSignAgreementArgs = {
  input: SignAgreementInput;
};


export type MutationSuspendPlaceArgs = {
  placeId: Scalars['ID']['input'];
  programmeId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUpdatePlaceArgs = {
  contactPeople?: InputMaybe<Array<ContactPersonInput>>;
  description: PlaceDescriptionInput;
  placeId: Scalars['ID']['input'];
};


export type MutationVerifyOrganisationArgs = {
  id: Scalars['ID']['input'];
};

/** National schemes the place takes part in (dispositif_programmes_nationaux). */
export type NationalScheme =
  | 'AIDANTS_CONNECT'
  /** Point d'accès numérique CAF. */
  | 'CAF_DIGITAL_ACCESS_POINT'
  /** Conseillers numériques. */
  | 'DIGITAL_ADVISERS'
  | 'EMMAUS_CONNECT'
  /** Relais numérique (Emmaüs Connect). */
  | 'EMMAUS_CONNECT_RELAY'
  | 'FRANCE_SERVICES'
  | 'GRANDE_ECOLE_DU_NUMERIQUE'
  | 'PIX_CERTIFICATION'
  | 'PROMENEURS_DU_NET'
  /** La Croix Rouge. */
  | 'RED_CROSS'
  /** Bibliothèques numérique de référence. */
  | 'REFERENCE_DIGITAL_LIBRARIES';

/** Something a person of an organisation is told in the console, until (and after) they read it. */
export type Notification = {
  __typename?: 'Notification';
  createdAt: Scalars['DateTime']['output'];
  /** BANK_DETAILS_CHANGED: the new account, masked. */
  ibanMasked?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  organisation?: Maybe<Organisation>;
  /** The place it is about. */
  place?: Maybe<Place>;
  /** Null while unread. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
};

/** What a notification is about. */
export type NotificationKind =
  /** A place of the organisation has new bank details (someone else asked for them). */
  | 'BANK_DETAILS_CHANGED';

/** An organisation taking part in programmes: a local authority, an association, an operator, a company… */
export type Organisation = {
  __typename?: 'Organisation';
  /** What the organisation does on the platform, as it declared when it registered itself; empty for organisations registered by staff before self-registration. */
  activities: Array<OrganisationActivity>;
  address: PostalAddress;
  /** The organisation's agreements (roles in programmes), oldest first; only those of one programme when programmeId is given. */
  agreements: Array<Agreement>;
  /** The organisation's partner software credentials, newest first (never their secrets). For the organisation's own people and software (roles programme_manager, distributor, place; FORBIDDEN and null for other roles); null for members of other organisations. */
  credentials?: Maybe<Array<PartnerCredential>>;
  /** The delegations the organisation gave software vendors, and the requests it received, newest first. For the organisation's own people, never partner software (roles programme_manager, distributor, place; FORBIDDEN and null for other roles); null for anyone else. */
  delegationsGranted?: Maybe<Array<Delegation>>;
  /** As a software vendor: the delegations the organisation asked others for, newest first. For the organisation's own people, never partner software (roles programme_manager, distributor, place; FORBIDDEN and null for other roles); null for anyone else. */
  delegationsReceived?: Maybe<Array<Delegation>>;
  id: Scalars['ID']['output'];
  /** The organisation's invitations not yet accepted, newest first (expired ones included). For its administrators (role person); null for anyone else. */
  invitations?: Maybe<Array<Invitation>>;
  legalKind: OrganisationKind;
  /** The organisation's members as the platform holds them (self-registered organisations), oldest first. For its own members (role person); null for anyone else. */
  members?: Maybe<Array<Membership>>;
  name: Scalars['String']['output'];
  registeredAt: Scalars['DateTime']['output'];
  /** Répertoire national des associations number, for associations registered without a SIRET. */
  rna?: Maybe<Scalars['String']['output']>;
  /** The organisation's sandbox, where its software tries the API on test passes; null until its people open it (createSandbox). For the organisation's own people and software (roles programme_manager, distributor, place; FORBIDDEN and null for other roles); null for members of other organisations. */
  sandbox?: Maybe<Sandbox>;
  /** Legal-unit number (9 digits): the SIRET's first nine digits, or given alone. */
  siren?: Maybe<Scalars['String']['output']>;
  /** Establishment number (14 digits); unique across the platform. */
  siret?: Maybe<Scalars['String']['output']>;
  /** Whether the platform operator has checked the organisation: organisations registered by staff are VERIFIED; a self-registered one is UNVERIFIED until the operator decides, and its places cannot be qualified until then. */
  verification: OrganisationVerification;
  /** The organisation's webhooks, oldest first. For the organisation's own people, never partner software (roles programme_manager, distributor, place; FORBIDDEN and null for other roles); null for anyone else. */
  webhooks?: Maybe<Array<Webhook>>;
};


/** An organisation taking part in programmes: a local authority, an association, an operator, a company… */
export type OrganisationAgreementsArgs = {
  programmeId?: InputMaybe<Scalars['ID']['input']>;
};

/** What an organisation does on the platform: the grants its members receive follow from it (a mediation place's members act as place, a distributor's as distributor). */
export type OrganisationActivity =
  /** Hands passes out to the people it accompanies. */
  | 'DISTRIBUTOR'
  /** Welcomes people and redeems passes at its mediation places. */
  | 'MEDIATION_PLACE';

/** A page of organisations, by name. */
export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  edges: Array<OrganisationEdge>;
  pageInfo: PageInfo;
  /** Organisations matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One organisation of a page. */
export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  cursor: Scalars['String']['output'];
  node: Organisation;
};

/** Legal kind of an organisation taking part in a programme. */
export type OrganisationKind =
  | 'ASSOCIATION'
  | 'CCAS'
  | 'COMMUNE'
  | 'COMPANY'
  | 'DEPARTEMENT'
  | 'EPCI'
  /** Issues passes (e.g. a cooperative like APTIC). */
  | 'OPERATOR'
  | 'PUBLIC_AGENCY'
  | 'REGION'
  /** Centre social. */
  | 'SOCIAL_CENTRE'
  /** Tiers-lieu. */
  | 'THIRD_PLACE';

/** The platform operator's check of an organisation. */
export type OrganisationVerification = {
  __typename?: 'OrganisationVerification';
  /** When the operator decided; null while unverified and for organisations registered by staff. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the operator refused the organisation; null otherwise. For the organisation's members (role person) and the operator; null for anyone else. */
  reason?: Maybe<Scalars['String']['output']>;
  status: VerificationStatus;
};

/** Where a page starts and ends (Relay's PageInfo). Pages go forward (first/after): hasPreviousPage says whether the page was asked after a cursor. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A credential of partner software (a place's till, a distributor's tool). Its secret is shown once, at issue, and stored only as a keyed hash. */
export type PartnerCredential = {
  __typename?: 'PartnerCredential';
  createdAt: Scalars['DateTime']['output'];
  /** LIVE (real passes) or SANDBOX (the organisation's sandbox only). */
  environment: CredentialEnvironment;
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** ORGANISATION (its own software) or VENDOR (a software vendor's key, which may also act for organisations that delegated to the vendor). */
  kind: CredentialKind;
  /** What the software is, for people who manage it. */
  label: Scalars['String']['output'];
  /** Last successful use, to the minute. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  organisation?: Maybe<Organisation>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What it may do: redeem:place:<placeId> (redeem passes at that place), handout:distributor:<organisationId> (hand out passes for that distributor), read:own (read its organisation's own figures). */
  scopes: Array<Scalars['String']['output']>;
  status: CredentialStatus;
};

/** A person's membership as the gateway reads it to give grants; used by the gateway only. */
export type PersonMembership = {
  __typename?: 'PersonMembership';
  /** What the organisation does: the grants the membership gives (MEDIATION_PLACE: place, DISTRIBUTOR: distributor). */
  activities: Array<OrganisationActivity>;
  organisationId: Scalars['ID']['output'];
  role: MemberRole;
  since: Scalars['DateTime']['output'];
};

/**
 * A digital-mediation place (lieu de médiation numérique), described with the fields of the national standard v1.0.2 (once, for every programme), and its qualification to accept each programme's passes.
 * Anyone sees the standard's open-data fields and acceptsPasses. Private fields answer FORBIDDEN and null to roles that may never read them, and null to callers of those roles who may not read this place's.
 */
export type Place = {
  __typename?: 'Place';
  /** Whether the place may accept passes now: qualified for that programme, or for at least one when programmeId is omitted. Public. */
  acceptsPasses: Scalars['Boolean']['output'];
  accessModes: Array<AccessMode>;
  /** Accessibility sheet on acceslibre.beta.gouv.fr. */
  accessibilityUrl?: Maybe<Scalars['String']['output']>;
  address: PostalAddress;
  /** Private: the requests to change the place's bank details, newest first. For the same readers as bankDetailsHistory; null for the others. */
  bankDetailsChangeRequests?: Maybe<Array<BankDetailsChangeRequest>>;
  /** Private: every version of the place's bank details, newest first. For the place's organisation and the staff of the programmes it applied to; null for the others and for a place that never gave any. */
  bankDetailsHistory?: Maybe<Array<BankDetailsVersion>>;
  /** Online booking page. */
  bookingUrl?: Maybe<Scalars['String']['output']>;
  /** Whether the place, a public body, cashes passes through a régie. For the place's organisation and the staff of the programmes it applied to; null for the others. */
  cashesThroughRegie?: Maybe<Scalars['Boolean']['output']>;
  /** Private: for the place's organisation and the staff (programme managers, finance officers) of the programmes it applied to; null for the others. */
  contactPeople?: Maybe<Array<ContactPerson>>;
  description?: Maybe<Scalars['String']['output']>;
  emails: Array<Scalars['String']['output']>;
  /** The standard's id: the producer's identifier of the place, unique within its organisation. The CSV import matches rows on (organisation, externalId). */
  externalId: Scalars['String']['output'];
  fees: Array<FeeKind>;
  /** Private: where every programme's reimbursements go. For the place's organisation and the staff of the programmes it applied to; null for the others. */
  iban?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  location?: Maybe<GeoPoint>;
  mobility: Array<Mobility>;
  name: Scalars['String']['output'];
  nationalSchemes: Array<NationalScheme>;
  /** Opening hours in the OpenStreetMap opening_hours format, e.g. Mo-Fr 09:00-12:00,14:00-17:00. */
  openingHours?: Maybe<Scalars['String']['output']>;
  /** The organisation that runs the place (the standard's pivot is its SIRET). */
  organisation?: Maybe<Organisation>;
  otherLabels: Array<Scalars['String']['output']>;
  /** The structure the place depends on, e.g. a town hall's SIRET for its library. */
  parentStructure?: Maybe<Scalars['String']['output']>;
  /** Public telephone, international form. */
  phone?: Maybe<Scalars['String']['output']>;
  publics: Array<SpecificPublic>;
  /** The place's qualification in one programme; null when it has not applied to it, or for a reader who may not see that programme's (as above). */
  qualification?: Maybe<Qualification>;
  /** The place's qualification in each programme it applied to, in the order it applied: all of them for its organisation, that programme's for its staff and funders' auditors; the others are left out. Null when none is left to show (or the place never applied). */
  qualifications?: Maybe<Array<Qualification>>;
  services: Array<MediationService>;
  /** Who produced the description. */
  source?: Maybe<Scalars['String']['output']>;
  specificSupports: Array<SpecificSupport>;
  /** At most 280 characters. */
  summary?: Maybe<Scalars['String']['output']>;
  supportModes: Array<SupportMode>;
  trainingLabels: Array<TrainingLabel>;
  /** Typology codes of the standard, e.g. BIB, CCAS, TIERS_LIEUX. */
  typologies: Array<Scalars['String']['output']>;
  /** Last change of the description (the standard's date_maj). */
  updatedAt: Scalars['DateTime']['output'];
  websites: Array<Scalars['String']['output']>;
};


/**
 * A digital-mediation place (lieu de médiation numérique), described with the fields of the national standard v1.0.2 (once, for every programme), and its qualification to accept each programme's passes.
 * Anyone sees the standard's open-data fields and acceptsPasses. Private fields answer FORBIDDEN and null to roles that may never read them, and null to callers of those roles who may not read this place's.
 */
export type PlaceAcceptsPassesArgs = {
  programmeId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * A digital-mediation place (lieu de médiation numérique), described with the fields of the national standard v1.0.2 (once, for every programme), and its qualification to accept each programme's passes.
 * Anyone sees the standard's open-data fields and acceptsPasses. Private fields answer FORBIDDEN and null to roles that may never read them, and null to callers of those roles who may not read this place's.
 */
export type PlaceQualificationArgs = {
  programmeId: Scalars['ID']['input'];
};

/** A page of places, by name. */
export type PlaceConnection = {
  __typename?: 'PlaceConnection';
  edges: Array<PlaceEdge>;
  pageInfo: PageInfo;
  /** Places matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Place counts of every territory of a level, as columns: counts[i] belongs to keys[i]. */
export type PlaceCountColumns = {
  __typename?: 'PlaceCountColumns';
  counts: Array<Scalars['Int']['output']>;
  /** The same as one CSV text (RFC 4180, header code,places; one line per territory, in code order): one string crosses the gateway untouched, where 35,000 list values would each be walked. */
  csv: Scalars['String']['output'];
  /** Territory codes, in order. */
  keys: Array<Scalars['String']['output']>;
  level: TerritoryLevel;
};

/** A place's description in the national standard's terms. */
export type PlaceDescriptionInput = {
  accessModes?: InputMaybe<Array<AccessMode>>;
  accessibilityUrl?: InputMaybe<Scalars['String']['input']>;
  address: PostalAddressInput;
  bookingUrl?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The producer's identifier of the place; defaults to the place's id. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  fees?: InputMaybe<Array<FeeKind>>;
  location?: InputMaybe<GeoPointInput>;
  mobility?: InputMaybe<Array<Mobility>>;
  name: Scalars['String']['input'];
  nationalSchemes?: InputMaybe<Array<NationalScheme>>;
  /** OpenStreetMap opening_hours format. */
  openingHours?: InputMaybe<Scalars['String']['input']>;
  otherLabels?: InputMaybe<Array<Scalars['String']['input']>>;
  parentStructure?: InputMaybe<Scalars['String']['input']>;
  /** French telephone number, any usual spelling; stored in international form. */
  phone?: InputMaybe<Scalars['String']['input']>;
  publics?: InputMaybe<Array<SpecificPublic>>;
  /** At least one. */
  services: Array<MediationService>;
  source?: InputMaybe<Scalars['String']['input']>;
  specificSupports?: InputMaybe<Array<SpecificSupport>>;
  summary?: InputMaybe<Scalars['String']['input']>;
  supportModes?: InputMaybe<Array<SupportMode>>;
  trainingLabels?: InputMaybe<Array<TrainingLabel>>;
  typologies?: InputMaybe<Array<Scalars['String']['input']>>;
  /** http(s) URLs. */
  websites?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** One place of a page. */
export type PlaceEdge = {
  __typename?: 'PlaceEdge';
  cursor: Scalars['String']['output'];
  node: Place;
};

/** The finder's answer. */
export type PlaceFinderResult = {
  __typename?: 'PlaceFinderResult';
  /** Null when no origin was given. */
  origin?: Maybe<FinderOrigin>;
  /** Nearest first (by name without an origin). */
  places: Array<FoundPlace>;
  /** How far from the origin places are looked for; null without an origin. */
  radiusKilometres?: Maybe<Scalars['Int']['output']>;
};

/** The report of a CSV import: every row accepted or rejected, with reasons. */
export type PlaceImportReport = {
  __typename?: 'PlaceImportReport';
  created: Scalars['Int']['output'];
  /** True when nothing was written. */
  dryRun: Scalars['Boolean']['output'];
  rejected: Scalars['Int']['output'];
  /** Every row, in file order. */
  rows: Array<ImportRow>;
  totalRows: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** A postal address in France, in a current INSEE commune. */
export type PostalAddress = {
  __typename?: 'PostalAddress';
  /** The commune as a federated territory. */
  commune: Territory;
  /** The commune's official name. */
  communeName?: Maybe<Scalars['String']['output']>;
  /** Building, floor, or place within a larger site. */
  complement?: Maybe<Scalars['String']['output']>;
  /** The commune's INSEE code (not its postal code). */
  inseeCode: Scalars['String']['output'];
  /** Five digits; a CEDEX code of the commune's département is accepted. */
  postalCode: Scalars['String']['output'];
  /** Number and street, as written on mail. */
  street: Scalars['String']['output'];
};

/** A postal address in France. */
export type PostalAddressInput = {
  complement?: InputMaybe<Scalars['String']['input']>;
  /** INSEE code of a current commune (not the postal code). */
  inseeCode: Scalars['String']['input'];
  postalCode: Scalars['String']['input'];
  street: Scalars['String']['input'];
};

/** A public voucher programme, owned by the funding service; here only its key. */
export type Programme = {
  __typename?: 'Programme';
  id: Scalars['ID']['output'];
};

/** What an organisation does for a programme. */
export type ProgrammeRole =
  /** Steers the programme on its territory with the programme owner. */
  | 'CO_PILOT'
  /** Hands passes out to beneficiaries (prescripteur). */
  | 'DISTRIBUTOR'
  /** Pays for part of the programme. */
  | 'FUNDER'
  /** Issues passes and may settle with places. */
  | 'OPERATOR';

/** A place's qualification record in one programme: its application and the programme's decisions. Shown to the place's organisation (all of its programmes) and to the staff and funders' auditors of that programme. */
export type Qualification = {
  __typename?: 'Qualification';
  /** When the place first applied to the programme. */
  appliedAt: Scalars['DateTime']['output'];
  /** The documents the place's latest application gave, in the order of the kinds the programme asks for. */
  documents: Array<Document>;
  /** Every step in this programme, oldest first. */
  history: Array<QualificationStep>;
  /** The place that applied. */
  place: Place;
  /** The programme the place applied to. */
  programme: Programme;
  /** The kinds of documents the programme asks of this place's organisation (see applicationRequirements). */
  requiredDocuments: Array<DocumentKind>;
  status: QualificationStatus;
  /** When the record last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A step of the qualification workflow. */
export type QualificationAction =
  /** The place applies, or applies again after changes were asked. */
  | 'APPLY'
  | 'QUALIFY'
  /** The programme refuses the application. */
  | 'REFUSE'
  | 'REINSTATE'
  /** The programme asks the place to complete its application. */
  | 'REQUEST_CHANGES'
  | 'REVOKE'
  | 'SUSPEND';

/** A page of applications. */
export type QualificationConnection = {
  __typename?: 'QualificationConnection';
  edges: Array<QualificationEdge>;
  pageInfo: PageInfo;
  /** Applications matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An application in a page. */
export type QualificationEdge = {
  __typename?: 'QualificationEdge';
  cursor: Scalars['String']['output'];
  node: Qualification;
};

/** Where a place stands in the qualification that lets it accept passes. */
export type QualificationStatus =
  /** Has applied, with an IBAN; awaits the programme's decision. */
  | 'APPLIED'
  /** The programme asked the place to complete its application (the step's reason says what); the place applies again. */
  | 'CHANGES_REQUESTED'
  /** May accept passes. */
  | 'QUALIFIED'
  /** The programme refused the application, for good. */
  | 'REFUSED'
  /** Lost its qualification for good. */
  | 'REVOKED'
  /** May not accept passes until reinstated. */
  | 'SUSPENDED';

/** One recorded step of a place's qualification: who, when, why. */
export type QualificationStep = {
  __typename?: 'QualificationStep';
  action: QualificationAction;
  at: Scalars['DateTime']['output'];
  /** The subject of whoever took the step (a person's or a partner credential's id). */
  by: Scalars['String']['output'];
  /** Null for the application. */
  from?: Maybe<QualificationStatus>;
  /** Why; always given for a suspension or a revocation. */
  reason?: Maybe<Scalars['String']['output']>;
  to: QualificationStatus;
};

export type Query = {
  __typename?: 'Query';
  /** One agreement by id; null when there is none. */
  agreement?: Maybe<Agreement>;
  /** A programme's agreements, optionally of one role. */
  agreements: AgreementConnection;
  /** The kinds of documents a programme asks of applicants: the programme's list (BANK_DETAILS_CERTIFICATE and STATUTES until its managers set one), with REGIE_ACT for public bodies only, always asked of them. With organisationId, those asked of that organisation. Errors: INVALID_ID, NOT_FOUND (organisationId). */
  applicationRequirements: Array<DocumentKind>;
  /** The applications to a programme, oldest first, optionally of one status. The programme's staff only; a programme you do not reach has no applications. Errors: INVALID_ID. */
  applications: QualificationConnection;
  /** One document, for the applicant organisation's people and the staff of the programmes it was submitted to; null for anyone else, as for a missing one. Errors: INVALID_ID. */
  document?: Maybe<Document>;
  /**
   * The public finder, for anyone: the places that accept a programme's passes (programmeId), or any programme's when it is omitted, nearest first from a commune, a postal code or a position (near), within 100 km; by name when no origin is given (or, for a commune or postal code with no located place anywhere around, the places of its département, its own first). Narrowed to a territory, a service, places open now. Distances are as the crow flies; a commune's or a postal code's position is estimated from the places around it (origin.approximate).
   * Errors: BAD_USER_INPUT (near names none or several origins, half a position, first outside 1–50), UNKNOWN_COMMUNE, UNKNOWN_POSTAL_CODE, OUTSIDE_FRANCE (a position outside metropolitan France and the overseas départements), INVALID_ID, INVALID_CODE (territory).
   */
  findPlaces: PlaceFinderResult;
  /** Your memberships of organisations (those the platform holds: self-registered organisations and the invitations you accepted), oldest first. Role person. */
  myMemberships: Array<Membership>;
  /** The caller's own notifications, newest first (at most `first`, 200 at most). */
  myNotifications: Array<Notification>;
  /** One organisation by id; null when there is none. */
  organisation?: Maybe<Organisation>;
  /** The organisation registered with this SIRET; null when there is none. */
  organisationBySiret?: Maybe<Organisation>;
  /** Organisations by name, optionally of one legal kind. */
  organisations: OrganisationConnection;
  /** Self-registered organisations waiting for the operator's verification, by name. Platform operator only. */
  organisationsAwaitingVerification: OrganisationConnection;
  /** The partners service's audit trail: every mutation it received, newest first. Programme staff only. */
  partnersAuditTrail: AuditEntryConnection;
  /**
   * Pending changes of bank details of the places that applied to the programme (and were not revoked), oldest first: the finance officers' queue. Empty for a programme the caller does not hold the role in (as for one without any).
   * Errors: INVALID_ID.
   */
  pendingBankDetailsChanges: Array<BankDetailsChangeRequest>;
  /** The gateway's question for a person whose token carries no role of the platform: the organisations the platform knows them a member of, oldest membership first. Not part of the public API (inaccessible); callable only with the gateway's own platform identity. */
  personMemberships: Array<PersonMembership>;
  /** One place by id; null when there is none. */
  place?: Maybe<Place>;
  /** Open data: how many places each territory of a level holds (only the qualified ones, which accept passes, by default), for the whole country in one answer — the territories with at least one place, by code. The same counts as Territory.placeCount, as columns for maps and dashboards of every commune; recounted at most every 30 seconds. Errors: BAD_USER_INPUT (level ZONE). */
  placeCountColumns: PlaceCountColumns;
  /** Places by name: in a territory (resolved to its communes with the official geography; a ZONE has none here yet), of an organisation, offering a service, addressing a public, qualified for at least one programme (qualifiedOnly) or qualified for one programme (programmeId, whatever qualifiedOnly says). Errors: INVALID_ID, INVALID_CODE (territory). */
  places: PlaceConnection;
  /**
   * Places as a CSV file in the national standard v1.0.2 (schema order, lists joined with |): all of them, or those of a territory, optionally only those qualified for at least one programme (qualifiedOnly) or for one programme (programmeId). Open data: no private field. The id column is the place's id, so a re-import of the file updates the same places. A text cell starting with = + - or @ is written with a leading apostrophe, so that a spreadsheet shows it as text and never runs it as a formula (a re-import reads it back without the apostrophe).
   * Errors: INVALID_ID, INVALID_CODE (territory).
   */
  placesCsv: Scalars['String']['output'];
  /** The gateway's check of a presented partner secret: null when unknown, wrong, expired or revoked. Not part of the public API (inaccessible); callable only with the gateway's own platform identity. Updates the credential's last-used time. */
  verifyCredential?: Maybe<VerifiedCredential>;
  /** One webhook by id; null when there is none or it is not your organisation's. People of its organisation only (roles programme_manager, distributor, place), never partner software. */
  webhook?: Maybe<Webhook>;
};


export type QueryAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programmeId: Scalars['ID']['input'];
  role?: InputMaybe<ProgrammeRole>;
};


export type QueryApplicationRequirementsArgs = {
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  programmeId: Scalars['ID']['input'];
};


export type QueryApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programmeId: Scalars['ID']['input'];
  status?: InputMaybe<QualificationStatus>;
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFindPlacesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  near?: InputMaybe<FinderOriginInput>;
  openNow?: InputMaybe<Scalars['Boolean']['input']>;
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  service?: InputMaybe<MediationService>;
  territory?: InputMaybe<TerritoryRefInput>;
};


export type QueryMyNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationBySiretArgs = {
  siret: Scalars['String']['input'];
};


export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  legalKind?: InputMaybe<OrganisationKind>;
};


export type QueryOrganisationsAwaitingVerificationArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPartnersAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPendingBankDetailsChangesArgs = {
  programmeId: Scalars['ID']['input'];
};


export type QueryPersonMembershipsArgs = {
  subject: Scalars['String']['input'];
};


export type QueryPlaceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlaceCountColumnsArgs = {
  level: TerritoryLevel;
  qualifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  public?: InputMaybe<SpecificPublic>;
  qualifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  service?: InputMaybe<MediationService>;
  territory?: InputMaybe<TerritoryRefInput>;
};


export type QueryPlacesCsvArgs = {
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  public?: InputMaybe<SpecificPublic>;
  qualifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  service?: InputMaybe<MediationService>;
  territory?: InputMaybe<TerritoryRefInput>;
};


export type QueryVerifyCredentialArgs = {
  onBehalfOf?: InputMaybe<Scalars['ID']['input']>;
  secret: Scalars['String']['input'];
};


export type QueryWebhookArgs = {
  id: Scalars['ID']['input'];
};

/** What identifies and locates your organisation when you register it yourself. */
export type RegisterMyOrganisationInput = {
  /** What the organisation does: at least one. */
  activities: Array<OrganisationActivity>;
  /** Number and street. */
  address: Scalars['String']['input'];
  /** INSEE code of a current commune. */
  inseeCode: Scalars['String']['input'];
  legalKind: OrganisationKind;
  name: Scalars['String']['input'];
  postalCode: Scalars['String']['input'];
  /** 14 digits, Luhn-checked (La Poste's establishments excepted); spaces are ignored. Required. */
  siret: Scalars['String']['input'];
};

/** What identifies and locates a new organisation. At least one of siret, siren or rna is required. */
export type RegisterOrganisationInput = {
  /** Number and street. */
  address: Scalars['String']['input'];
  /** INSEE code of a current commune. */
  inseeCode: Scalars['String']['input'];
  legalKind: OrganisationKind;
  name: Scalars['String']['input'];
  postalCode: Scalars['String']['input'];
  /** W followed by 9 characters. */
  rna?: InputMaybe<Scalars['String']['input']>;
  /** 9 digits; must match the SIRET when both are given. */
  siren?: InputMaybe<Scalars['String']['input']>;
  /** 14 digits, Luhn-checked (La Poste's establishments excepted); spaces are ignored. */
  siret?: InputMaybe<Scalars['String']['input']>;
};

/** A new place of an organisation. */
export type RegisterPlaceInput = {
  contactPeople?: InputMaybe<Array<ContactPersonInput>>;
  description: PlaceDescriptionInput;
  organisationId: Scalars['ID']['input'];
};

/** A webhook to register. */
export type RegisterWebhookInput = {
  /** At least one of: place.qualified, place.suspended, place.reinstated, place.revoked, statement.approved, statement.paid, credential.revoked, delegation.requested, delegation.accepted, delegation.declined, delegation.revoked, bank-details.changed. */
  events: Array<Scalars['String']['input']>;
  organisationId: Scalars['ID']['input'];
  /** https://… (plain http only to 127.0.0.1 or localhost, and only where the platform runs for development); no user name or password, no fragment; never a private or reserved address. */
  url: Scalars['String']['input'];
};

/** A webhook just registered or whose secret was just rotated, with its signing secret. */
export type RegisteredWebhook = {
  __typename?: 'RegisteredWebhook';
  /** whsec_…: shown this once, never again. The receiver verifies each call's signature with it. */
  secret: Scalars['String']['output'];
  webhook: Webhook;
};

/** New bank details for a place, with the bank's certificate. */
export type RequestBankDetailsChangeInput = {
  /** 8 or 11 characters; optional. */
  bic?: InputMaybe<Scalars['String']['input']>;
  /** A BANK_DETAILS_CERTIFICATE document of the place's organisation, uploaded (requestDocumentUpload). */
  certificateDocumentId: Scalars['ID']['input'];
  /** As the certificate names it, at most 140 characters. */
  holder: Scalars['String']['input'];
  /** A SEPA IBAN, spaces allowed. */
  iban: Scalars['String']['input'];
  placeId: Scalars['ID']['input'];
};

/** A delegation a software vendor asks of an organisation. */
export type RequestDelegationInput = {
  /** The organisation asked (find it by SIRET with organisationBySiret). */
  organisationId: Scalars['ID']['input'];
  /** What the vendor's keys would do for it: redeem:place:<placeId> for its places, handout:distributor:<organisationId> for itself, read:own — as its own keys could. */
  scopes: Array<Scalars['String']['input']>;
  /** The vendor: the caller's own organisation. */
  vendorOrganisationId: Scalars['ID']['input'];
};

/** A document to declare before uploading it. */
export type RequestDocumentUploadInput = {
  /** The file's exact size in bytes, at most 10 MB (10485760). */
  byteSize: Scalars['Int']['input'];
  /** application/pdf, image/png or image/jpeg. */
  contentType: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  kind: DocumentKind;
  /** The organisation the document is of; or give placeId. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** A place of the organisation the document is for. */
  placeId?: InputMaybe<Scalars['ID']['input']>;
  /** The programme it is for, when it is for one. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
};

/** An organisation's sandbox: a programme of its own in which its places are qualified and it is a distributor, with test passes, so that its software can check, redeem and hand out passes through the same API as real ones. Nothing done in it counts: no figure, open data, statement, payment or budget includes it, and it is in no public list of programmes. Keys of the SANDBOX environment act in it and nowhere else; LIVE keys never act in it. */
export type Sandbox = {
  __typename?: 'Sandbox';
  createdAt: Scalars['DateTime']['output'];
  /** Bac à sable — <organisation name>. */
  name: Scalars['String']['output'];
  organisation?: Maybe<Organisation>;
  /** The sandbox's programme: test passes belong to it, and SANDBOX keys hold their roles in it alone. */
  programmeId: Scalars['ID']['output'];
};

/** An organisation's role in a programme. */
export type SignAgreementInput = {
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  organisationId: Scalars['ID']['input'];
  programmeId: Scalars['ID']['input'];
  role: ProgrammeRole;
  /** Where the organisation acts; omit for the programme's whole perimeter. Administrative territories must exist in the official geography. */
  scope?: InputMaybe<TerritoryRefInput>;
  startsOn: Scalars['Date']['input'];
};

/** Publics a place specifically addresses (publics_specifiquement_adresses). */
export type SpecificPublic =
  /** Familles et/ou enfants. */
  | 'FAMILIES_AND_CHILDREN'
  /** Seniors. */
  | 'SENIORS'
  /** Étudiants. */
  | 'STUDENTS'
  /** Femmes. */
  | 'WOMEN'
  /** Jeunes. */
  | 'YOUNG_PEOPLE';

/** Specific support a place offers (prise_en_charge_specifique). */
export type SpecificSupport =
  /** Surdité. */
  | 'DEAFNESS'
  /** Langues étrangères (anglais). */
  | 'ENGLISH_SPEAKERS'
  /** Illettrisme. */
  | 'ILLITERACY'
  /** Handicaps mentaux. */
  | 'MENTAL_DISABILITIES'
  /** Handicaps moteurs. */
  | 'MOTOR_DISABILITIES'
  /** Langues étrangères (autres). */
  | 'OTHER_LANGUAGE_SPEAKERS'
  /** Déficience visuelle. */
  | 'VISUAL_IMPAIRMENT';

/** A statement of the passes service (a place's monthly reimbursement); partners adds what it is paid to. */
export type Statement = {
  __typename?: 'Statement';
  id: Scalars['ID']['output'];
  /** The bank details in force when the statement was approved, recorded when partners learns of the approval. For the place's organisation and the staff of the statement's programme; null for the others, and before the approval is recorded. */
  payeeBankDetails?: Maybe<StatementPayeeBankDetails>;
};

/** The bank details a statement is to be paid on: the version in force when the statement was approved. A change approved later never alters it. */
export type StatementPayeeBankDetails = {
  __typename?: 'StatementPayeeBankDetails';
  bic?: Maybe<Scalars['String']['output']>;
  /** Null for the details given on application (the holder was not asked then). */
  holder?: Maybe<Scalars['String']['output']>;
  /** The full IBAN: for the place's people and finance officers (who pay); FORBIDDEN and null for other roles. */
  iban?: Maybe<Scalars['String']['output']>;
  /** Country, check digits and last four characters. */
  ibanMasked: Scalars['String']['output'];
  /** When the statement was approved (passes' instant), the moment the version was chosen at. */
  statementApprovedAt: Scalars['DateTime']['output'];
  /** When the version came into force. */
  validFrom: Scalars['DateTime']['output'];
  /** The version of the place's bank details (Place.bankDetailsHistory). */
  versionId: Scalars['ID']['output'];
};

/** How people are helped (modalites_accompagnement). */
export type SupportMode =
  /** Dans un atelier collectif. */
  | 'GROUP_WORKSHOP'
  /** Accompagnement individuel. */
  | 'INDIVIDUAL'
  /** À distance. */
  | 'REMOTE'
  /** En autonomie. */
  | 'SELF_SERVICE';

/** A territory, owned by the territory service. Partners contributes the mediation places it contains. */
export type Territory = {
  __typename?: 'Territory';
  code: Scalars['String']['output'];
  level: TerritoryLevel;
  /** How many mediation places the territory's communes hold (qualifiedOnly: those qualified for at least one programme); null for a programme zone. */
  placeCount?: Maybe<Scalars['Int']['output']>;
  /** Mediation places in the territory's communes, by name; null for a programme zone (its communes are not known here yet). qualifiedOnly: qualified for at least one programme; programmeId: qualified for that programme. Errors: INVALID_ID (programmeId). */
  places?: Maybe<PlaceConnection>;
};


/** A territory, owned by the territory service. Partners contributes the mediation places it contains. */
export type TerritoryPlaceCountArgs = {
  qualifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A territory, owned by the territory service. Partners contributes the mediation places it contains. */
export type TerritoryPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  public?: InputMaybe<SpecificPublic>;
  qualifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  service?: InputMaybe<MediationService>;
};

/** Administrative level of a territory. Codes overlap across levels (région 32 ≠ département 32), so a territory is always named by level and code together. */
export type TerritoryLevel =
  | 'COMMUNE'
  | 'DEPARTEMENT'
  | 'EPCI'
  | 'REGION'
  | 'ZONE';

/** A territory named by level and code. */
export type TerritoryRefInput = {
  code: Scalars['String']['input'];
  level: TerritoryLevel;
};

/** Trainings and labels of the place's staff (formations_labels). */
export type TrainingLabel =
  | 'ARNIA_MEDNUM_BFC'
  | 'DUPLEX'
  | 'ECLAIREURS_DU_NUMERIQUE'
  | 'ETAPES_NUMERIQUES'
  | 'FABRIQUES_DE_TERRITOIRE'
  | 'MES_PAPIERS'
  | 'MON_ESPACE_SANTE'
  | 'ORDI_3_0'
  | 'REEMPLOI_NORMANDIE'
  | 'SUD_LABS';

/** Where the platform operator's check of an organisation stands. */
export type VerificationStatus =
  | 'REJECTED'
  | 'UNVERIFIED'
  | 'VERIFIED';

/** What a valid partner credential lets its holder do; used by the gateway only. */
export type VerifiedCredential = {
  __typename?: 'VerifiedCredential';
  credentialId: Scalars['ID']['output'];
  /** When onBehalfOf was given: the organisation the VENDOR key acts for, under its delegation in force; null when there is none (not a vendor key, or a delegation pending, declined, revoked or never asked: one answer). */
  delegation?: Maybe<VerifiedDelegation>;
  environment: CredentialEnvironment;
  kind: CredentialKind;
  organisationId: Scalars['ID']['output'];
  /** For a SANDBOX key, its organisation's sandbox programme (none before it is opened). For a LIVE key, the programmes the credential's organisation takes part in today (never its sandbox): those of its agreements in force, and those its places applied to and were not revoked from (applied, qualified or suspended). The gateway grants the key's roles in each. */
  programmeIds: Array<Scalars['ID']['output']>;
  scopes: Array<Scalars['String']['output']>;
};

/** A vendor key acting for an organisation that delegated to the vendor: who it acts as, for the gateway. */
export type VerifiedDelegation = {
  __typename?: 'VerifiedDelegation';
  delegationId: Scalars['ID']['output'];
  /** The organisation acted for. */
  organisationId: Scalars['ID']['output'];
  /** The programmes the organisation takes part in, as for its own keys of the same environment. */
  programmeIds: Array<Scalars['ID']['output']>;
  /** The delegation's scopes, in place of the key's own. */
  scopes: Array<Scalars['String']['output']>;
};

/**
 * An organisation's webhook: the platform POSTs the events it subscribed to, as signed JSON, to its URL.
 * Calls follow Standard Webhooks (standardwebhooks.com; any of its libraries verifies them). Headers: webhook-id (the delivery's id, the same on every attempt: ignore one you have already processed), webhook-timestamp (Unix seconds), webhook-signature (v1,<base64 HMAC-SHA-256 of "<webhook-id>.<webhook-timestamp>.<body>"> keyed by the base64-decoded secret after whsec_; two space-separated values while a rotated secret's grace period runs), Pn-Webhook-Event (the body's type).
 * Body: {"id": <event id>, "type": <event>, "occurredAt": <instant>, "data": {…}}, no personal data. A 2xx answer within 5 seconds counts as delivered; otherwise the call is retried after 30 s, 2 min, 10 min, 1 h, 6 h, 12 h and 24 h, then given up.
 */
export type Webhook = {
  __typename?: 'Webhook';
  createdAt: Scalars['DateTime']['output'];
  /** The delivery log, newest first; optionally only deliveries in one status. */
  deliveries: WebhookDeliveryConnection;
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** What it is told of: place.qualified, place.suspended, place.reinstated, place.revoked (the organisation's places, one call per programme's decision: the data names the programme, programmeId), statement.approved, statement.paid (its places' monthly statements), credential.revoked (its partner credentials), delegation.requested (a vendor asked the organisation for a delegation), delegation.accepted and delegation.declined (the answer to a delegation the organisation asked for as a vendor), delegation.revoked (a delegation of either side ended), bank-details.changed (new bank details of one of its places in force; the IBAN masked). */
  events: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  organisation?: Maybe<Organisation>;
  /** When the secret was last rotated; null if never. */
  secretRotatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Until when calls are also signed with the secret before the last rotation; null outside a rotation. */
  secretRotationEndsAt?: Maybe<Scalars['DateTime']['output']>;
  status: WebhookStatus;
  /** https URL that receives the calls. */
  url: Scalars['String']['output'];
};


/**
 * An organisation's webhook: the platform POSTs the events it subscribed to, as signed JSON, to its URL.
 * Calls follow Standard Webhooks (standardwebhooks.com; any of its libraries verifies them). Headers: webhook-id (the delivery's id, the same on every attempt: ignore one you have already processed), webhook-timestamp (Unix seconds), webhook-signature (v1,<base64 HMAC-SHA-256 of "<webhook-id>.<webhook-timestamp>.<body>"> keyed by the base64-decoded secret after whsec_; two space-separated values while a rotated secret's grace period runs), Pn-Webhook-Event (the body's type).
 * Body: {"id": <event id>, "type": <event>, "occurredAt": <instant>, "data": {…}}, no personal data. A 2xx answer within 5 seconds counts as delivered; otherwise the call is retried after 30 s, 2 min, 10 min, 1 h, 6 h, 12 h and 24 h, then given up.
 */
export type WebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};

/** One event sent (or to be sent) to one webhook, and how its delivery went. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made since the delivery was created or last re-sent. */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** place.suspended, statement.paid… or webhook.ping. */
  event: Scalars['String']['output'];
  /** The event's id (the body's id). */
  eventId: Scalars['ID']['output'];
  /** When the delivery was given up. */
  failedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Also the Pn-Webhook-Id header: the same on every attempt and re-send. */
  id: Scalars['ID']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last attempt failed: HTTP_STATUS (not 2xx), TIMEOUT (no answer within 5 s), CONNECTION_FAILED, FORBIDDEN_ADDRESS (the URL resolves to a private or reserved address). */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The receiver's HTTP status at the last attempt; null when it gave none. */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due; null once delivered or failed. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The JSON body, exactly as sent. */
  payload: Scalars['String']['output'];
  status: WebhookDeliveryStatus;
};

/** A page of a webhook's delivery log, newest first. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
  /** Deliveries matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One delivery of a page. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

/** Where a webhook call stands. */
export type WebhookDeliveryStatus =
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed; re-send it with redeliverWebhook. */
  | 'FAILED'
  /** Waiting for its next attempt. */
  | 'PENDING';

/** Whether a webhook receives calls. */
export type WebhookStatus =
  | 'ACTIVE'
  /** No call is made; pending deliveries wait, and go out if the webhook is enabled again. */
  | 'DISABLED';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Organisation: Organisation;
  Place: Place;
  Sandbox: Sandbox;
  Statement: Statement;
  Territory: Territory;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Organisation:
    ( { __typename: 'Organisation' }
    & GraphQLRecursivePick<FederationTypes['Organisation'], {"id":true}> );
  Place:
    ( { __typename: 'Place' }
    & GraphQLRecursivePick<FederationTypes['Place'], {"id":true}> );
  Sandbox:
    ( { __typename: 'Sandbox' }
    & GraphQLRecursivePick<FederationTypes['Sandbox'], {"programmeId":true}> );
  Statement:
    ( { __typename: 'Statement' }
    & GraphQLRecursivePick<FederationTypes['Statement'], {"id":true}> );
  Territory:
    ( { __typename: 'Territory' }
    & GraphQLRecursivePick<FederationTypes['Territory'], {"level":true,"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessMode: AccessMode;
  Agreement: ResolverTypeWrapper<AgreementEntityModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AgreementConnection: ResolverTypeWrapper<Omit<AgreementConnection, 'edges'> & { edges: Array<ResolversTypes['AgreementEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AgreementEdge: ResolverTypeWrapper<Omit<AgreementEdge, 'node'> & { node: ResolversTypes['Agreement'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ApplyForQualificationInput: ApplyForQualificationInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  BankDetailsChangeRequest: ResolverTypeWrapper<BankDetailsChangeRequestEntityModel>;
  BankDetailsChangeStatus: BankDetailsChangeStatus;
  BankDetailsVersion: ResolverTypeWrapper<BankDetailsVersionModelModel>;
  ContactPerson: ResolverTypeWrapper<ContactPerson>;
  ContactPersonInput: ContactPersonInput;
  CredentialEnvironment: CredentialEnvironment;
  CredentialKind: CredentialKind;
  CredentialStatus: CredentialStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Delegation: ResolverTypeWrapper<DelegationEntityModel>;
  DelegationSide: DelegationSide;
  DelegationStatus: DelegationStatus;
  DelegationStep: ResolverTypeWrapper<DelegationStepModel>;
  Document: ResolverTypeWrapper<DocumentEntityModel>;
  DocumentKind: DocumentKind;
  DocumentStatus: DocumentStatus;
  DocumentUpload: ResolverTypeWrapper<UploadLinkModel>;
  FeeKind: FeeKind;
  FinderCommune: ResolverTypeWrapper<FinderCommune>;
  FinderOrigin: ResolverTypeWrapper<FinderOriginModel>;
  FinderOriginInput: FinderOriginInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FinderOriginKind: FinderOriginKind;
  FoundPlace: ResolverTypeWrapper<FoundPlaceModel>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GeoPointInput: GeoPointInput;
  ImportIssue: ResolverTypeWrapper<ImportIssue>;
  ImportRow: ResolverTypeWrapper<ImportRowResultModel>;
  ImportRowStatus: ImportRowStatus;
  Invitation: ResolverTypeWrapper<InvitationEntityModel>;
  IssueCredentialInput: IssueCredentialInput;
  IssuedCredential: ResolverTypeWrapper<Omit<IssuedCredential, 'credential'> & { credential: ResolversTypes['PartnerCredential'] }>;
  IssuedInvitation: ResolverTypeWrapper<IssuedInvitationModel>;
  MediationService: MediationService;
  MemberRole: MemberRole;
  Membership: ResolverTypeWrapper<MembershipEntityModel>;
  Mobility: Mobility;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NationalScheme: NationalScheme;
  Notification: ResolverTypeWrapper<NotificationEntityModel>;
  NotificationKind: NotificationKind;
  Organisation: ResolverTypeWrapper<OrganisationEntityModel>;
  OrganisationActivity: OrganisationActivity;
  OrganisationConnection: ResolverTypeWrapper<Omit<OrganisationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationEdge']> }>;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationKind: OrganisationKind;
  OrganisationVerification: ResolverTypeWrapper<VerificationViewModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartnerCredential: ResolverTypeWrapper<CredentialEntityModel>;
  PersonMembership: ResolverTypeWrapper<PersonMembershipRowModel>;
  Place: ResolverTypeWrapper<PlaceEntityModel>;
  PlaceConnection: ResolverTypeWrapper<Omit<PlaceConnection, 'edges'> & { edges: Array<ResolversTypes['PlaceEdge']> }>;
  PlaceCountColumns: ResolverTypeWrapper<PlaceCountColumnsModel>;
  PlaceDescriptionInput: PlaceDescriptionInput;
  PlaceEdge: ResolverTypeWrapper<Omit<PlaceEdge, 'node'> & { node: ResolversTypes['Place'] }>;
  PlaceFinderResult: ResolverTypeWrapper<Omit<PlaceFinderResult, 'origin' | 'places'> & { origin?: Maybe<ResolversTypes['FinderOrigin']>, places: Array<ResolversTypes['FoundPlace']> }>;
  PlaceImportReport: ResolverTypeWrapper<Omit<PlaceImportReport, 'rows'> & { rows: Array<ResolversTypes['ImportRow']> }>;
  PostalAddress: ResolverTypeWrapper<AddressValueModel>;
  PostalAddressInput: PostalAddressInput;
  Programme: ResolverTypeWrapper<Programme>;
  ProgrammeRole: ProgrammeRole;
  Qualification: ResolverTypeWrapper<PlaceQualificationEntityModel>;
  QualificationAction: QualificationAction;
  QualificationConnection: ResolverTypeWrapper<Omit<QualificationConnection, 'edges'> & { edges: Array<ResolversTypes['QualificationEdge']> }>;
  QualificationEdge: ResolverTypeWrapper<Omit<QualificationEdge, 'node'> & { node: ResolversTypes['Qualification'] }>;
  QualificationStatus: QualificationStatus;
  QualificationStep: ResolverTypeWrapper<QualificationStepEntityModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterMyOrganisationInput: RegisterMyOrganisationInput;
  RegisterOrganisationInput: RegisterOrganisationInput;
  RegisterPlaceInput: RegisterPlaceInput;
  RegisterWebhookInput: RegisterWebhookInput;
  RegisteredWebhook: ResolverTypeWrapper<Omit<RegisteredWebhook, 'webhook'> & { webhook: ResolversTypes['Webhook'] }>;
  RequestBankDetailsChangeInput: RequestBankDetailsChangeInput;
  RequestDelegationInput: RequestDelegationInput;
  RequestDocumentUploadInput: RequestDocumentUploadInput;
  SafeInt: ResolverTypeWrapper<Scalars['SafeInt']['output']>;
  Sandbox: ResolverTypeWrapper<SandboxEntityModel>;
  SignAgreementInput: SignAgreementInput;
  SpecificPublic: SpecificPublic;
  SpecificSupport: SpecificSupport;
  Statement: ResolverTypeWrapper<StatementRefModel>;
  StatementPayeeBankDetails: ResolverTypeWrapper<StatementPayeeModelModel>;
  SupportMode: SupportMode;
  Territory: ResolverTypeWrapper<TerritoryRefModel>;
  TerritoryLevel: TerritoryLevel;
  TerritoryRefInput: TerritoryRefInput;
  TrainingLabel: TrainingLabel;
  VerificationStatus: VerificationStatus;
  VerifiedCredential: ResolverTypeWrapper<VerifiedCredential>;
  VerifiedDelegation: ResolverTypeWrapper<VerifiedDelegation>;
  Webhook: ResolverTypeWrapper<WebhookEntityModel>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryEntityModel>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookStatus: WebhookStatus;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agreement: AgreementEntityModel;
  ID: Scalars['ID']['output'];
  AgreementConnection: Omit<AgreementConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgreementEdge']> };
  Int: Scalars['Int']['output'];
  AgreementEdge: Omit<AgreementEdge, 'node'> & { node: ResolversParentTypes['Agreement'] };
  String: Scalars['String']['output'];
  ApplyForQualificationInput: ApplyForQualificationInput;
  Boolean: Scalars['Boolean']['output'];
  AuditEntry: AuditEntry;
  AuditEntryConnection: AuditEntryConnection;
  AuditEntryEdge: AuditEntryEdge;
  BankDetailsChangeRequest: BankDetailsChangeRequestEntityModel;
  BankDetailsVersion: BankDetailsVersionModelModel;
  ContactPerson: ContactPerson;
  ContactPersonInput: ContactPersonInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Delegation: DelegationEntityModel;
  DelegationStep: DelegationStepModel;
  Document: DocumentEntityModel;
  DocumentUpload: UploadLinkModel;
  FinderCommune: FinderCommune;
  FinderOrigin: FinderOriginModel;
  FinderOriginInput: FinderOriginInput;
  Float: Scalars['Float']['output'];
  FoundPlace: FoundPlaceModel;
  GeoPoint: GeoPoint;
  GeoPointInput: GeoPointInput;
  ImportIssue: ImportIssue;
  ImportRow: ImportRowResultModel;
  Invitation: InvitationEntityModel;
  IssueCredentialInput: IssueCredentialInput;
  IssuedCredential: Omit<IssuedCredential, 'credential'> & { credential: ResolversParentTypes['PartnerCredential'] };
  IssuedInvitation: IssuedInvitationModel;
  Membership: MembershipEntityModel;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Notification: NotificationEntityModel;
  Organisation: OrganisationEntityModel;
  OrganisationConnection: Omit<OrganisationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationEdge']> };
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  OrganisationVerification: VerificationViewModel;
  PageInfo: PageInfo;
  PartnerCredential: CredentialEntityModel;
  PersonMembership: PersonMembershipRowModel;
  Place: PlaceEntityModel;
  PlaceConnection: Omit<PlaceConnection, 'edges'> & { edges: Array<ResolversParentTypes['PlaceEdge']> };
  PlaceCountColumns: PlaceCountColumnsModel;
  PlaceDescriptionInput: PlaceDescriptionInput;
  PlaceEdge: Omit<PlaceEdge, 'node'> & { node: ResolversParentTypes['Place'] };
  PlaceFinderResult: Omit<PlaceFinderResult, 'origin' | 'places'> & { origin?: Maybe<ResolversParentTypes['FinderOrigin']>, places: Array<ResolversParentTypes['FoundPlace']> };
  PlaceImportReport: Omit<PlaceImportReport, 'rows'> & { rows: Array<ResolversParentTypes['ImportRow']> };
  PostalAddress: AddressValueModel;
  PostalAddressInput: PostalAddressInput;
  Programme: Programme;
  Qualification: PlaceQualificationEntityModel;
  QualificationConnection: Omit<QualificationConnection, 'edges'> & { edges: Array<ResolversParentTypes['QualificationEdge']> };
  QualificationEdge: Omit<QualificationEdge, 'node'> & { node: ResolversParentTypes['Qualification'] };
  QualificationStep: QualificationStepEntityModel;
  Query: Record<PropertyKey, never>;
  RegisterMyOrganisationInput: RegisterMyOrganisationInput;
  RegisterOrganisationInput: RegisterOrganisationInput;
  RegisterPlaceInput: RegisterPlaceInput;
  RegisterWebhookInput: RegisterWebhookInput;
  RegisteredWebhook: Omit<RegisteredWebhook, 'webhook'> & { webhook: ResolversParentTypes['Webhook'] };
  RequestBankDetailsChangeInput: RequestBankDetailsChangeInput;
  RequestDelegationInput: RequestDelegationInput;
  RequestDocumentUploadInput: RequestDocumentUploadInput;
  SafeInt: Scalars['SafeInt']['output'];
  Sandbox: SandboxEntityModel;
  SignAgreementInput: SignAgreementInput;
  Statement: StatementRefModel;
  StatementPayeeBankDetails: StatementPayeeModelModel;
  Territory: TerritoryRefModel;
  TerritoryRefInput: TerritoryRefInput;
  VerifiedCredential: VerifiedCredential;
  VerifiedDelegation: VerifiedDelegation;
  Webhook: WebhookEntityModel;
  WebhookDelivery: WebhookDeliveryEntityModel;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
};

export type AgreementResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ProgrammeRole'], ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
  signedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type AgreementConnectionResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['AgreementConnection'] = ResolversParentTypes['AgreementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AgreementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgreementEdgeResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['AgreementEdge'] = ResolversParentTypes['AgreementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programmeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type BankDetailsChangeRequestResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['BankDetailsChangeRequest'] = ResolversParentTypes['BankDetailsChangeRequest']> = {
  bic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  certificate?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  certificateDocumentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedInProgramme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  iban?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ibanMasked?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BankDetailsChangeStatus'], ParentType, ContextType>;
};

export type BankDetailsVersionResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['BankDetailsVersion'] = ResolversParentTypes['BankDetailsVersion']> = {
  approvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  certificateDocumentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  holder?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  iban?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ibanMasked?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  requestedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ContactPersonResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['ContactPerson'] = ResolversParentTypes['ContactPerson']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DelegationResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Delegation'] = ResolversParentTypes['Delegation']> = {
  history?: Resolver<Array<ResolversTypes['DelegationStep']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DelegationStatus'], ParentType, ContextType>;
  vendor?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
};

export type DelegationStepResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['DelegationStep'] = ResolversParentTypes['DelegationStep']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['DelegationSide'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DelegationStatus'], ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  byteSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  sha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  uploadedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type DocumentUploadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['DocumentUpload'] = ResolversParentTypes['DocumentUpload']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uploadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FinderCommuneResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['FinderCommune'] = ResolversParentTypes['FinderCommune']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FinderOriginResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['FinderOrigin'] = ResolversParentTypes['FinderOrigin']> = {
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  communes?: Resolver<Array<ResolversTypes['FinderCommune']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FinderOriginKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
};

export type FoundPlaceResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['FoundPlace'] = ResolversParentTypes['FoundPlace']> = {
  directionsUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  distanceMetres?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  openNow?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  openingHoursText?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  openingStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
};

export type GeoPointResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ImportIssueResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['ImportIssue'] = ResolversParentTypes['ImportIssue']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportRowResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['ImportRow'] = ResolversParentTypes['ImportRow']> = {
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['ImportIssue']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportRowStatus'], ParentType, ContextType>;
};

export type InvitationResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MemberRole'], ParentType, ContextType>;
};

export type IssuedCredentialResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['IssuedCredential'] = ResolversParentTypes['IssuedCredential']> = {
  credential?: Resolver<ResolversTypes['PartnerCredential'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IssuedInvitationResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['IssuedInvitation'] = ResolversParentTypes['IssuedInvitation']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  invitation?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MemberRole'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cents?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formatted?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptDelegation?: Resolver<ResolversTypes['Delegation'], ParentType, ContextType, RequireFields<MutationAcceptDelegationArgs, 'delegationId'>>;
  acceptInvitation?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'code'>>;
  applyForQualification?: Resolver<ResolversTypes['Place'], ParentType, ContextType, RequireFields<MutationApplyForQualificationArgs, 'input'>>;
  approveBankDetailsChange?: Resolver<ResolversTypes['BankDetailsChangeRequest'], ParentType, ContextType, RequireFields<MutationApproveBankDetailsChangeArgs, 'requestId'>>;
  changeMemberRole?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationChangeMemberRoleArgs, 'organisationId' | 'role' | 'subject'>>;
  createSandbox?: Resolver<ResolversTypes['Sandbox'], ParentType, ContextType, RequireFields<MutationCreateSandboxArgs, 'organisationId'>>;
  declineDelegation?: Resolver<ResolversTypes['Delegation'], ParentType, ContextType, RequireFields<MutationDeclineDelegationArgs, 'delegationId'>>;
  deleteWebhook?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteWebhookArgs, 'webhookId'>>;
  disableWebhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<MutationDisableWebhookArgs, 'webhookId'>>;
  enableWebhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<MutationEnableWebhookArgs, 'webhookId'>>;
  importPlaces?: Resolver<ResolversTypes['PlaceImportReport'], ParentType, ContextType, RequireFields<MutationImportPlacesArgs, 'csv' | 'dryRun'>>;
  inviteMember?: Resolver<ResolversTypes['IssuedInvitation'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'email' | 'organisationId' | 'role'>>;
  issueCredential?: Resolver<ResolversTypes['IssuedCredential'], ParentType, ContextType, RequireFields<MutationIssueCredentialArgs, 'input'>>;
  markNotificationRead?: Resolver<ResolversTypes['Notification'], ParentType, ContextType, RequireFields<MutationMarkNotificationReadArgs, 'notificationId'>>;
  pingWebhook?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationPingWebhookArgs, 'webhookId'>>;
  qualifyPlace?: Resolver<ResolversTypes['Place'], ParentType, ContextType, RequireFields<MutationQualifyPlaceArgs, 'placeId' | 'programmeId'>>;
  redeliverWebhook?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationRedeliverWebhookArgs, 'deliveryId'>>;
  refuseApplication?: Resolver<ResolversTypes['Place'], ParentType, ContextType, RequireFields<MutationRefuseApplicationArgs, 'placeId' | 'programmeId' | 'reason'>>;
  registerMyOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationRegisterMyOrganisationArgs, 'input'>>;
  registerOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationRegisterOrganisationArgs, 'input'>>;
  registerPlace?: Resolver<ResolversTypes['Place'], ParentType, ContextType, RequireFields<MutationRegisterPlaceArgs, 'input'>>;
  registerWebhook?: Resolver<ResolversTypes['RegisteredWebhook'], ParentType, ContextType, RequireFields<MutationRegisterWebhookArgs, 'input'>>;
  reinstatePlace?: Resolver<ResolversTypes['Place'], ParentType, ContextType, RequireFields<MutationReinstatePlaceArgs, 'placeId' | 'programmeId'>>;
  rejectBankDetailsChange?: Resolver<ResolversTypes['BankDetailsChangeRequest'], ParentType, ContextType, RequireFields<MutationRejectBankDetailsChangeArgs, 'reason' | 'requestId'>>;
  rejectOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationRejectOrganisationArgs, 'id' | 'reason'>>;
  removeMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'organisationId' | 'subject'>>;
  requestApplicationChanges?: Resolver<ResolversTypes['Place'], ParentType, ContextType, RequireFields<MutationRequestApplicationChangesArgs, 'message' | 'placeId' | 'programmeId'>>;
  requestBankDetailsChange?: Resolver<ResolversTypes['BankDetailsChangeRequest'], ParentType, ContextType, RequireFields<MutationRequestBankDetailsChangeArgs, 'input'>>;
  requestDelegation?: Resolver<ResolversTypes['Delegation'], ParentType, ContextType, RequireFields<MutationRequestDelegationArgs, 'input'>>;
  requestDocumentUpload?: Resolver<ResolversTypes['DocumentUpload'], ParentType, ContextType, RequireFields<MutationRequestDocumentUploadArgs, 'input'>>;
  revokeCredential?: Resolver<ResolversTypes['PartnerCredential'], ParentType, ContextType, RequireFields<MutationRevokeCredentialArgs, 'credentialId'>>;
  revokeDelegation?: Resolver<ResolversTypes['Delegation'], ParentType, ContextType, RequireFields<MutationRevokeDelegationArgs, 'delegationId'>>;
  revokePlace?: Resolver<ResolversTypes['Place'], ParentType, ContextType, RequireFields<MutationRevokePlaceArgs, 'placeId' | 'programmeId' | 'reason'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['RegisteredWebhook'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'webhookId'>>;
  setApplicationRequirements?: Resolver<Array<ResolversTypes['DocumentKind']>, ParentType, ContextType, RequireFields<MutationSetApplicationRequirementsArgs, 'kinds' | 'programmeId'>>;
  signAgreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<MutationSignAgreementArgs, 'input'>>;
  suspendPlace?: Resolver<ResolversTypes['Place'], ParentType, ContextType, RequireFields<MutationSuspendPlaceArgs, 'placeId' | 'programmeId' | 'reason'>>;
  updatePlace?: Resolver<ResolversTypes['Place'], ParentType, ContextType, RequireFields<MutationUpdatePlaceArgs, 'description' | 'placeId'>>;
  verifyOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationVerifyOrganisationArgs, 'id'>>;
};

export type NotificationResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  ibanMasked?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activities?: Resolver<Array<ResolversTypes['OrganisationActivity']>, ParentType, ContextType>;
  address?: Resolver<ResolversTypes['PostalAddress'], ParentType, ContextType>;
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType, Partial<OrganisationAgreementsArgs>>;
  credentials?: Resolver<Maybe<Array<ResolversTypes['PartnerCredential']>>, ParentType, ContextType>;
  delegationsGranted?: Resolver<Maybe<Array<ResolversTypes['Delegation']>>, ParentType, ContextType>;
  delegationsReceived?: Resolver<Maybe<Array<ResolversTypes['Delegation']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitations?: Resolver<Maybe<Array<ResolversTypes['Invitation']>>, ParentType, ContextType>;
  legalKind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  members?: Resolver<Maybe<Array<ResolversTypes['Membership']>>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rna?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sandbox?: Resolver<Maybe<ResolversTypes['Sandbox']>, ParentType, ContextType>;
  siren?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  siret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['OrganisationVerification'], ParentType, ContextType>;
  webhooks?: Resolver<Maybe<Array<ResolversTypes['Webhook']>>, ParentType, ContextType>;
};

export type OrganisationConnectionResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationEdgeResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
};

export type OrganisationVerificationResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['OrganisationVerification'] = ResolversParentTypes['OrganisationVerification']> = {
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartnerCredentialResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PartnerCredential'] = ResolversParentTypes['PartnerCredential']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  environment?: Resolver<ResolversTypes['CredentialEnvironment'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CredentialKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CredentialStatus'], ParentType, ContextType>;
};

export type PersonMembershipResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PersonMembership'] = ResolversParentTypes['PersonMembership']> = {
  activities?: Resolver<Array<ResolversTypes['OrganisationActivity']>, ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MemberRole'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place'], FederationReferenceType extends FederationReferenceTypes['Place'] = FederationReferenceTypes['Place']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Place']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptsPasses?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<PlaceAcceptsPassesArgs>>;
  accessModes?: Resolver<Array<ResolversTypes['AccessMode']>, ParentType, ContextType>;
  accessibilityUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  address?: Resolver<ResolversTypes['PostalAddress'], ParentType, ContextType>;
  bankDetailsChangeRequests?: Resolver<Maybe<Array<ResolversTypes['BankDetailsChangeRequest']>>, ParentType, ContextType>;
  bankDetailsHistory?: Resolver<Maybe<Array<ResolversTypes['BankDetailsVersion']>>, ParentType, ContextType>;
  bookingUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cashesThroughRegie?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  contactPeople?: Resolver<Maybe<Array<ResolversTypes['ContactPerson']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fees?: Resolver<Array<ResolversTypes['FeeKind']>, ParentType, ContextType>;
  iban?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  mobility?: Resolver<Array<ResolversTypes['Mobility']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nationalSchemes?: Resolver<Array<ResolversTypes['NationalScheme']>, ParentType, ContextType>;
  openingHours?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  otherLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  parentStructure?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publics?: Resolver<Array<ResolversTypes['SpecificPublic']>, ParentType, ContextType>;
  qualification?: Resolver<Maybe<ResolversTypes['Qualification']>, ParentType, ContextType, RequireFields<PlaceQualificationArgs, 'programmeId'>>;
  qualifications?: Resolver<Maybe<Array<ResolversTypes['Qualification']>>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['MediationService']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  specificSupports?: Resolver<Array<ResolversTypes['SpecificSupport']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supportModes?: Resolver<Array<ResolversTypes['SupportMode']>, ParentType, ContextType>;
  trainingLabels?: Resolver<Array<ResolversTypes['TrainingLabel']>, ParentType, ContextType>;
  typologies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  websites?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlaceConnectionResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PlaceConnection'] = ResolversParentTypes['PlaceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlaceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlaceCountColumnsResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PlaceCountColumns'] = ResolversParentTypes['PlaceCountColumns']> = {
  counts?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['TerritoryLevel'], ParentType, ContextType>;
};

export type PlaceEdgeResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PlaceEdge'] = ResolversParentTypes['PlaceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
};

export type PlaceFinderResultResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PlaceFinderResult'] = ResolversParentTypes['PlaceFinderResult']> = {
  origin?: Resolver<Maybe<ResolversTypes['FinderOrigin']>, ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['FoundPlace']>, ParentType, ContextType>;
  radiusKilometres?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PlaceImportReportResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PlaceImportReport'] = ResolversParentTypes['PlaceImportReport']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportRow']>, ParentType, ContextType>;
  totalRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PostalAddressResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PostalAddress'] = ResolversParentTypes['PostalAddress']> = {
  commune?: Resolver<ResolversTypes['Territory'], ParentType, ContextType>;
  communeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  complement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inseeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  street?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QualificationResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Qualification'] = ResolversParentTypes['Qualification']> = {
  appliedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['QualificationStep']>, ParentType, ContextType>;
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  requiredDocuments?: Resolver<Array<ResolversTypes['DocumentKind']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QualificationStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type QualificationConnectionResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['QualificationConnection'] = ResolversParentTypes['QualificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['QualificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QualificationEdgeResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['QualificationEdge'] = ResolversParentTypes['QualificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Qualification'], ParentType, ContextType>;
};

export type QualificationStepResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['QualificationStep'] = ResolversParentTypes['QualificationStep']> = {
  action?: Resolver<ResolversTypes['QualificationAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['QualificationStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['QualificationStatus'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType, RequireFields<QueryAgreementArgs, 'id'>>;
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<QueryAgreementsArgs, 'first' | 'programmeId'>>;
  applicationRequirements?: Resolver<Array<ResolversTypes['DocumentKind']>, ParentType, ContextType, RequireFields<QueryApplicationRequirementsArgs, 'programmeId'>>;
  applications?: Resolver<ResolversTypes['QualificationConnection'], ParentType, ContextType, RequireFields<QueryApplicationsArgs, 'first' | 'programmeId'>>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  findPlaces?: Resolver<ResolversTypes['PlaceFinderResult'], ParentType, ContextType, RequireFields<QueryFindPlacesArgs, 'first' | 'openNow'>>;
  myMemberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  myNotifications?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType, RequireFields<QueryMyNotificationsArgs, 'first' | 'unreadOnly'>>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  organisationBySiret?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationBySiretArgs, 'siret'>>;
  organisations?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryOrganisationsArgs, 'first'>>;
  organisationsAwaitingVerification?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryOrganisationsAwaitingVerificationArgs, 'first'>>;
  partnersAuditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryPartnersAuditTrailArgs, 'first'>>;
  pendingBankDetailsChanges?: Resolver<Array<ResolversTypes['BankDetailsChangeRequest']>, ParentType, ContextType, RequireFields<QueryPendingBankDetailsChangesArgs, 'programmeId'>>;
  personMemberships?: Resolver<Array<ResolversTypes['PersonMembership']>, ParentType, ContextType, RequireFields<QueryPersonMembershipsArgs, 'subject'>>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType, RequireFields<QueryPlaceArgs, 'id'>>;
  placeCountColumns?: Resolver<ResolversTypes['PlaceCountColumns'], ParentType, ContextType, RequireFields<QueryPlaceCountColumnsArgs, 'level' | 'qualifiedOnly'>>;
  places?: Resolver<ResolversTypes['PlaceConnection'], ParentType, ContextType, RequireFields<QueryPlacesArgs, 'first' | 'qualifiedOnly'>>;
  placesCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryPlacesCsvArgs, 'qualifiedOnly'>>;
  verifyCredential?: Resolver<Maybe<ResolversTypes['VerifiedCredential']>, ParentType, ContextType, RequireFields<QueryVerifyCredentialArgs, 'secret'>>;
  webhook?: Resolver<Maybe<ResolversTypes['Webhook']>, ParentType, ContextType, RequireFields<QueryWebhookArgs, 'id'>>;
};

export type RegisteredWebhookResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['RegisteredWebhook'] = ResolversParentTypes['RegisteredWebhook']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType>;
};

export interface SafeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['SafeInt'], any> {
  name: 'SafeInt';
}

export type SandboxResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Sandbox'] = ResolversParentTypes['Sandbox'], FederationReferenceType extends FederationReferenceTypes['Sandbox'] = FederationReferenceTypes['Sandbox']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Sandbox']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  programmeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type StatementResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement'], FederationReferenceType extends FederationReferenceTypes['Statement'] = FederationReferenceTypes['Statement']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Statement']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payeeBankDetails?: Resolver<Maybe<ResolversTypes['StatementPayeeBankDetails']>, ParentType, ContextType>;
};

export type StatementPayeeBankDetailsResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['StatementPayeeBankDetails'] = ResolversParentTypes['StatementPayeeBankDetails']> = {
  bic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  holder?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  iban?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ibanMasked?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statementApprovedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  versionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TerritoryResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Territory'] = ResolversParentTypes['Territory'], FederationReferenceType extends FederationReferenceTypes['Territory'] = FederationReferenceTypes['Territory']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Territory']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['TerritoryLevel'], ParentType, ContextType>;
  placeCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<TerritoryPlaceCountArgs, 'qualifiedOnly'>>;
  places?: Resolver<Maybe<ResolversTypes['PlaceConnection']>, ParentType, ContextType, RequireFields<TerritoryPlacesArgs, 'first' | 'qualifiedOnly'>>;
};

export type VerifiedCredentialResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['VerifiedCredential'] = ResolversParentTypes['VerifiedCredential']> = {
  credentialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  delegation?: Resolver<Maybe<ResolversTypes['VerifiedDelegation']>, ParentType, ContextType>;
  environment?: Resolver<ResolversTypes['CredentialEnvironment'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CredentialKind'], ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  programmeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type VerifiedDelegationResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['VerifiedDelegation'] = ResolversParentTypes['VerifiedDelegation']> = {
  delegationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  programmeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WebhookResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Webhook'] = ResolversParentTypes['Webhook']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<WebhookDeliveriesArgs, 'first'>>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  secretRotatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  secretRotationEndsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookStatus'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  failedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type Resolvers<ContextType = PartnersContext> = {
  Agreement?: AgreementResolvers<ContextType>;
  AgreementConnection?: AgreementConnectionResolvers<ContextType>;
  AgreementEdge?: AgreementEdgeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  BankDetailsChangeRequest?: BankDetailsChangeRequestResolvers<ContextType>;
  BankDetailsVersion?: BankDetailsVersionResolvers<ContextType>;
  ContactPerson?: ContactPersonResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Delegation?: DelegationResolvers<ContextType>;
  DelegationStep?: DelegationStepResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentUpload?: DocumentUploadResolvers<ContextType>;
  FinderCommune?: FinderCommuneResolvers<ContextType>;
  FinderOrigin?: FinderOriginResolvers<ContextType>;
  FoundPlace?: FoundPlaceResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  ImportIssue?: ImportIssueResolvers<ContextType>;
  ImportRow?: ImportRowResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  IssuedCredential?: IssuedCredentialResolvers<ContextType>;
  IssuedInvitation?: IssuedInvitationResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  OrganisationVerification?: OrganisationVerificationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerCredential?: PartnerCredentialResolvers<ContextType>;
  PersonMembership?: PersonMembershipResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlaceConnection?: PlaceConnectionResolvers<ContextType>;
  PlaceCountColumns?: PlaceCountColumnsResolvers<ContextType>;
  PlaceEdge?: PlaceEdgeResolvers<ContextType>;
  PlaceFinderResult?: PlaceFinderResultResolvers<ContextType>;
  PlaceImportReport?: PlaceImportReportResolvers<ContextType>;
  PostalAddress?: PostalAddressResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  Qualification?: QualificationResolvers<ContextType>;
  QualificationConnection?: QualificationConnectionResolvers<ContextType>;
  QualificationEdge?: QualificationEdgeResolvers<ContextType>;
  QualificationStep?: QualificationStepResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisteredWebhook?: RegisteredWebhookResolvers<ContextType>;
  SafeInt?: GraphQLScalarType;
  Sandbox?: SandboxResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementPayeeBankDetails?: StatementPayeeBankDetailsResolvers<ContextType>;
  Territory?: TerritoryResolvers<ContextType>;
  VerifiedCredential?: VerifiedCredentialResolvers<ContextType>;
  VerifiedDelegation?: VerifiedDelegationResolvers<ContextType>;
  Webhook?: WebhookResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
};

