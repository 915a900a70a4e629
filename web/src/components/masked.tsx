import { EyeInvisibleOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '@/lib/i18n/i18n-provider';

/**
 * A value the API masked for this caller (e.g. `138****5678`): shown as it came, with a marker so nobody
 * mistakes it for data entry gone wrong.
 */
export function Masked({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Tooltip title={t('access.maskedHint')}>
      <span data-masked="true">
        {children} <EyeInvisibleOutlined aria-label={t('access.masked')} />
      </span>
    </Tooltip>
  );
}
