import { Select, Typography } from 'antd';
import { useState } from 'react';
import { PageTitle } from '@/components/page-title';
import { recentYears } from '@/features/dashboard/api/kpi-period';
import { TargetTreeTable } from '@/features/targets/components/target-tree-table';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function TargetsRoute() {
  const { t } = useI18n();
  const [year, setYear] = useState(() => new Date().getFullYear());
  return (
    <>
      <PageTitle
        extra={
          <Select<number>
            aria-label={t('period.year')}
            value={year}
            onChange={setYear}
            options={recentYears().map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 96 }}
          />
        }
      >
        {t('nav.targets')}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t('targets.hint')}</Typography.Paragraph>
      <TargetTreeTable year={year} />
    </>
  );
}
