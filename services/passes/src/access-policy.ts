// Who may call what of the passes service (ARCHITECTURE.md, "Tenancy"). A programme's totals are
// open data; every figure below them (breakdowns by territory, distributor, place or public, a
// territory's, a distributor's or a place's funnel) is for the programme's readers — its staff and
// funders' auditors — and a distributor's or a place's own figures for them. Orders, booklets,
// passes and credit notes are for the programme's readers. Distributors hand out and take back
// their booklets, places check and redeem passes and read their statements. Which programme,
// booklet, place and statement is tenancy.ts's to say, next to the data, with a refusal that reads
// the same whether the object exists or not.
import { PROGRAMME_READERS, STAFF, type AccessPolicy } from '@pass-numerique/service-kit';

const MANAGERS = ['programme_manager'] as const;

export const passesAccessPolicy: AccessPolicy = {
  operations: {
    'Query.passesAuditTrail': STAFF,
    'Query.programmePasses': 'anyone',
    'Query.passOrder': PROGRAMME_READERS,
    'Query.passOrders': PROGRAMME_READERS,
    'Query.pass': PROGRAMME_READERS,
    'Query.booklet': PROGRAMME_READERS,
    'Query.bookletByNumber': PROGRAMME_READERS,
    'Query.distributorBooklets': [...PROGRAMME_READERS, 'distributor'],
    'Query.checkPass': ['programme_manager', 'distributor', 'place'],
    // The holder's own check: number and code are the credential, the guess throttle the guard (public-check/).
    'Query.myPass': 'anyone',
    'Query.statements': [...PROGRAMME_READERS, 'place'],
    'Query.statement': [...PROGRAMME_READERS, 'place'],
    'Query.placeRedemptions': [...PROGRAMME_READERS, 'place'],
    'Query.nextPassesToHandOut': [...PROGRAMME_READERS, 'distributor'],
    'Query.creditNotes': PROGRAMME_READERS,
    // Open data: aggregates by territory, protected by small-count suppression (open-data/).
    'Query.openPassFigures': 'anyone',
    'Query.openPassFiguresCsv': 'anyone',
    'Mutation.placeOrder': MANAGERS,
    'Mutation.markOrderDelivered': MANAGERS,
    'Mutation.activateOrder': MANAGERS,
    'Mutation.exportPrintFile': MANAGERS,
    'Mutation.allocateBooklets': MANAGERS,
    'Mutation.returnBooklets': ['programme_manager', 'distributor'],
    'Mutation.handOut': ['programme_manager', 'distributor'],
    'Mutation.redeemPass': ['programme_manager', 'place'],
    // A place takes back its own mistake at the counter within the window (tenancy.ts, mayCancelRedemption).
    'Mutation.cancelRedemption': ['programme_manager', 'place'],
    'Mutation.recoverRedemption': MANAGERS,
    'Mutation.generateStatements': STAFF,
    'Mutation.approveStatement': MANAGERS,
    'Mutation.markStatementPaid': STAFF,
    'Mutation.runExpiry': MANAGERS,
    // An organisation's own sandbox (sandboxes/): its people and its SANDBOX keys.
    'Mutation.resetSandboxPasses': ['distributor', 'place'],
  },
  entities: {
    // Each adds only funnel counts to the entity it extends; the counts are guarded below.
    Programme: 'anyone',
    Territory: 'anyone',
    Organisation: 'anyone',
    Place: 'anyone',
    // Adds the test passes to partners' Sandbox; tenancy.ts (mayUseSandbox) says whose.
    Sandbox: ['distributor', 'place'],
  },
  fields: {
    // A programme's totals are open to anyone; below open data's threshold, the figures that
    // describe people are exact for the programme's readers only (tenancy.ts, mayReadExactTotals).
    'ProgrammePasses.funnel': 'anyone',
    'ProgrammePasses.peopleHelped': 'anyone',
    'ProgrammePasses.funnelBreakdown': PROGRAMME_READERS,
    'ProgrammePasses.funnelColumns': PROGRAMME_READERS,
    'ProgrammePasses.usageBreakdown': PROGRAMME_READERS,
    'ProgrammePasses.usageColumns': PROGRAMME_READERS,
    'ProgrammePasses.alerts': STAFF,
    'Territory.passFunnel': PROGRAMME_READERS,
    'Organisation.distributorPassFunnel': [...PROGRAMME_READERS, 'distributor'],
    'Place.passFunnel': [...PROGRAMME_READERS, 'place'],
  },
};
