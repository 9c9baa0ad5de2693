// Integration: the funding plan on a real PostgreSQL, called as the gateway would.
import { randomUUID } from 'node:crypto';
import { ANONYMOUS } from '@pass-numerique/service-kit';
import { caller, callSubgraph, useTestService } from '@pass-numerique/testing';
import { startFundingService } from '../server';
import { managerOf, openTestProgramme } from '../testing/funding-test-kit';

const SET_PLAN = `mutation($input: SetFundingPlanInput!) { setFundingPlan(input: $input) {
  balanced planned { cents } authorised { cents }
  coFunders { id organisation { id } displayName kind rule rateBasisPoints ratePercent planned { amount } agreementReference status received { cents } } } }`;
const RECEIPT = `mutation($input: RecordCoFunderReceiptInput!) { recordCoFunderReceipt(input: $input) { id received { cents } receipts { amount { cents } receivedOn reference } } }`;
const PLAN = `query($id: ID!) { programme(id: $id) { fundingPlan { balanced coFunders { displayName planned { cents } } } } }`;

function plan(programmeId: string, state: string, feder: string, region: string, organisations = [randomUUID(), randomUUID(), randomUUID()]) {
  return {
    programmeId,
    coFunders: [
      { organisationId: organisations[0], displayName: 'État', kind: 'STATE', rule: 'USED_PASSES_SHARE', rateBasisPoints: 5000, planned: state, agreementReference: 'Convention 2024-17', status: 'SIGNED' },
      { organisationId: organisations[1], displayName: 'FEDER', kind: 'EU_FEDER', rule: 'ELIGIBLE_PAID_RATE', rateBasisPoints: 1636, planned: feder, status: 'REQUESTED' },
      { organisationId: organisations[2], displayName: 'Région', kind: 'OWN_FUNDS', rule: 'REMAINDER', planned: region, status: 'GRANTED' },
    ],
  };
}

