import { lazy } from 'react';

/**
 * The 404 page as its own chunk: Ant Design's `Result` carries its illustrations, which pages
 * should not download just in case an id is invalid.
 */
export const LazyNotFoundRoute = lazy(() =>
  import('./not-found').then((m) => ({ default: m.NotFoundRoute })),
);
