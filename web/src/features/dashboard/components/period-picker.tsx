import { Segmented, Select, Space } from 'antd';
import {
  changeKind,
  monthName,
  recentYears,
  type Period,
  type PeriodKind,
} from '@/features/dashboard/api/kpi-period';
import { useI18n } from '@/lib/i18n/i18n-provider';

interface PeriodPickerProps {
  value: Period;
  onChange: (period: Period) => void;
}

/** Year, quarter or month of a recent year. */
export function PeriodPicker({ value, onChange }: PeriodPickerProps) {
  const { t, locale } = useI18n();
  return (
    <Space wrap role="group" aria-label={t('period.label')}>
      <Segmented<PeriodKind>
        aria-label={t('period.kind')}
        value={value.kind}
        onChange={(kind) => onChange(changeKind(value, kind))}
        options={(['year', 'quarter', 'month'] as const).map((kind) => ({
          value: kind,
          label: t(`period.${kind}`),
        }))}
      />
      <Select<number>
        aria-label={t('period.year')}
        value={value.year}
        onChange={(year) => onChange({ ...value, year })}
        options={recentYears().map((year) => ({ value: year, label: String(year) }))}
        style={{ width: 96 }}
      />
      {value.kind === 'quarter' ? (
        <Select<number>
          aria-label={t('period.quarter')}
          value={value.quarter}
          onChange={(quarter) => onChange({ ...value, quarter })}
          options={[1, 2, 3, 4].map((q) => ({ value: q, label: t('period.quarterN', { n: q }) }))}
          style={{ width: 88 }}
        />
      ) : null}
      {value.kind === 'month' ? (
        <Select<number>
          aria-label={t('period.month')}
          value={value.month}
          onChange={(month) => onChange({ ...value, month })}
          options={Array.from({ length: 12 }, (_, i) => ({
            value: i + 1,
            label: monthName(i + 1, locale),
          }))}
          style={{ width: 96 }}
        />
      ) : null}
    </Space>
  );
}
