// Integration: an organisation's sandbox as funding knows it — by name, so that the other
// services' objects of it resolve, in no public list, announced twice yet recorded once.
import { randomUUID } from 'node:crypto';
import { SandboxOpenedV1 } from '@pass-numerique/event-contracts';
import { ANONYMOUS } from '@pass-numerique/service-kit';
import { callSubgraph, useTestService } from '@pass-numerique/testing';
import { startFundingService } from '../server';
import { deliver } from '../testing/funding-test-kit';

describe('funding: organisations’ sandboxes', () => {
  const { service } = useTestService('funding', startFundingService, { loadDemoData: false });

  it('resolves a sandbox programme by reference and keeps it out of the public list of programmes', async () => {
    const programmeId = randomUUID();
    const opened = {
      programmeId,
      organisationId: randomUUID(),
      organisationInseeCode: '80021',
      name: 'Bac à sable — Centre social des Tilleuls',
      startsOn: '2025-03-01',
      endsOn: '2035-03-01',
      places: [],
      at: '2025-03-01T09:00:00.000Z',
    };
    await deliver(service, [SandboxOpenedV1, opened], [SandboxOpenedV1, opened]);
    const resolved = await callSubgraph(service.url, `query($rep: [_Any!]!) { _entities(representations: $rep) { ... on Programme { id name } } }`, { rep: [{ __typename: 'Programme', id: programmeId }] }, ANONYMOUS);
    expect(resolved.data._entities).toEqual([{ id: programmeId, name: opened.name }]);
    const listed = await callSubgraph(service.url, `{ programmes { id } }`, {}, ANONYMOUS);
    expect(listed.data.programmes.map((p: { id: string }) => p.id)).not.toContain(programmeId);
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM programme WHERE id = $1 AND sandbox`, [programmeId]);
    expect(count).toBe(1);
  });
});
