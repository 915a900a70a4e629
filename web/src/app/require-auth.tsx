import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { useAuth } from '@/lib/auth-provider';

/** Sends a signed-out visitor to login, remembering where they wanted to go. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { session } = useAuth();
  const location = useLocation();
  if (!session) {
    return <Navigate to={paths.login} replace state={{ from: location.pathname }} />;
  }
  return children;
}
