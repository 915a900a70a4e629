import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { unauthenticatedEvent } from '@/lib/api-client';
import { clearSession, loadSession, saveSession, type AuthSession } from '@/lib/auth-session';

/** Why the user was signed out; `expired` makes the login page say so. */
export type LogoutReason = 'user' | 'expired';

export interface Auth {
  session: AuthSession | null;
  /** Why the last session ended, until the next sign-in. */
  logoutReason: LogoutReason | null;
  signIn: (session: AuthSession) => void;
  signOut: (reason?: LogoutReason) => void;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<AuthSession | null>(() => loadSession());
  const [logoutReason, setLogoutReason] = useState<LogoutReason | null>(null);

  const signIn = useCallback((next: AuthSession) => {
    saveSession(next);
    setLogoutReason(null);
    setSession(next);
  }, []);

  const signOut = useCallback((reason: LogoutReason = 'user') => {
    clearSession();
    setLogoutReason(reason);
    setSession(null);
  }, []);

  // Sign out when the token expires, rather than letting the next request fail.
  useEffect(() => {
    if (!session) return;
    // An already expired session gets a zero delay, so it is signed out on the next tick.
    const remaining = Math.max(0, session.expiresAt - 10_000 - Date.now());
    const timer = window.setTimeout(() => signOut('expired'), Math.min(remaining, 2 ** 31 - 1));
    return () => window.clearTimeout(timer);
  }, [session, signOut]);

  useEffect(() => {
    const onUnauthenticated = () => signOut('expired');
    window.addEventListener(unauthenticatedEvent, onUnauthenticated);
    return () => window.removeEventListener(unauthenticatedEvent, onUnauthenticated);
  }, [signOut]);

  const value = useMemo(
    () => ({ session, logoutReason, signIn, signOut }),
    [session, logoutReason, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>.');
  return auth;
}
