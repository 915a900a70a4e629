import { Select, Typography } from 'antd';
import { demoAccounts } from '@/config/demo-accounts';
import { useI18n } from '@/lib/i18n/i18n-provider';

interface DemoAccountPickerProps {
  onPick: (username: string) => void;
}

/** Development aid: fills the form with one of the seeded demo users. */
export function DemoAccountPicker({ onPick }: DemoAccountPickerProps) {
  const { t } = useI18n();
  return (
    <div data-testid="demo-account-picker">
      <Typography.Text type="secondary">{t('auth.login.demoAccountsHint')}</Typography.Text>
      <Select
        aria-label={t('auth.login.demoAccounts')}
        placeholder={t('auth.login.demoAccounts')}
        style={{ width: '100%', marginTop: 8 }}
        options={demoAccounts.map((account) => ({ value: account, label: account }))}
        onChange={onPick}
      />
    </div>
  );
}
