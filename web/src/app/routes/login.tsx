import { Card, Flex, Segmented, Typography } from 'antd';
import { Navigate, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { LoginForm } from '@/features/auth/components/login-form';
import { useAuth } from '@/lib/auth-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { Locale } from '@/lib/i18n/messages';

export default function LoginRoute() {
  const { t, locale, setLocale } = useI18n();
  const { session } = useAuth();
  const location = useLocation();

  if (session) {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from ?? paths.home} replace />;
  }

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Card style={{ width: 380 }}>
        <Flex justify="space-between" align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('auth.login.title')}
          </Typography.Title>
          <Segmented<Locale>
            size="small"
            aria-label={t('app.languageSwitch')}
            value={locale}
            onChange={setLocale}
            options={[
              { value: 'zh-CN', label: '中文' },
              { value: 'en', label: 'EN' },
            ]}
          />
        </Flex>
        <Typography.Paragraph type="secondary">{t('auth.login.subtitle')}</Typography.Paragraph>
        <LoginForm />
      </Card>
    </Flex>
  );
}
