/**
 * The one typed client for the REST API. Every request carries the UI language and the session
 * cookie (same origin); writes carry the session's CSRF token; a 401 tells the listeners that the
 * session is gone.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import { currentLanguage } from '@/lib/i18n';
import type { paths } from './schema';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Where a 401 is an answer, not an expired session: checking or opening one. */
const SESSION_PATH = '/api/v1/session';

let csrfToken: string | null = null;
const unauthenticatedListeners = new Set<() => void>();

/** The CSRF token of the current session (from SessionView), sent on every non-GET request. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Calls `listener` whenever the API answers 401 outside /session; returns the unsubscribe. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/**
 * The headers every API request carries: the UI language, and the CSRF token on writes. Exported
 * for the few requests made without the client (an upload with progress uses XMLHttpRequest).
 */
export function sessionHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = { 'Accept-Language': currentLanguage() };
  if (csrfToken && !SAFE_METHODS.has(method.toUpperCase())) headers['X-CSRF-Token'] = csrfToken;
  return headers;
}

/** Tells the listeners that the session is gone (an API answer was 401 outside /session). */
export function sessionExpired(path: string) {
  if (path === SESSION_PATH) return;
  csrfToken = null;
  unauthenticatedListeners.forEach((listener) => listener());
}

const session: Middleware = {
  onRequest({ request }) {
    for (const [name, value] of Object.entries(sessionHeaders(request.method)))
      request.headers.set(name, value);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401) sessionExpired(new URL(request.url).pathname);
    return response;
  },
};

export const api = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  // Resolved per call so tests (and polyfills) can replace fetch after this module loads.
  fetch: (request) => globalThis.fetch(request),
});
api.use(session);

export type { paths };
