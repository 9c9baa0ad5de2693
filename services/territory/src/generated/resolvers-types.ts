import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TerritoryRecord as TerritoryRecordModel } from '../territories/territory.entity';
import type { ZoneEntity as ZoneEntityModel } from '../zones/zone.entity';
import type { TerritoryContext } from '../context';
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

/** Changes to a zone. An omitted list is kept, a given one replaces the old one; passQuota and note are kept when omitted and cleared when null. */
export type ChangeZoneInput = {
  communes?: InputMaybe<Array<Scalars['String']['input']>>;
  epcis?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Refuse the change (ZONE_VERSION_CONFLICT) unless the zone is still at this version. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  passQuota?: InputMaybe<Scalars['Int']['input']>;
};

/** A new zone. At least one commune or EPCI; codes are INSEE codes for communes and SIRENs for EPCIs. */
export type DefineZoneInput = {
  communes?: InputMaybe<Array<Scalars['String']['input']>>;
  epcis?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  passQuota?: InputMaybe<Scalars['Int']['input']>;
  /** The programme the zone is drawn for, one the caller manages. Required: left out, the zone is refused (BAD_USER_INPUT); a programme the caller does not manage is one that does not exist (NOT_FOUND). */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
};

/** What a deleted zone was. */
export type DeletedZone = {
  __typename?: 'DeletedZone';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Where the map comes from. */
export type MapSource = {
  __typename?: 'MapSource';
  communes: Scalars['Int']['output'];
  departements: Scalars['Int']['output'];
  epcis: Scalars['Int']['output'];
  importedAt: Scalars['DateTime']['output'];
  /** The npm package the map is imported from. */
  package: Scalars['String']['output'];
  regions: Scalars['Int']['output'];
  /** Its version, pinned by the platform. */
  version: Scalars['String']['output'];
};

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
   * Changes a zone's communes, EPCIs, quota or note (territory.zone.changed.v1, with the communes added and removed). Managers of the zone's programme only.
   * Errors: as defineZone, plus NOT_FOUND (no such zone, or one of a programme the caller does not manage) and ZONE_VERSION_CONFLICT.
   */
  changeZone: Zone;
  /**
   * Defines a zone and announces it with its member communes (territory.zone.defined.v1). Managers of the zone's programme only. A definition naming any unknown commune or EPCI is refused whole.
   * Errors: UNKNOWN_ZONE_MEMBERS (unknownCommunes, unknownEpcis), MALFORMED_CODE (malformedCommunes, malformedEpcis), EMPTY_ZONE, ZONE_TOO_LARGE, ZONE_NAME_TAKEN, INVALID_ID, NOT_FOUND (field programmeId: a programme the caller does not manage), BAD_USER_INPUT (programmeId left out, among others), FORBIDDEN.
   */
  defineZone: Zone;
  /**
   * Deletes a zone (territory.zone.deleted.v1, with its last members). Managers of the zone's programme only.
   * Errors: NOT_FOUND (no such zone, or one of a programme the caller does not manage), MALFORMED_CODE, ZONE_VERSION_CONFLICT, FORBIDDEN.
   */
  deleteZone: DeletedZone;
  /**
   * Renames a zone (territory.zone.changed.v1). Managers of the zone's programme only.
   * Errors: NOT_FOUND (no such zone, or one of a programme the caller does not manage), MALFORMED_CODE, ZONE_NAME_TAKEN, ZONE_VERSION_CONFLICT, BAD_USER_INPUT, FORBIDDEN.
   */
  renameZone: Zone;
};


export type MutationChangeZoneArgs = {
  id: Scalars['ID']['input'];
  input: ChangeZoneInput;
};


export type MutationDefineZoneArgs = {
  input: DefineZoneInput;
};


export type MutationDeleteZoneArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationRenameZoneArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

