import type { Problem } from '@/types/api';

/** An API failure carrying the server's problem+json (or a synthesised one). */
export class ApiError extends Error {
  readonly problem: Problem;
  /** From a `Retry-After` header (429, 503): how long to wait before trying again. */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get status(): number {
    return this.problem.status;
  }

  /** The stable error code from the catalogue (`LOGIN_FAILED`, `STALE_VERSION` …). */
  get code(): string | undefined {
    return this.problem.code ?? undefined;
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'title' in value && 'status' in value;
}

/** `Retry-After` as seconds from now; it may be given in seconds or as an HTTP date. */
function retryAfter(response: Response): number | undefined {
  const value = response.headers.get('Retry-After');
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value.trim())
    ? Number(value)
    : (Date.parse(value) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : undefined;
}

export function toApiError(error: unknown, response: Response): ApiError {
  if (isProblem(error)) return new ApiError(error, retryAfter(response));
  const detail = typeof error === 'string' && error.length < 500 ? error : undefined;
  return new ApiError(
    { title: response.statusText || `HTTP ${response.status}`, status: response.status, detail },
    retryAfter(response),
  );
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

/** Like `unwrap` for answers without a body (204). */
export async function unwrapEmpty(
  promise: Promise<{ error?: unknown; response: Response }>,
): Promise<void> {
  const { error, response } = await promise;
  if (!response.ok) throw toApiError(error, response);
}
