import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Divider, Form, Input } from 'antd';
import { useState } from 'react';
import { demoPassword } from '@/config/demo-accounts';
import { env } from '@/config/env';
import { requestToken, SignInError, type SignInFailure } from '@/features/auth/api/request-token';
import { DemoAccountPicker } from '@/features/auth/components/demo-account-picker';
import { useAuth } from '@/lib/auth-provider';
import { sessionFromToken } from '@/lib/auth-session';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { MessageKey } from '@/lib/i18n/messages';

interface Credentials {
  username: string;
  password: string;
}

const failureMessages: Record<SignInFailure, MessageKey> = {
  invalid_grant: 'auth.errors.invalidGrant',
  too_many_attempts: 'auth.errors.tooManyAttempts',
  unavailable: 'auth.errors.unavailable',
};

interface LoginFormProps {
  showDemoAccounts?: boolean;
}

export function LoginForm({ showDemoAccounts = env.showDemoAccounts }: LoginFormProps) {
  const { t } = useI18n();
  const { signIn, logoutReason } = useAuth();
  const [form] = Form.useForm<Credentials>();
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async ({ username, password }: Credentials) => {
    setSubmitting(true);
    setFailure(null);
    try {
      const token = await requestToken(username, password);
      signIn(sessionFromToken(username, token));
    } catch (error) {
      setFailure(error instanceof SignInError ? error.failure : 'unavailable');
      setSubmitting(false);
    }
  };

  return (
    <Form<Credentials>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      aria-label={t('auth.login.title')}
    >
      {failure ? (
        <Alert
          type="error"
          showIcon
          title={t(failureMessages[failure])}
          style={{ marginBottom: 16 }}
        />
      ) : logoutReason === 'expired' ? (
        <Alert
          type="warning"
          showIcon
          title={t('auth.sessionExpired')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Form.Item
        name="username"
        label={t('auth.login.username')}
        rules={[{ required: true, message: t('auth.login.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.login.password')}
        rules={[{ required: true, message: t('auth.login.passwordRequired') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={submitting}>
        {t('auth.login.submit')}
      </Button>
      {showDemoAccounts && (
        <>
          <Divider />
          <DemoAccountPicker
            onPick={(username) => form.setFieldsValue({ username, password: demoPassword })}
          />
        </>
      )}
    </Form>
  );
}
