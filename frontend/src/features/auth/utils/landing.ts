/** Where to go after signing in. */
import { paths } from '@/config/paths';
import type { CurrentUser } from '@/types/api';

/** A `next` parameter is followed only to a path on this site, never to the sign-in page. */
export function safeNext(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return undefined;
  return next === paths.login.path || next.startsWith(`${paths.login.path}?`) ? undefined : next;
}

/** The start page for a role: a unit officer's own (first) unit's tasks, the plans otherwise. */
export function landingPath(user: CurrentUser): string {
  if (user.role === 'UNIT_OFFICER' && user.units.length > 0)
    return paths.unit.getHref(user.units[0].id);
  return paths.home.getHref();
}
