// src/web/lib/session.tsx — the signed-in user (TMe) for React, with organisation switching and sign-out

import { createContext, type ReactNode, useContext } from 'react';
import type { TMe, TMembership } from '../../contracts/auth.js';

export type Session = {
  me: TMe;
  /** The membership of the active organisation, or null (e.g. a platform administrator without one). */
  active: TMembership | null;
  switchOrganisation: (organisationId: string) => Promise<void>;
  logout: () => Promise<void>;
};

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ value, children }: { value: Session; children: ReactNode }) {
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export const useSession = (): Session => {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
};

export const activeMembership = (me: TMe): TMembership | null =>
  me.memberships.find((m) => m.organisationId === me.activeOrganisationId) ?? null;
