// Resolver types from each subgraph's schema (GraphQL Code Generator, `npm run codegen`): the SDL
// a subgraph serves — its schema.graphql with the kit's shared types — in, one
// services/<name>/src/generated/resolvers-types.ts out. Resolvers are typed with the objects their
// parents really are (the mappers: entities and records), so a resolver that no longer matches
// the schema fails the typecheck. resolver-types.spec.ts fails when a committed file is stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { subgraphTypeDefs } from '../../libs/service-kit/src/shared-types';

const root = join(__dirname, '..', '..');

interface SubgraphTypes {
  /** The context every resolver receives, relative to the generated file. */
  context: string;
  /** GraphQL type → the TypeScript type its resolvers get as parent (`module#Type`, relative to the generated file). */
  mappers: Record<string, string>;
}

const SUBGRAPHS: Record<string, SubgraphTypes> = {
  funding: {
    context: '../context#FundingContext',
    mappers: {
      Programme: '../programmes/programme.entity#ProgrammeEntity',
      ProgrammePeriod: '../programmes/programme.entity#ProgrammePeriodEntity',
      ProgrammeClosing: '../programmes/programme.entity#ProgrammeClosingEntity',
      Deliberation: '../programmes/deliberation.entity#DeliberationEntity',
      CommitmentAuthorisation: '../programmes/authorisation.entity#CommitmentAuthorisationEntity',
      AuthorisationVersion: '../programmes/authorisation.entity#AuthorisationVersionEntity',
      ScheduleLine: '../programmes/authorisation.entity#ScheduleRecord',
      ProgrammeBudget: '../budget/budget.views#ProgrammeBudgetView',
      CoFunderClaim: '../budget/budget.views#ClaimView',
      ClaimEvidence: '../budget/budget.views#ClaimView',
      BudgetYear: '../budget/forecast#BudgetYearLine',
      PaymentForecast: '../budget/forecast#BudgetForecast',
      GrantClaim: '../budget/claims#GrantFigures',
      UsedPassesMonth: '../passes-ledger/passes-ledger.repository#UsedPassesMonth',
      PassesReconciliation: '../passes-ledger/passes-ledger.service#Reconciliation',
      ReconciliationLine: '../passes-ledger/passes-ledger.service#ReconciliationLine',
      PassesFact: '../passes-ledger/passes-fact.entity#PassesFactEntity',
      Commitment: '../commitments/commitment.entity#CommitmentEntity',
      Payment: '../commitments/commitment.entity#PaymentEntity',
      CommitmentReduction: '../commitments/commitment.entity#CommitmentReductionEntity',
      Receipt: '../commitments/commitment.entity#ReceiptEntity',
      FundingPlan: '../funding-plan/funding-plan.resolvers#FundingPlanSource',
      FundingPlanVersion: '../funding-plan/co-funder.entity#FundingPlanVersionEntity',
      PlannedShare: '../funding-plan/co-funder.entity#PlannedShareRecord',
      CoFunder: '../funding-plan/co-funder.entity#CoFunderEntity',
      SubmittedClaim: '../funding-plan/co-funder.entity#CoFunderClaimEntity',
      CoFunderReceipt: '../funding-plan/co-funder.entity#CoFunderReceiptEntity',
    },
  },
  partners: {
    context: '../context#PartnersContext',
    mappers: {
      Organisation: '../organisations/organisation.entity#OrganisationEntity',
      PostalAddress: '../addresses/address.resolvers#AddressValue',
      Agreement: '../agreements/agreement.entity#AgreementEntity',
      PartnerCredential: '../credentials/credential.entity#CredentialEntity',
      Place: '../places/place.entity#PlaceEntity',
      Qualification: '../places/place.entity#PlaceQualificationEntity',
      QualificationStep: '../places/place.entity#QualificationStepEntity',
      ImportRow: '../places/place-import.service#ImportRowResult',
      FinderOrigin: '../finder/place-finder.service#FinderOrigin',
      FoundPlace: '../finder/place-finder.service#FoundPlace',
      PlaceCountColumns: '../open-data/place-count.service#PlaceCountColumns',
      Territory: '../territories/territory-scope#TerritoryRef',
      Webhook: '../webhooks/webhook.entity#WebhookEntity',
      WebhookDelivery: '../webhooks/webhook.entity#WebhookDeliveryEntity',
    },
  },
  passes: {
    context: '../context#PassesContext',
    mappers: {
      ProgrammePasses: '../programmes/programme.entity#ProgrammeEntity',
      PassOrder: '../orders/order.entity#PassOrderEntity',
      Booklet: '../booklets/booklet.entity#BookletEntity',
      Pass: '../booklets/booklet.entity#PassEntity',
      HandOut: '../hand-outs/hand-out.service#HandOutResult',
      HolderPass: '../public-check/holder-check.service#HolderPass',
      PassCheck: '../redemptions/redemption.service#PassCheck',
      Redemption: '../redemptions/redemption.entity#RedemptionEntity',
      RedemptionRecovery: '../redemptions/redemption-recovery.entity#RedemptionRecoveryEntity',
      Statement: '../statements/statement.entity#StatementEntity',
      CreditNote: '../expiry/credit-note.entity#CreditNoteEntity',
      OpenTerritoryFigures: '../open-data/open-data.service#OpenFigures',
      PassAlerts: '../alerts/alerts.resolvers#AlertsSource',
      ExpiringPassesRow: '../alerts/alerts.service#ExpiringRow',
      PlaceWithoutRedemption: '../alerts/alerts.resolvers#PlaceWithoutRedemptionSource',
      ReallocationSuggestion: '../alerts/reallocation#Suggestion',
      FunnelRow: '../funnel/funnel.resolvers#FunnelRowSource',
      FunnelRowConnection: '../funnel/funnel.resolvers#FunnelRowConnectionSource',
      PassFunnel: '../funnel/funnel.resolvers#PassFunnelSource',
      UsageRow: '../usage/usage.resolvers#UsageRowSource',
      UsageColumns: '../usage/usage.resolvers#UsageColumnsSource',
      PeopleHelped: '../usage/usage.resolvers#PeopleHelpedSource',
    },
  },
  territory: {
    context: '../context#TerritoryContext',
    mappers: {
      Territory: '../territories/territory.entity#TerritoryRecord',
      Zone: '../zones/zone.entity#ZoneEntity',
    },
  },
};

export function generatedFile(service: string): string {
  return join('services', service, 'src', 'generated', 'resolvers-types.ts');
}

const config: CodegenConfig = {
  generates: Object.fromEntries(
    Object.entries(SUBGRAPHS).map(([service, { context, mappers }]) => [
      generatedFile(service),
      {
        schema: subgraphTypeDefs(readFileSync(join(root, 'services', service, 'src', 'schema.graphql'), 'utf8')),
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useTypeImports: true,
          // Enums as unions of their values' names: what entities and rules hold.
          enumsAsTypes: true,
          contextType: context,
          mappers,
          // A model may share its GraphQL type's name (ReconciliationLine): imported as ReconciliationLineModel.
          mapperTypeSuffix: 'Model',
          // An input field with a default is always there once GraphQL has applied it.
          avoidOptionals: { defaultValue: true },
          // The kit's graphql-scalars resolvers: LocalDate parses to its YYYY-MM-DD string, DateTime to a Date and serialises a Date or an ISO string.
          scalars: { Date: 'string', DateTime: { input: 'Date', output: 'Date | string' }, SafeInt: 'number' },
        },
      },
    ]),
  ),
};

export default config;
