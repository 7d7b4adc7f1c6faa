/**
 * An in-memory stand-in for the REST API over the fixtures, used as `fetch` in unit tests.
 * It follows the API's rules: leaves in document order, a unit in a group owes the group's tasks,
 * `groupId` keeps the tasks assigned to that group as a whole (not with `unitId`), and `q` matches
 * with or without Vietnamese diacritics. Sessions, CSRF, users, tokens and history are in
 * `mock-accounts.ts`: every call needs a session, and a new mock starts signed in as "admin".
 */
import type {
  AssignmentBlock,
  Obligation,
  Role,
  TaskNode,
  TaskRow,
  Unit,
  UnitNode,
} from '@/types/api';
import { foldVietnamese, matchesVietnamese, sortByVietnamese } from '@/utils/text';
import { planDetail, planSummary, taskTree } from './fixtures/ngoc-hoi-plan';
import { findUnit, groups, unitTree } from './fixtures/units';
import { MockAccounts } from './mock-accounts';
import { json, page, problem } from './mock-http';
import { MockIndicators } from './mock-indicators';
import { MockOrgChanges } from './mock-org-changes';
import { MockPlanImports } from './mock-plan-imports';
import { MockReporting } from './mock-reports';

export { json, problem };

/** Actionable tasks in document order: actions, and items without actions. */
export function leaves(nodes: TaskNode[]): TaskNode[] {
  return nodes.flatMap((n) =>
    n.children.length > 0 ? leaves(n.children) : n.kind === 'GROUP' ? [] : [n],
  );
}

/** The roles a unit holds on a block, directly or through a group it belongs to. */
export function rolesOf(block: AssignmentBlock, unitId: number): TaskRow['roles'] {
  const roles: TaskRow['roles'] = [];
  const inGroup = (groupId: number) =>
    groups.find((g) => g.id === groupId)?.members.some((m) => m.id === unitId) ?? false;
  if (block.lead?.id === unitId) roles.push({ role: 'LEAD', viaGroup: null });
  if (block.guidance?.id === unitId) roles.push({ role: 'GUIDANCE', viaGroup: null });
  const parties: [Role, AssignmentBlock['coordinating']][] = [
    ['COORDINATING', block.coordinating],
    ['IMPLEMENTING', block.implementing],
  ];
  for (const [role, list] of parties) {
    for (const party of list) {
      if (party.type === 'UNIT' && party.id === unitId) roles.push({ role, viaGroup: null });
    }
  }
  // A group counts for its members, unless the unit is named on the block in its own right.
  if (roles.length > 0) return roles;
  for (const [role, list] of parties) {
    const group = list.find((party) => party.type === 'GROUP' && inGroup(party.id));
    if (group) roles.push({ role, viaGroup: group });
  }
  return roles;
}

/** The roles a group holds on a block as a whole: where it is named among the parties. */
export function groupRolesOf(block: AssignmentBlock, groupId: number): TaskRow['roles'] {
  const roles: TaskRow['roles'] = [];
  const parties: [Role, AssignmentBlock['coordinating']][] = [
    ['COORDINATING', block.coordinating],
    ['IMPLEMENTING', block.implementing],
  ];
  for (const [role, list] of parties) {
    const group = list.find((party) => party.type === 'GROUP' && party.id === groupId);
    if (group) roles.push({ role, viaGroup: group });
  }
  return roles;
}

function taskRows(search: URLSearchParams): TaskRow[] {
  const unitId = search.get('unitId') ? Number(search.get('unitId')) : undefined;
  const groupId = search.get('groupId') ? Number(search.get('groupId')) : undefined;
  const role = search.get('role');
  const timeframe = search.get('timeframe');
  const q = search.get('q') ? foldVietnamese(search.get('q') as string) : undefined;
  return leaves(taskTree).flatMap((task) => {
    const block = task.assignment;
    if (timeframe && block?.timeframe !== timeframe) return [];
    if (q && !foldVietnamese(task.text).includes(q)) return [];
    let roles: TaskRow['roles'] = [];
    if (unitId !== undefined || groupId !== undefined) {
      if (!block) return [];
      roles =
        unitId !== undefined ? rolesOf(block, unitId) : groupRolesOf(block, groupId as number);
      if (role) roles = roles.filter((r) => r.role === role);
      if (roles.length === 0) return [];
    }
    return [
      { id: task.id, code: task.code, kind: task.kind, text: task.text, assignment: block, roles },
    ];
  });
}

function unit(id: number): Unit | undefined {
  const found = findUnit(id);
  if (!found) return undefined;
  const { children: _children, ...rest } = found.unit;
  void _children;
  return { ...rest, parentId: found.parentId, version: 1 };
}