/** Where a page starts and ends (Relay's PageInfo). Pages go forward (first/after): hasPreviousPage says whether the page was asked after a cursor. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A programme, owned by the funding service; here only its key. */
export type Programme = {
  __typename?: 'Programme';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The communes served by a postal code, by name. Errors: MALFORMED_CODE. */
  communesByPostalCode: Array<Territory>;
  /** The version of the map in use. */
  mapSource?: Maybe<MapSource>;
  /** Communes for autocompletion, most populous first: by name prefix, ignoring accents, case, hyphens and apostrophes, with St/Ste read as Saint/Sainte ("peronne" finds Péronne, "st omer" Saint-Omer); or, for a query of digits, by postal-code prefix. */
  searchCommunes: TerritoryConnection;
  /** The territories of one level with at least one commune inside `within`, by code: the communes of a département, the EPCIs of a région (those straddling its border included). Errors: LEVEL_NOT_BELOW, MALFORMED_CODE, NOT_FOUND. */
  territories: TerritoryConnection;
  /** One territory by level and code. Errors: MALFORMED_CODE (the code does not have its level's shape), NOT_FOUND. */
  territory?: Maybe<Territory>;
  /** The territory service's audit trail: every mutation it received in the caller's programmes, newest first. Programme staff only. */
  territoryAuditTrail: AuditEntryConnection;
  /** One zone by id. Errors: MALFORMED_CODE, NOT_FOUND. */
  zone?: Maybe<Zone>;
  /** Zones by name, all or one programme's. */
  zones: ZoneConnection;
};


export type QueryCommunesByPostalCodeArgs = {
  postalCode: Scalars['String']['input'];
};


export type QuerySearchCommunesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QueryTerritoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level: TerritoryLevel;
  within: TerritoryRefInput;
};


export type QueryTerritoryArgs = {
  code: Scalars['String']['input'];
  level: TerritoryLevel;
};


export type QueryTerritoryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryZoneArgs = {
  id: Scalars['ID']['input'];
};


export type QueryZonesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programmeId?: InputMaybe<Scalars['ID']['input']>;
};

/** A piece of the French administrative map (région, département, EPCI, commune) or a zone a programme defined. Named by level and code together: région 32 is Hauts-de-France, département 32 is Gers. Other services attach their figures to this entity. */
export type Territory = {
  __typename?: 'Territory';
  /** Every territory above, nearest first, up to the région. A commune's chain holds its own département and région, even when its EPCI sits mostly in another. */
  ancestors: Array<Territory>;
  /** The territories whose parent this is, by code; a zone's children are its member communes. */
  children: TerritoryConnection;
  /** INSEE code (région, département, commune: 32, 80, 2A004), SIREN for an EPCI, id for a zone. */
  code: Scalars['String']['output'];
  /** Whether the commune lies inside this territory (or zone). Errors: MALFORMED_CODE, NOT_FOUND (field communeCode). */
  contains: Scalars['Boolean']['output'];
  level: TerritoryLevel;
  /** Official name, with its accents: Péronne, Hauts-de-France. */
  name: Scalars['String']['output'];
  /** The territory directly above in the tree: commune → EPCI (or département for the few communes outside any EPCI) → département → région. An EPCI that straddles départements sits under the one where most of its inhabitants live. Null for régions and zones. */
  parent?: Maybe<Territory>;
  /** Municipal population (sum of the communes' for EPCIs, départements, régions and zones). */
  population: Scalars['Int']['output'];
  /** Postal codes of a commune (several for some); empty for other levels. */
  postalCodes: Array<Scalars['String']['output']>;
  /** SIREN of a commune or an EPCI; null for other levels. */
  siren?: Maybe<Scalars['String']['output']>;
  /** The zone itself, for a territory of level ZONE; null for the administrative levels. */
  zone?: Maybe<Zone>;
};


