// Integration: the programme-opened event, consumed from a real JetStream into a real PostgreSQL.
import { randomUUID } from 'node:crypto';
import { ProgrammeOpenedV1 } from '@pass-numerique/event-contracts';
import { streamName } from '@pass-numerique/messaging';
import { ANONYMOUS } from '@pass-numerique/service-kit';
import { callSubgraph, eventually, useTestService } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { publishEvent, uniqueCode } from '../testing/passes-test-kit';

const PROGRAMME = `query($rep: [_Any!]!) { _entities(representations: $rep) { ... on Programme { id passes { code endsOn funnel {
  ordered activated allocated handedOut redeemed reimbursed expired credited validUntil } } } } }`;

describe('funding.programme.opened.v1 → Programme.passes', () => {
  const { config, service } = useTestService('passes', startPassesService, { loadDemoData: false });

  function openedPayload(programmeId: string) {
    return {
      programmeId,
      code: uniqueCode('PRG'),
      name: 'Programme de test',
      ownerOrganisationId: null,
      perimeter: { level: 'DEPARTEMENT' as const, code: '80' },
      startsOn: '2024-01-01',
      endsOn: '2025-12-31',
      authorisedCents: 100_000,
    };
  }

  it('answers null passes for a programme it has not heard of, then the funnel once the event arrives', async () => {
    const programmeId = randomUUID();
    const before = await callSubgraph(service.url, PROGRAMME, { rep: [{ __typename: 'Programme', id: programmeId }] }, ANONYMOUS);
    expect(before.errors).toBeUndefined();
    expect(before.data._entities[0]).toEqual({ id: programmeId, passes: null });

    const payload = openedPayload(programmeId);
    await publishEvent(service.bus, ProgrammeOpenedV1, payload);
    const after = await eventually(async () => {
      const { data } = await callSubgraph(service.url, PROGRAMME, { rep: [{ __typename: 'Programme', id: programmeId }] }, ANONYMOUS);
      return data?._entities[0].passes ?? undefined;
    }, 10_000, 'the programme facts');
    expect(after).toEqual({
      code: payload.code,
      endsOn: '2025-12-31',
      funnel: { ordered: 0, activated: 0, allocated: 0, handedOut: 0, redeemed: 0, reimbursed: 0, expired: 0, credited: 0, validUntil: '2025-12-31' },
    });
  });

  it('applies the same event id once, however often it is delivered', async () => {
    const programmeId = randomUUID();
    const eventId = randomUUID();
    const payload = openedPayload(programmeId);
    await publishEvent(service.bus, ProgrammeOpenedV1, payload, eventId);
    // The same envelope id again, under a fresh message id so that JetStream's own
    // de-duplication does not hide it: only the consumer's idempotency can stop it now.
    const ack = await service.bus.js.publish(`${config.eventPrefix}.${ProgrammeOpenedV1.type}`, JSON.stringify({
      id: eventId, type: ProgrammeOpenedV1.type, occurredAt: new Date().toISOString(), payload: { ...payload, name: 'Renamed in a duplicate' },
    }), { msgID: randomUUID() });
    await eventually(async () => {
      const info = await service.bus.jsm.consumers.info(streamName(config.eventPrefix, 'funding'), service.consumer.durableName(ProgrammeOpenedV1.type));
      return info.ack_floor.stream_seq >= ack.seq || undefined;
    }, 10_000, 'both deliveries to be acknowledged');
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM processed_event WHERE event_id = $1`, [eventId]);
    expect(count).toBe(1);
    // The duplicate was acknowledged without effect: the first delivery's facts stand.
    const rows = await service.dataSource.query(`SELECT name FROM programme WHERE id = $1`, [programmeId]);
    expect(rows).toEqual([{ name: 'Programme de test' }]);
  });

  it('refuses callers without the gateway signature', async () => {
    const res = await fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.status).toBe(401);
  });
});