/** GET /units: every unit whose name or short name matches `q`, in Vietnamese order. */
function unitList(search: URLSearchParams): Unit[] {
  const all = (nodes: UnitNode[]): UnitNode[] => nodes.flatMap((n) => [n, ...all(n.children)]);
  const q = search.get('q') ?? '';
  const kind = search.get('kind');
  const found = all(unitTree.units).filter(
    (n) => (!kind || n.kind === kind) && matchesVietnamese(q, n.name, n.shortName),
  );
  return sortByVietnamese(found, (n) => n.name).map((n) => unit(n.id) as Unit);
}

function obligations(unitId: number): Obligation[] {
  return leaves(taskTree).flatMap((task) =>
    task.assignment
      ? rolesOf(task.assignment, unitId).map((r) => ({
          planId: planSummary.id,
          task: { id: task.id, code: task.code, text: task.text },
          role: r.role,
          viaGroup: r.viaGroup,
          viaPredecessor: null,
          blockId: (task.assignment as AssignmentBlock).id,
          timeframe: (task.assignment as AssignmentBlock).timeframe,
          dueDate: (task.assignment as AssignmentBlock).dueDate,
        }))
      : [],
  );
}

export type Handler = (url: URL, request: Request) => Response | undefined;

/** Answers a request like the backend would, or 404 problem+json. */
export function handleApiRequest(request: Request): Response {
  const url = new URL(request.url);
  const s = url.searchParams;
  const path = url.pathname;
  let m: RegExpExecArray | null;
  const notFound = () =>
    problem(404, 'Không tìm thấy', `Không tìm thấy tài nguyên: ${path}`, 'E1404');

  if (path === '/api/v1/plans') return json(page([planSummary], s, 20));
  if ((m = /^\/api\/v1\/plans\/(\d+)(\/.*)?$/.exec(path))) {
    if (Number(m[1]) !== planSummary.id)
      return problem(
        404,
        'Không tìm thấy kế hoạch',
        `Không tìm thấy kế hoạch có mã ${m[1]}.`,
        'E2001',
      );
    if (!m[2]) return json(planDetail);
    if (m[2] === '/task-tree') return json(taskTree);
    if (m[2] === '/tasks') {
      if (s.has('unitId') && s.has('groupId'))
        return problem(
          422,
          'Tham số không hợp lệ',
          'Chỉ lọc theo đơn vị (unitId) hoặc theo nhóm (groupId), không cả hai.',
          'E1422',
        );
      return json(page(taskRows(s), s, 50));
    }
    return notFound();
  }
  if (path === '/api/v1/units/tree') return json(unitTree);
  if (path === '/api/v1/units') return json(page(unitList(s), s, 20));
  if ((m = /^\/api\/v1\/units\/(\d+)(\/obligations)?$/.exec(path))) {
    const found = unit(Number(m[1]));
    if (!found)
      return problem(404, 'Không tìm thấy đơn vị', `Không tìm thấy đơn vị có mã ${m[1]}.`, 'E3001');
    return m[2] ? json(page(obligations(found.id), s, 100)) : json(found);
  }
  return notFound();
}

/**
 * A fetch replacement: `overrides` answer first (return undefined to fall through), then the
 * accounts (which refuse calls without a session), then the plan data. Every request is recorded
 * for assertions; `accounts` signs users in and out; `reporting` holds periods and reports;
 * `indicators` the plan's indicators and their figures; `planImports` the drafts read from
 * documents; `orgChanges` the recorded organisation changes.
 */
export function createMockFetch(...overrides: Handler[]) {
  const requests: Request[] = [];
  const accounts = new MockAccounts();
  const reporting = new MockReporting(obligations);
  const indicators = new MockIndicators();
  const planImports = new MockPlanImports();
  const orgChanges = new MockOrgChanges(obligations);
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request);
    const url = new URL(request.url);
    for (const handler of overrides) {
      const response = handler(url, request);
      if (response) return response;
    }
    const answer = await accounts.handle(request.clone(), url);
    if (answer) return answer;
    const session = accounts.currentSession;
    return (
      (session && (await indicators.handle(request.clone(), url, session.user))) ??
      (session && (await planImports.handle(request.clone(), url, session.user))) ??
      (session && (await orgChanges.handle(request.clone(), url, session.user))) ??
      (session && (await reporting.handle(request.clone(), url, session.user))) ??
      handleApiRequest(request)
    );
  };
  return { fetch, requests, accounts, reporting, indicators, planImports, orgChanges };
}
