/** The one typed client for the REST API; every request carries the UI language. */
import createClient, { type Middleware } from 'openapi-fetch';
import { currentLanguage } from '@/lib/i18n';
import type { paths } from './schema';

const acceptLanguage: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', currentLanguage());
    return request;
  },
};

export const api = createClient<paths>({
  baseUrl: '',
  // Resolved per call so tests (and polyfills) can replace fetch after this module loads.
  fetch: (request) => globalThis.fetch(request),
});
api.use(acceptLanguage);

export type { paths };
