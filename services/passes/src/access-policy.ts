// Who may call what of the passes service (DESIGN.md, "Who calls"). Aggregate figures (the
// funnels of programmes, territories, distributors and places) are open data. Orders, booklets,
// passes and credit notes are for the programme's readers (staff and funders' auditors).
// Distributors hand out and take back booklets, places check and redeem passes and read their
// statements: which booklet, which place and which statement is checked by the services, next to
// the data, with a refusal that reads the same whether the object exists or not.
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
    'Query.statements': [...PROGRAMME_READERS, 'place'],
    'Query.statement': [...PROGRAMME_READERS, 'place'],
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
    'Mutation.cancelRedemption': MANAGERS,
    'Mutation.generateStatements': STAFF,
    'Mutation.approveStatement': MANAGERS,
    'Mutation.markStatementPaid': STAFF,
    'Mutation.runExpiry': MANAGERS,
  },
  entities: {
    // Each adds only funnel counts (aggregates) to the entity it extends.
    Programme: 'anyone',
    Territory: 'anyone',
    Organisation: 'anyone',
    Place: 'anyone',
  },
};
