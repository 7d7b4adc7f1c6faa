import type { Problem } from '@/types/api';

/** An API failure carrying the server's problem+json (or a synthesised one). */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'title' in value && 'status' in value;
}

export function toApiError(error: unknown, response: Response): ApiError {
  if (isProblem(error)) return new ApiError(error);
  const detail = typeof error === 'string' && error.length < 500 ? error : undefined;
  return new ApiError({
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    detail,
  });
}

/**
 * Unwraps an openapi-fetch result: the data on success, an ApiError otherwise. `Strict` is the
 * hardened type from `@/types/api` for the response schema (see there why it differs).
 */
export async function unwrap<Strict>(
  promise: Promise<{ data?: unknown; error?: unknown; response: Response }>,
): Promise<Strict> {
  const { data, error, response } = await promise;
  if (!response.ok || data === undefined) throw toApiError(error, response);
  return data as Strict;
}
