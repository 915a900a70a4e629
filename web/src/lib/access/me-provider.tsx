import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { graphql } from '@/gql/gql';
import { createAccess, type Access } from '@/lib/access/access';
import { graphqlClient } from '@/lib/api-client';
import { useAuth } from '@/lib/auth-provider';
import { sharedQueryKeys } from '@/lib/query-keys';

export const MeQuery = graphql(`
  query Me {
    me {
      username
      role
      scope
      actions
      staff {
        id
        name
      }
      region {
        id
        code
        name
      }
      fields {
        type
        field
        access
      }
    }
  }
`);

export interface MeState {
  access: Access | null;
  isLoading: boolean;
  error: unknown;
  refetch: () => void;
}

const MeContext = createContext<MeState | null>(null);

/** Asks the API once per sign-in what the caller may see and do; pages read it through {@link useAccess}. */
export function MeProvider({ children }: { children: ReactNode }) {
  const { session } = useAuth();
  const query = useQuery({
    queryKey: sharedQueryKeys.me(session?.username),
    queryFn: ({ signal }) => graphqlClient.request(MeQuery, {}, signal),
    enabled: !!session,
    staleTime: Infinity,
  });
  const data = query.data;
  const access = useMemo(() => (data ? createAccess(data.me) : null), [data]);
  const { refetch } = query;
  const value = useMemo<MeState>(
    () => ({
      access,
      isLoading: query.isLoading,
      error: query.error,
      refetch: () => void refetch(),
    }),
    [access, query.isLoading, query.error, refetch],
  );
  return <MeContext.Provider value={value}>{children}</MeContext.Provider>;
}

export function useMe(): MeState {
  const state = useContext(MeContext);
  if (!state) throw new Error('useMe must be used inside <MeProvider>.');
  return state;
}

/** The caller's permissions; only for components rendered below the app shell, which waits for them. */
export function useAccess(): Access {
  const { access } = useMe();
  if (!access)
    throw new Error('useAccess needs the me query to have loaded (render inside the app shell).');
  return access;
}
