import { Flex, Progress } from 'antd';
import { tagColors } from '@/components/tag-colors';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatPercent, type MoneyValue } from '@/utils/format';

/**
 * An achievement rate as a bar and its percentage. The percentage carries the meaning (the bar is hidden from
 * screen readers, its colour only repeats the text): green from 100 %, gold from 80 %, red below.
 */
export function AchievementBar({ rate }: { rate: MoneyValue | null | undefined }) {
  const { locale } = useI18n();
  if (rate == null) return <span>–</span>;
  const value = Number(rate);
  const color = value >= 1 ? tagColors.green : value >= 0.8 ? tagColors.gold : tagColors.red;
  return (
    <Flex align="center" gap={8} style={{ minWidth: 150 }}>
      <span aria-hidden="true" style={{ width: 80, display: 'inline-flex' }}>
        <Progress
          percent={Math.min(100, Math.max(0, value * 100))}
          showInfo={false}
          strokeColor={color}
          size="small"
        />
      </span>
      <span style={{ color, fontWeight: 500 }}>{formatPercent(value, locale)}</span>
    </Flex>
  );
}
