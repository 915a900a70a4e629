import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { useState, type ReactNode } from 'react';
import { MeProvider, useMe } from '@/lib/access/me-provider';
import { TestProviders } from '@/testing/test-providers';

// Pages render below the app shell, which waits for `me`; so do components under test.
function WhenMeLoaded({ children }: { children: ReactNode }) {
  return useMe().access ? children : null;
}

/**
 * TestProviders plus a fresh query client (no retries), antd's App context for messages, and the caller's
 * permissions from `me` (answer it with `fakeApi`).
 */
export function QueryTestProviders({ children }: { children: ReactNode }) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  );
  return (
    <TestProviders>
      <QueryClientProvider client={client}>
        <MeProvider>
          <AntApp>
            <WhenMeLoaded>{children}</WhenMeLoaded>
          </AntApp>
        </MeProvider>
      </QueryClientProvider>
    </TestProviders>
  );
}
