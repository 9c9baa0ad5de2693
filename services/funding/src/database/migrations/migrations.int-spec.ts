// Integration: a funding database written before co-funding rules matched real grants and receipts
// had lines of their own, upgraded by the migrations at start. Money that reductions gave back as
// negative payments becomes receipts, charged to the same days and budget years; payments learn
// their payee from the passes events they came from; every figure in force becomes version 1 of
// its history; the old rules keep computing what they computed.
import { randomUUID } from 'node:crypto';
import { openDatabase } from '@pass-numerique/service-kit';
import { caller, callSubgraph, deleteTestStreams, dropDatabase, testServiceConfig } from '@pass-numerique/testing';
import { startFundingService } from '../../server';
import { CreateFundingTables1764979200000 } from './1764979200000-create-funding-tables';
import { CreatePlanCommitmentsAndPayments1765238400000 } from './1765238400000-create-plan-commitments-and-payments';
import { CreateAuditEntry1765600000000 } from './1765600000000-create-audit-entry';
import { AddAuditProgrammes1767000000000 } from './1767000000000-add-audit-programmes';

const ids = {
  programme: randomUUID(),
  deliberation: randomUUID(),
  authorisation: randomUUID(),
  state: randomUUID(),
  feder: randomUUID(),
  region: randomUUID(),
  commitment: randomUUID(),
  order: randomUUID(),
  operator: randomUUID(),
  payment: randomUUID(),
  reduction: randomUUID(),
  creditNote: randomUUID(),
  placedEvent: randomUUID(),
  activatedEvent: randomUUID(),
  creditEvent: randomUUID(),
};

const VIEW = `query($id: ID!) { programme(id: $id) {
  periods { version endsOn deliberation { number } }
  authorisations { versions { version amount { cents } schedule { budgetYear amount { cents } } } }
  deliberations { kind assumption vote { for } }
  fundingPlan { versions { version shares { rule planned { cents } } } coFunders { rule rateBasisPoints ratePercent rounding share { amount { cents } } } }
  commitments(first: 5) { edges { node { net { cents } paymentTotal { cents } receiptTotal { cents } paid { cents } reductions { amount { cents } refunded { cents } receipt { kind issuedOn budgetYear amount { cents } payer { id } } } } } }
  payments(first: 5) { edges { node { amount { cents } payee { id } } } }
  budget(asOf: "2021-12-31") { payments { cents } receipts { cents } paid { cents }
    years { budgetYear payments { cents } receipts { cents } net { cents } }
    claims { coFunder { rule } entitlement { cents } } }
  reconciliation { reconciled lines { topic difference { cents } } }
} }`;

