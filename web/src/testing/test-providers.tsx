import type { ReactNode } from 'react';
import { AuthProvider } from '@/lib/auth-provider';
import { I18nProvider } from '@/lib/i18n/i18n-provider';

/** The providers a component under test needs; routing and data are added per test when needed. */
export function TestProviders({ children }: { children: ReactNode }) {
  return (
    <I18nProvider>
      <AuthProvider>{children}</AuthProvider>
    </I18nProvider>
  );
}
