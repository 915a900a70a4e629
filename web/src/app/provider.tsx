import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useState, type ReactNode } from 'react';
import { MeProvider } from '@/lib/access/me-provider';
import { AuthProvider } from '@/lib/auth-provider';
import { I18nProvider, useI18n } from '@/lib/i18n/i18n-provider';
import { prefersReducedMotion } from '@/utils/reduced-motion';

// antd's default blue (#1677ff) and secondary greys fall short of WCAG AA contrast (4.5:1) on white; these pass.
const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    // antd's default red (#ff4d4f) is 3.3:1 on white; danger buttons and error text need 4.5:1 (WCAG AA).
    colorError: '#cf1322',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  },
};

// No zoom and fade of dialogs, menus and messages for users who asked their system for reduced motion (WCAG 2.3.3).
const themeFor = (reducedMotion: boolean): ThemeConfig =>
  reducedMotion ? { ...theme, token: { ...theme.token, motion: false } } : theme;

// antd's own texts (pagination, date pickers, empty states) follow the app language.
function AntdLocale({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  const [motionTheme] = useState(() => themeFor(prefersReducedMotion()));
  useEffect(() => {
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <ConfigProvider theme={motionTheme} locale={locale === 'zh-CN' ? zhCN : enUS}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: 1, staleTime: 30_000 } } }),
  );
  return (
    <I18nProvider>
      <AntdLocale>
        <QueryClientProvider client={queryClient}>
          <AuthProvider>
            <MeProvider>{children}</MeProvider>
          </AuthProvider>
        </QueryClientProvider>
      </AntdLocale>
    </I18nProvider>
  );
}
