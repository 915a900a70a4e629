import type { TargetRow } from '@/features/targets/api/targets';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** How a target is called in the tree: the company, a region, a rep, a quarter or a month. */
export function useTargetName() {
  const { t, locale } = useI18n();
  return (target: TargetRow): string => {
    if (target.month != null)
      return new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(target.year, target.month - 1, 1)),
      );
    if (target.quarter != null) return t('period.quarterN', { n: target.quarter });
    if (target.scope === 'STAFF') return target.staff?.name ?? '';
    if (target.scope === 'REGION') return target.region?.name ?? '';
    return t('targets.company', { year: target.year });
  };
}
