/** The main navigation and which account roles see each item (the API enforces the same). */
import type { AccountRole } from '@/types/api';
import { paths } from './paths';

export interface NavItem {
  /** i18n key under `app.nav`, also the menu key. */
  key: 'plans' | 'units' | 'orgChanges' | 'tokens' | 'users' | 'securityEvents';
  href: string;
  testId: string;
  /** Only these roles see the item; everyone when absent. */
  roles?: readonly AccountRole[];
}

export const ADMIN_ONLY: readonly AccountRole[] = ['ADMIN'];

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'plans', href: paths.plans.getHref(), testId: 'nav-plans' },
  { key: 'units', href: paths.units.getHref(), testId: 'nav-units' },
  { key: 'orgChanges', href: paths.orgChanges.getHref(), testId: 'nav-org-changes' },
  { key: 'tokens', href: paths.tokens.getHref(), testId: 'nav-tokens' },
  { key: 'users', href: paths.users.getHref(), testId: 'nav-users', roles: ADMIN_ONLY },
  {
    key: 'securityEvents',
    href: paths.securityEvents.getHref(),
    testId: 'nav-security-events',
    roles: ADMIN_ONLY,
  },
];

export function navItemsFor(role: AccountRole): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(role));
}

/** The item a path belongs to; "/" is the plans' start page. */
export function selectedNavKey(pathname: string, items: readonly NavItem[]): string | undefined {
  if (pathname === '/') return 'plans';
  return items.find((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))?.key;
}
