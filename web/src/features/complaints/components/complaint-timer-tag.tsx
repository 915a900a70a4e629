import { Tag } from 'antd';
import { useEffect, useState } from 'react';
import { tagColors } from '@/components/tag-colors';
import {
  durationParts,
  timerState,
  type TimedComplaint,
} from '@/features/complaints/api/complaint-timer';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** The clock, read again every 15 seconds, so a countdown moves while the page is open. */
function useNow(everyMs = 15_000) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/**
 * The 2-hour answer timer of a complaint as a tag: minutes left (orange under 30), overdue (red), or once answered how
 * long it took (green in time, red late). The colour repeats what the text says.
 */
export function ComplaintTimerTag({ complaint }: { complaint: TimedComplaint }) {
  const { t } = useI18n();
  const now = useNow();
  const state = timerState(complaint, now);
  const duration = durationParts(state.minutes);
  const time = t(duration.key, duration.values);
  switch (state.kind) {
    case 'left':
      return (
        <Tag color={state.urgent ? tagColors.orange : tagColors.blue} data-timer="left">
          {t('complaints.timer.left', { time })}
        </Tag>
      );
    case 'overdue':
      return (
        <Tag color={tagColors.red} data-timer="overdue">
          {t('complaints.timer.overdue', { time })}
        </Tag>
      );
    case 'answeredInTime':
      return (
        <Tag color={tagColors.green} data-timer="answered">
          {t('complaints.timer.answeredInTime', { time })}
        </Tag>
      );
    default:
      return (
        <Tag color={tagColors.red} data-timer="answered-late">
          {t('complaints.timer.answeredLate', { time })}
        </Tag>
      );
  }
}