describe('funding migrations: data written before receipts and grant rules', () => {
  const config = { ...testServiceConfig('funding', { logLevel: 'error' }), loadDemoData: false };
  let service: Awaited<ReturnType<typeof startFundingService>> | undefined;

  beforeAll(async () => {
    const old = await openDatabase({
      url: config.databaseUrl,
      entities: [],
      migrations: [CreateFundingTables1764979200000, CreatePlanCommitmentsAndPayments1765238400000, CreateAuditEntry1765600000000, AddAuditProgrammes1767000000000],
    });
    const q = (sql: string, params: unknown[] = []) => old.query(sql, params);
    await q(
      `INSERT INTO programme (id, code, name, owner_organisation_id, perimeter_level, perimeter_code, starts_on, ends_on, settlement_model, opened_at)
       VALUES ($1, 'OLD-2020', 'Programme d''avant', NULL, 'REGION', '32', '2020-02-04', '2021-12-31', 'PREPAID_OPERATOR', '2020-02-05T10:00:00Z')`,
      [ids.programme],
    );
    await q(
      `INSERT INTO deliberation (id, programme_id, number, decided_on, body, place, chair, subject, theme, vote, outcome, decisions, cites)
       VALUES ($1, $2, 'CP-OLD', '2020-02-04', 'STANDING_COMMITTEE', 'Amiens', 'La présidence', 'Pass', NULL, '{"for":52,"against":0,"abstention":0,"present":41,"proxies":11,"absent":2,"notVoting":0}', 'ADOPTED', ARRAY['Acquérir'], '{}')`,
      [ids.deliberation, ids.programme],
    );
    await q(
      `INSERT INTO commitment_authorisation (id, programme_id, deliberation_id, kind, amount_cents, budget_year, imputation_chapter, imputation_function, imputation_nature, imputation_programme_code, nomenclature, nomenclature_version)
       VALUES ($1, $2, $3, 'AE', 100000, 2020, '935', '56', '6518', '56000017', 'M71', '2020')`,
      [ids.authorisation, ids.programme, ids.deliberation],
    );
    await q(`INSERT INTO payment_schedule_line (authorisation_id, budget_year, amount_cents) VALUES ($1, 2020, 60000), ($1, 2021, 40000)`, [ids.authorisation]);
    await q(
      `INSERT INTO co_funder (id, programme_id, organisation_id, display_name, kind, rule, rate_basis_points, planned_cents, agreement_reference, status, position)
       VALUES ($1, $4, $5, 'État', 'STATE', 'USED_PASSES_SHARE', 5000, 50000, NULL, 'SIGNED', 0),
              ($2, $4, $6, 'FEDER', 'EU_FEDER', 'ELIGIBLE_PAID_RATE', 1636, 20000, NULL, 'REQUESTED', 1),
              ($3, $4, $7, 'Région', 'OWN_FUNDS', 'REMAINDER', NULL, 30000, NULL, 'GRANTED', 2)`,
      [ids.state, ids.feder, ids.region, ids.programme, randomUUID(), randomUUID(), randomUUID()],
    );
    await q(
      `INSERT INTO passes_fact (source_event_id, event_type, fact_key, programme_id, order_id, amount_cents, pass_count, occurred_on, payload, status, received_at, settled_at)
       VALUES ($1, 'passes.order.placed.v1', $2, $3, $4, 52000, 50, '2020-02-17', $5, 'APPLIED', now(), now()),
              ($6, 'passes.order.activated.v1', $7, $3, $4, 52000, 50, '2020-03-16', '{}', 'APPLIED', now(), now()),
              ($8, 'passes.credit-note.issued.v1', $9, $3, $4, 20000, 20, '2021-07-01', '{}', 'APPLIED', now(), now())`,
      [
        ids.placedEvent,
        `order-placed:${ids.order}`,
        ids.programme,
        ids.order,
        JSON.stringify({ orderId: ids.order, operatorOrganisationId: ids.operator, faceValueTotalCents: 50_000, feeCents: 2_000 }),
        ids.activatedEvent,
        `order-activated:${ids.order}`,
        ids.creditEvent,
        `credit-note:${ids.creditNote}`,
      ],
    );
    await q(
      `INSERT INTO commitment (id, programme_id, authorisation_id, kind, reference, committed_on, budget_year, amount_cents, face_value_cents, fee_cents, pass_count, order_id, source_event_id, recorded_at)
       VALUES ($1, $2, $3, 'PASS_ORDER', 'Commande', '2020-02-17', 2020, 52000, 50000, 2000, 50, $4, $5, now())`,
      [ids.commitment, ids.programme, ids.authorisation, ids.order, ids.placedEvent],
    );
    await q(
      `INSERT INTO payment (id, programme_id, commitment_id, payment_order_number, paid_on, budget_year, invoice_reference, feder_eligible, amount_cents, source_event_id, recorded_at)
       VALUES ($1, $2, $3, 'MANDAT-1', '2020-03-16', 2020, NULL, true, 52000, $4, now())`,
      [ids.payment, ids.programme, ids.commitment, ids.activatedEvent],
    );
    // A credit note of 200.00, all of it prepaid: the old model kept it as a refund on the reduction.
    await q(
      `INSERT INTO commitment_reduction (id, programme_id, commitment_id, amount_cents, refunded_cents, reduced_on, budget_year, reference, feder_eligible, pass_count, credit_note_id, source_event_id, recorded_at)
       VALUES ($1, $2, $3, 20000, 20000, '2021-07-01', 2021, 'Avoir ancien', true, 20, $4, $5, now())`,
      [ids.reduction, ids.programme, ids.commitment, ids.creditNote, ids.creditEvent],
    );
    await old.destroy();
    service = await startFundingService(config);
  });
  afterAll(async () => {
    await service?.stop();
    await dropDatabase(config.databaseUrl);
    await deleteTestStreams(config.eventPrefix);
  });

  it('turns money a reduction gave back into a receipt of its own, and keeps the figures', async () => {
    const { data, errors } = await callSubgraph(service!.url, VIEW, { id: ids.programme }, caller('finance_officer', { programmeId: ids.programme }));
    expect(errors).toBeUndefined();
    const p = data.programme;
    expect(p.commitments.edges[0].node).toEqual({
      net: { cents: 32_000 },
      paymentTotal: { cents: 52_000 },
      receiptTotal: { cents: 20_000 },
      paid: { cents: 32_000 },
      reductions: [{ amount: { cents: 20_000 }, refunded: { cents: 20_000 }, receipt: { kind: 'CREDIT_NOTE', issuedOn: '2021-07-01', budgetYear: 2021, amount: { cents: 20_000 }, payer: { id: ids.operator } } }],
    });
    expect(p.payments.edges).toEqual([{ node: { amount: { cents: 52_000 }, payee: { id: ids.operator } } }]);
    expect(p.budget.years).toEqual([
      { budgetYear: 2020, payments: { cents: 52_000 }, receipts: { cents: 0 }, net: { cents: 52_000 } },
      { budgetYear: 2021, payments: { cents: 0 }, receipts: { cents: 20_000 }, net: { cents: -20_000 } },
    ]);
    expect(p.budget).toMatchObject({ payments: { cents: 52_000 }, receipts: { cents: 20_000 }, paid: { cents: 32_000 } });
    expect(p.reconciliation.reconciled).toBe(true);
    expect(p.reconciliation.lines.map((l: { topic: string; difference: { cents: number } }) => [l.topic, l.difference.cents])).toContainEqual(['CREDIT_NOTES_RECEIVED', 0]);
  });

  it('keeps the old rules computing as they did, and makes today’s figures version 1 of their history', async () => {
    const { data } = await callSubgraph(service!.url, VIEW, { id: ids.programme }, caller('finance_officer', { programmeId: ids.programme }));
    const p = data.programme;
    expect(p.fundingPlan.coFunders).toEqual([
      { rule: 'USED_PASSES_SHARE', rateBasisPoints: 5000, ratePercent: '50.00', rounding: 'HALF_UP', share: null },
      { rule: 'ELIGIBLE_PAID_RATE', rateBasisPoints: 1636, ratePercent: '16.36', rounding: 'HALF_UP', share: null },
      { rule: 'REMAINDER', rateBasisPoints: null, ratePercent: null, rounding: 'HALF_UP', share: null },
    ]);
    // FEDER: 16.36 % of 320.00 eligible paid net = 52.352 → 52.35 half up, as before.
    expect(p.budget.claims.map((c: { coFunder: { rule: string }; entitlement: { cents: number } }) => [c.coFunder.rule, c.entitlement.cents])).toEqual([
      ['USED_PASSES_SHARE', 0],
      ['ELIGIBLE_PAID_RATE', 5_235],
      ['REMAINDER', 26_765],
    ]);
    expect(p.fundingPlan.versions).toEqual([{ version: 1, shares: [{ rule: 'USED_PASSES_SHARE', planned: { cents: 50_000 } }, { rule: 'ELIGIBLE_PAID_RATE', planned: { cents: 20_000 } }, { rule: 'REMAINDER', planned: { cents: 30_000 } }] }]);
    expect(p.periods).toEqual([{ version: 1, endsOn: '2021-12-31', deliberation: { number: 'CP-OLD' } }]);
    expect(p.authorisations[0].versions).toEqual([{ version: 1, amount: { cents: 100_000 }, schedule: [{ budgetYear: 2020, amount: { cents: 60_000 } }, { budgetYear: 2021, amount: { cents: 40_000 } }] }]);
    expect(p.deliberations).toEqual([{ kind: 'OPENING', assumption: null, vote: { for: 52 } }]);
  });

  // Last: it writes receipts of its own.
  it('keeps every receipt the only one of its event, except the recoveries a statement takes back (each once per payment it corrects)', async () => {
    const insert = (kind: string, sourceEventId: string, recoveryId: string | null) =>
      service!.dataSource.query(
        `INSERT INTO receipt (id, programme_id, commitment_id, kind, issued_on, budget_year, amount_cents, feder_eligible, reference, reason, corrected_payment_id, recovery_id, source_event_id, recorded_at)
         VALUES ($1, $2, $3, $4, '2021-08-02', 2021, 100, true, 'Copie', 'Motif', $5, $6, $7, now())`,
        [randomUUID(), ids.programme, ids.commitment, kind, recoveryId ? ids.payment : null, recoveryId, sourceEventId],
      );
    await expect(insert('CREDIT_NOTE', ids.creditEvent, null)).rejects.toThrow(/receipt_once_per_source_event/);
    const statementEvent = randomUUID();
    const [first, second] = [randomUUID(), randomUUID()];
    await insert('RECOVERY', statementEvent, first);
    await insert('RECOVERY', statementEvent, second);
    await expect(insert('RECOVERY', randomUUID(), first)).rejects.toThrow(/receipt_once_per_recovery_and_payment/);
    await expect(insert('CREDIT_NOTE', randomUUID(), randomUUID())).rejects.toThrow(/receipt_recovery_id_of_recovery/);
  });
});
