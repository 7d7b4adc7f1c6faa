import type { TaskRowPage } from '@/types/api';
import { groupParty } from './fixtures/units';
import { handleApiRequest } from './mock-api';

async function tasks(query: string) {
  const response = handleApiRequest(new Request(`http://localhost/api/v1/plans/1/tasks?${query}`));
  return { status: response.status, body: (await response.json()) as TaskRowPage };
}

describe('mock API: tasks of a group', () => {
  it("keeps the tasks assigned to the group as a whole, with the group's roles", async () => {
    const { status, body } = await tasks('groupId=101');
    expect(status).toBe(200);
    const codes = body.items.map((r) => r.code);
    expect(codes).toContain('1.a');
    expect(codes).toContain('3.a.8');
    expect(codes).not.toContain('3.b.1');
    expect(body.items.find((r) => r.code === '1.a')?.roles).toEqual([
      { role: 'IMPLEMENTING', viaGroup: groupParty(101) },
    ]);
    expect(body.items.every((r) => r.roles.every((x) => x.viaGroup?.id === 101))).toBe(true);
  });

  it('applies the role filter and pages', async () => {
    const coordinating = (await tasks('groupId=101&role=COORDINATING')).body;
    expect(coordinating.items.map((r) => r.code)).not.toContain('1.a');
    expect(coordinating.items.map((r) => r.code)).toContain('3.a.8');
    const { body } = await tasks('groupId=101&size=1&page=1');
    expect(body.items).toHaveLength(1);
    expect(body.totalItems).toBe((await tasks('groupId=101')).body.totalItems);
  });

  it('answers 422 to a unit and a group together', async () => {
    expect((await tasks('unitId=11&groupId=101')).status).toBe(422);
  });
});
