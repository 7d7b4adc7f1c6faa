import { createContext, use } from 'react';
import type { CurrentUser, Session } from '@/types/api';

/** The signed-in session, provided by RequireAuth. */
export const SessionContext = createContext<Session | null>(null);

/** The signed-in user; only below RequireAuth. */
export function useCurrentUser(): CurrentUser {
  const session = use(SessionContext);
  if (!session) throw new Error('useCurrentUser needs RequireAuth above it');
  return session.user;
}
