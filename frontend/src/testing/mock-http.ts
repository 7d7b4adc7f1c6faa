/** JSON, problem+json and page answers for the mock API. */
import type { Problem } from '@/types/api';

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' },
  });
}

export function problem(status: number, title: string, detail: string, code = 'E0000'): Response {
  const body: Problem = { type: 'about:blank', title, status, detail, code };
  return json(body, status);
}

/** The API's 403 for a signed-in caller whose role or unit does not allow the call. */
export function forbidden(): Response {
  return problem(403, 'Không có quyền', 'Bạn không có quyền thực hiện thao tác này.', 'FORBIDDEN');
}

/** One page of `items` as the API pages them (`page` from 0, `size` items). */
export function page<T>(items: T[], search: URLSearchParams, defaultSize: number) {
  const p = Number(search.get('page') ?? 0);
  const size = Number(search.get('size') ?? defaultSize);
  return {
    items: items.slice(p * size, p * size + size),
    page: p,
    size,
    totalItems: items.length,
    totalPages: Math.ceil(items.length / size),
  };
}