/** A piece of the French administrative map (région, département, EPCI, commune) or a zone a programme defined. Named by level and code together: région 32 is Hauts-de-France, département 32 is Gers. Other services attach their figures to this entity. */
export type TerritoryChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A piece of the French administrative map (région, département, EPCI, commune) or a zone a programme defined. Named by level and code together: région 32 is Hauts-de-France, département 32 is Gers. Other services attach their figures to this entity. */
export type TerritoryContainsArgs = {
  communeCode: Scalars['String']['input'];
};

/** A page of territories. */
export type TerritoryConnection = {
  __typename?: 'TerritoryConnection';
  edges: Array<TerritoryEdge>;
  pageInfo: PageInfo;
  /** Territories in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One territory in a page. */
export type TerritoryEdge = {
  __typename?: 'TerritoryEdge';
  cursor: Scalars['String']['output'];
  node: Territory;
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

/** A zone a programme works on (e.g. the Sambre-Avesnois-Thiérache pact territory): a named set of communes and/or EPCIs, expanded into its member communes. It is also a Territory of level ZONE whose code is the zone's id. */
export type Zone = {
  __typename?: 'Zone';
  /** Whether the commune is a member of the zone. Errors: MALFORMED_CODE, NOT_FOUND (field communeCode). */
  contains: Scalars['Boolean']['output'];
  definedAt: Scalars['DateTime']['output'];
  /** What the zone was defined with: communes named one by one, and EPCIs standing for all their communes. */
  definition: ZoneDefinition;
  id: Scalars['ID']['output'];
  /** The communes inside the zone, by INSEE code. */
  members: TerritoryConnection;
  name: Scalars['String']['output'];
  /** Free text from the programme about the zone (e.g. where its quota comes from). */
  note?: Maybe<Scalars['String']['output']>;
  /** Passes planned for the zone, when the programme set a quota. */
  passQuota?: Maybe<Scalars['Int']['output']>;
  /** Sum of the member communes' populations. */
  population: Scalars['Int']['output'];
  /** The programme that defined it; null for a zone not tied to one programme. */
  programme?: Maybe<Programme>;
  /** The zone as a territory (level ZONE), where other services attach their figures. */
  territory: Territory;
  updatedAt: Scalars['DateTime']['output'];
  /** 1 when defined, one more with each change; pass it back as expectedVersion to refuse overwriting someone else's change. */
  version: Scalars['Int']['output'];
};


/** A zone a programme works on (e.g. the Sambre-Avesnois-Thiérache pact territory): a named set of communes and/or EPCIs, expanded into its member communes. It is also a Territory of level ZONE whose code is the zone's id. */
export type ZoneContainsArgs = {
  communeCode: Scalars['String']['input'];
};


/** A zone a programme works on (e.g. the Sambre-Avesnois-Thiérache pact territory): a named set of communes and/or EPCIs, expanded into its member communes. It is also a Territory of level ZONE whose code is the zone's id. */
export type ZoneMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of zones, by name. */
export type ZoneConnection = {
  __typename?: 'ZoneConnection';
  edges: Array<ZoneEdge>;
  pageInfo: PageInfo;
  /** Zones in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The communes and EPCIs a zone was defined with. */
export type ZoneDefinition = {
  __typename?: 'ZoneDefinition';
  communes: Array<Territory>;
  epcis: Array<Territory>;
};

/** One zone in a page. */
export type ZoneEdge = {
  __typename?: 'ZoneEdge';
  cursor: Scalars['String']['output'];
  node: Zone;
};



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
  Territory: Territory;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Territory:
    ( { __typename: 'Territory' }
    & GraphQLRecursivePick<FederationTypes['Territory'], {"level":true,"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  ChangeZoneInput: ChangeZoneInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DefineZoneInput: DefineZoneInput;
  DeletedZone: ResolverTypeWrapper<DeletedZone>;
  MapSource: ResolverTypeWrapper<MapSource>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Programme: ResolverTypeWrapper<Programme>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SafeInt: ResolverTypeWrapper<Scalars['SafeInt']['output']>;
  Territory: ResolverTypeWrapper<TerritoryRecordModel>;
  TerritoryConnection: ResolverTypeWrapper<Omit<TerritoryConnection, 'edges'> & { edges: Array<ResolversTypes['TerritoryEdge']> }>;
  TerritoryEdge: ResolverTypeWrapper<Omit<TerritoryEdge, 'node'> & { node: ResolversTypes['Territory'] }>;
  TerritoryLevel: TerritoryLevel;
  TerritoryRefInput: TerritoryRefInput;
  Zone: ResolverTypeWrapper<ZoneEntityModel>;
  ZoneConnection: ResolverTypeWrapper<Omit<ZoneConnection, 'edges'> & { edges: Array<ResolversTypes['ZoneEdge']> }>;
  ZoneDefinition: ResolverTypeWrapper<Omit<ZoneDefinition, 'communes' | 'epcis'> & { communes: Array<ResolversTypes['Territory']>, epcis: Array<ResolversTypes['Territory']> }>;
  ZoneEdge: ResolverTypeWrapper<Omit<ZoneEdge, 'node'> & { node: ResolversTypes['Zone'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditEntry: AuditEntry;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AuditEntryConnection: AuditEntryConnection;
  Int: Scalars['Int']['output'];
  AuditEntryEdge: AuditEntryEdge;
  ChangeZoneInput: ChangeZoneInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DefineZoneInput: DefineZoneInput;
  DeletedZone: DeletedZone;
  MapSource: MapSource;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Programme: Programme;
  Query: Record<PropertyKey, never>;
  SafeInt: Scalars['SafeInt']['output'];
  Territory: TerritoryRecordModel;
  TerritoryConnection: Omit<TerritoryConnection, 'edges'> & { edges: Array<ResolversParentTypes['TerritoryEdge']> };
  TerritoryEdge: Omit<TerritoryEdge, 'node'> & { node: ResolversParentTypes['Territory'] };
  TerritoryRefInput: TerritoryRefInput;
  Zone: ZoneEntityModel;
  ZoneConnection: Omit<ZoneConnection, 'edges'> & { edges: Array<ResolversParentTypes['ZoneEdge']> };
  ZoneDefinition: Omit<ZoneDefinition, 'communes' | 'epcis'> & { communes: Array<ResolversParentTypes['Territory']>, epcis: Array<ResolversParentTypes['Territory']> };
  ZoneEdge: Omit<ZoneEdge, 'node'> & { node: ResolversParentTypes['Zone'] };
};

export type AuditEntryResolvers<ContextType = TerritoryContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
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

export type AuditEntryConnectionResolvers<ContextType = TerritoryContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = TerritoryContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeletedZoneResolvers<ContextType = TerritoryContext, ParentType extends ResolversParentTypes['DeletedZone'] = ResolversParentTypes['DeletedZone']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MapSourceResolvers<ContextType = TerritoryContext, ParentType extends ResolversParentTypes['MapSource'] = ResolversParentTypes['MapSource']> = {
  communes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  departements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  epcis?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  package?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = TerritoryContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cents?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formatted?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = TerritoryContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  changeZone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType, RequireFields<MutationChangeZoneArgs, 'id' | 'input'>>;
  defineZone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType, RequireFields<MutationDefineZoneArgs, 'input'>>;
  deleteZone?: Resolver<ResolversTypes['DeletedZone'], ParentType, ContextType, RequireFields<MutationDeleteZoneArgs, 'id'>>;
  renameZone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType, RequireFields<MutationRenameZoneArgs, 'id' | 'name'>>;
};

export type PageInfoResolvers<ContextType = TerritoryContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = TerritoryContext, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = TerritoryContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  communesByPostalCode?: Resolver<Array<ResolversTypes['Territory']>, ParentType, ContextType, RequireFields<QueryCommunesByPostalCodeArgs, 'postalCode'>>;
  mapSource?: Resolver<Maybe<ResolversTypes['MapSource']>, ParentType, ContextType>;
  searchCommunes?: Resolver<ResolversTypes['TerritoryConnection'], ParentType, ContextType, RequireFields<QuerySearchCommunesArgs, 'first' | 'query'>>;
  territories?: Resolver<ResolversTypes['TerritoryConnection'], ParentType, ContextType, RequireFields<QueryTerritoriesArgs, 'first' | 'level' | 'within'>>;
  territory?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType, RequireFields<QueryTerritoryArgs, 'code' | 'level'>>;
  territoryAuditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryTerritoryAuditTrailArgs, 'first'>>;
  zone?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType, RequireFields<QueryZoneArgs, 'id'>>;
  zones?: Resolver<ResolversTypes['ZoneConnection'], ParentType, ContextType, RequireFields<QueryZonesArgs, 'first'>>;
};

export interface SafeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['SafeInt'], any> {
  name: 'SafeInt';
}

export type TerritoryResolvers<ContextType = TerritoryContext, ParentType extends ResolversParentTypes['Territory'] = ResolversParentTypes['Territory'], FederationReferenceType extends FederationReferenceTypes['Territory'] = FederationReferenceTypes['Territory']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Territory']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ancestors?: Resolver<Array<ResolversTypes['Territory']>, ParentType, ContextType>;
  children?: Resolver<ResolversTypes['TerritoryConnection'], ParentType, ContextType, RequireFields<TerritoryChildrenArgs, 'first'>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contains?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<TerritoryContainsArgs, 'communeCode'>>;
  level?: Resolver<ResolversTypes['TerritoryLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  postalCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  siren?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType>;
};

export type TerritoryConnectionResolvers<ContextType = TerritoryContext, ParentType extends ResolversParentTypes['TerritoryConnection'] = ResolversParentTypes['TerritoryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TerritoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TerritoryEdgeResolvers<ContextType = TerritoryContext, ParentType extends ResolversParentTypes['TerritoryEdge'] = ResolversParentTypes['TerritoryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Territory'], ParentType, ContextType>;
};

export type ZoneResolvers<ContextType = TerritoryContext, ParentType extends ResolversParentTypes['Zone'] = ResolversParentTypes['Zone']> = {
  contains?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<ZoneContainsArgs, 'communeCode'>>;
  definedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['ZoneDefinition'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['TerritoryConnection'], ParentType, ContextType, RequireFields<ZoneMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  passQuota?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  territory?: Resolver<ResolversTypes['Territory'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ZoneConnectionResolvers<ContextType = TerritoryContext, ParentType extends ResolversParentTypes['ZoneConnection'] = ResolversParentTypes['ZoneConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ZoneEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ZoneDefinitionResolvers<ContextType = TerritoryContext, ParentType extends ResolversParentTypes['ZoneDefinition'] = ResolversParentTypes['ZoneDefinition']> = {
  communes?: Resolver<Array<ResolversTypes['Territory']>, ParentType, ContextType>;
  epcis?: Resolver<Array<ResolversTypes['Territory']>, ParentType, ContextType>;
};

export type ZoneEdgeResolvers<ContextType = TerritoryContext, ParentType extends ResolversParentTypes['ZoneEdge'] = ResolversParentTypes['ZoneEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
};

export type Resolvers<ContextType = TerritoryContext> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeletedZone?: DeletedZoneResolvers<ContextType>;
  MapSource?: MapSourceResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SafeInt?: GraphQLScalarType;
  Territory?: TerritoryResolvers<ContextType>;
  TerritoryConnection?: TerritoryConnectionResolvers<ContextType>;
  TerritoryEdge?: TerritoryEdgeResolvers<ContextType>;
  Zone?: ZoneResolvers<ContextType>;
  ZoneConnection?: ZoneConnectionResolvers<ContextType>;
  ZoneDefinition?: ZoneDefinitionResolvers<ContextType>;
  ZoneEdge?: ZoneEdgeResolvers<ContextType>;
};