describe('funding plan', () => {
  const { service } = useTestService('funding', startFundingService, { logLevel: 'error', loadDemoData: false });

  it('records a plan that balances, with the co-funders as organisation stubs of the partners service', async () => {
    const { programmeId } = await openTestProgramme(service.url);
    const input = plan(programmeId, '500.00', '200.00', '300.00');
    const { data, errors } = await callSubgraph(service.url, SET_PLAN, { input }, managerOf(programmeId));
    expect(errors).toBeUndefined();
    expect(data.setFundingPlan).toMatchObject({ balanced: true, planned: { cents: 100_000 }, authorised: { cents: 100_000 } });
    expect(data.setFundingPlan.coFunders.map((c: { organisation: { id: string }; rule: string; ratePercent: string | null; status: string }) => [c.organisation.id, c.rule, c.ratePercent, c.status])).toEqual([
      [input.coFunders[0].organisationId, 'USED_PASSES_SHARE', '50.00', 'SIGNED'],
      [input.coFunders[1].organisationId, 'ELIGIBLE_PAID_RATE', '16.36', 'REQUESTED'],
      [input.coFunders[2].organisationId, 'REMAINDER', null, 'GRANTED'],
    ]);
  });

  it('refuses a plan that does not balance, naming the rule, and keeps the previous plan whole', async () => {
    const { programmeId } = await openTestProgramme(service.url);
    const manager = managerOf(programmeId);
    const organisations = [randomUUID(), randomUUID(), randomUUID()];
    await callSubgraph(service.url, SET_PLAN, { input: plan(programmeId, '500.00', '200.00', '300.00', organisations) }, manager);
    const { errors } = await callSubgraph(service.url, SET_PLAN, { input: plan(programmeId, '600.00', '200.00', '199.99', organisations) }, manager);
    expect(errors?.[0].extensions).toMatchObject({ code: 'PLAN_DOES_NOT_BALANCE', field: 'coFunders', plannedCents: 99_999, authorisedCents: 100_000 });
    const { data } = await callSubgraph(service.url, PLAN, { id: programmeId }, ANONYMOUS);
    expect(data.programme.fundingPlan.coFunders.map((c: { planned: { cents: number } }) => c.planned.cents)).toEqual([50_000, 20_000, 30_000]);
  });

  it('records what a granted co-funder pays, never more than planned, and keeps it when the plan changes', async () => {
    const { programmeId } = await openTestProgramme(service.url);
    const manager = managerOf(programmeId);
    const organisations = [randomUUID(), randomUUID(), randomUUID()];
    const { data } = await callSubgraph(service.url, SET_PLAN, { input: plan(programmeId, '500.00', '200.00', '300.00', organisations) }, manager);
    const [state, feder] = data.setFundingPlan.coFunders;
    const finance = caller('finance_officer', { programmeId });
    const receipt = (coFunderId: string, amount: string) =>
      callSubgraph(service.url, RECEIPT, { input: { coFunderId, amount, receivedOn: '2024-09-30', reference: 'Avis de paiement 42' } }, finance);
    expect((await receipt(state.id, '200.00')).data.recordCoFunderReceipt.received).toEqual({ cents: 20_000 });
    expect((await receipt(state.id, '300.01')).errors?.[0].extensions).toMatchObject({ code: 'RECEIPTS_EXCEED_PLANNED', receivedCents: 20_000 });
    expect((await receipt(feder.id, '1.00')).errors?.[0].extensions?.code).toBe('CO_FUNDER_NOT_GRANTED');

    // The State keeps its id and receipts across a plan change; it cannot leave, nor drop below what it paid.
    const moved = await callSubgraph(service.url, SET_PLAN, { input: plan(programmeId, '400.00', '200.00', '400.00', organisations) }, manager);
    expect(moved.data.setFundingPlan.coFunders[0]).toMatchObject({ id: state.id, received: { cents: 20_000 } });
    const below = await callSubgraph(service.url, SET_PLAN, { input: plan(programmeId, '199.99', '200.00', '600.01', organisations) }, manager);
    expect(below.errors?.[0].extensions).toMatchObject({ code: 'RECEIPTS_EXCEED_PLANNED', field: 'coFunders.0.planned' });
    const withoutState = plan(programmeId, '0', '500.00', '500.00', organisations);
    withoutState.coFunders.shift();
    const leaving = await callSubgraph(service.url, SET_PLAN, { input: withoutState }, manager);
    expect(leaving.errors?.[0].extensions).toMatchObject({ code: 'CO_FUNDER_HAS_RECEIPTS', organisationId: organisations[0] });
  });

  it('lets the rest change hands between co-funders', async () => {
    const { programmeId } = await openTestProgramme(service.url);
    const manager = managerOf(programmeId);
    const organisations = [randomUUID(), randomUUID(), randomUUID()];
    await callSubgraph(service.url, SET_PLAN, { input: plan(programmeId, '500.00', '200.00', '300.00', organisations) }, manager);
    const swapped = plan(programmeId, '500.00', '200.00', '300.00', organisations);
    swapped.coFunders[1] = { ...swapped.coFunders[1], rule: 'REMAINDER', rateBasisPoints: undefined as unknown as number };
    swapped.coFunders[2] = { ...swapped.coFunders[2], rule: 'ELIGIBLE_PAID_RATE', rateBasisPoints: 2000 };
    const { data, errors } = await callSubgraph(service.url, SET_PLAN, { input: swapped }, manager);
    expect(errors).toBeUndefined();
    expect(data.setFundingPlan.coFunders.map((c: { rule: string }) => c.rule)).toEqual(['USED_PASSES_SHARE', 'REMAINDER', 'ELIGIBLE_PAID_RATE']);
  });

  it('lets only programme managers set the plan, and shows what was received to funding readers only', async () => {
    const { programmeId } = await openTestProgramme(service.url);
    const finance = caller('finance_officer', { programmeId });
    const { errors } = await callSubgraph(service.url, SET_PLAN, { input: plan(programmeId, '500.00', '200.00', '300.00') }, finance);
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await callSubgraph(service.url, PLAN, { id: programmeId }, ANONYMOUS)).data.programme.fundingPlan.coFunders).toEqual([]);
    await callSubgraph(service.url, SET_PLAN, { input: plan(programmeId, '500.00', '200.00', '300.00') }, managerOf(programmeId));
    const seen = await callSubgraph(service.url, `query($id: ID!) { programme(id: $id) { fundingPlan { balanced coFunders { displayName received { cents } } } } }`, { id: programmeId }, ANONYMOUS);
    expect(seen.data.programme.fundingPlan).toMatchObject({ balanced: true, coFunders: [{ displayName: 'État', received: null }, { received: null }, { received: null }] });
    expect(seen.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const auditor = await callSubgraph(service.url, `query($id: ID!) { programme(id: $id) { fundingPlan { coFunders { received { cents } } } } }`, { id: programmeId }, caller('funder_auditor', { programmeId }));
    expect(auditor.errors).toBeUndefined();
    expect(auditor.data.programme.fundingPlan.coFunders).toEqual([{ received: { cents: 0 } }, { received: { cents: 0 } }, { received: { cents: 0 } }]);
  });
});
