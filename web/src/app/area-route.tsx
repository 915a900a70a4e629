import { Result } from 'antd';
import type { ReactNode } from 'react';
import type { Area } from '@/lib/access/access';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** A page of an area the caller's role cannot use says so, rather than showing empty tables or errors. */
export function AreaRoute({ area, children }: { area: Area; children: ReactNode }) {
  const { t } = useI18n();
  const access = useAccess();
  if (!access.canSee(area)) return <Result status="403" title={t('app.forbiddenArea')} />;
  return children;
}
