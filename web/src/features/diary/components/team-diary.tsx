import { DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { DataColumn } from '@/components/data-table/columns';
import { CursorTable } from '@/components/data-table/cursor-table';
import { QueryState } from '@/components/query-state';
import {
  diaryEntriesOfDay,
  missingDiaries,
  useDiaryDraft,
  type DiaryEntryRow,
  type MissingDiaryRow,
} from '@/features/diary/api/diary';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDateTime } from '@/utils/format';

/** The manager's (or director's) view of one day: the team's entries and who has not written one. */
export function TeamDiary() {
  const access = useAccess();
  // The business day as the server counts it (its clock and time zone), not the browser's.
  const today = useDiaryDraft(access.me.username);
  return (
    <QueryState
      isLoading={today.isLoading}
      error={today.error}
      onRetry={() => void today.refetch()}
    >
      {today.data ? <TeamDay today={today.data.day} /> : null}
    </QueryState>
  );
}

function TeamDay({ today }: { today: string }) {
  const { t, locale } = useI18n();
  const access = useAccess();
  const [day, setDay] = useState(today);
  const entryColumns: DataColumn<DiaryEntryRow>[] = [
    {
      key: 'staff',
      title: t('diary.rep'),
      render: (e) => e.staff?.name,
      csv: (e) => e.staff?.name,
    },
    {
      key: 'visits',
      sortField: 'visitsMade',
      title: t('diary.visits'),
      render: (e) => e.visitsMade,
      csv: (e) => e.visitsMade,
    },
    {
      key: 'calls',
      sortField: 'callsMade',
      title: t('diary.calls'),
      render: (e) => e.callsMade,
      csv: (e) => e.callsMade,
    },
    {
      key: 'deals',
      sortField: 'dealsMoved',
      title: t('diary.dealsMoved'),
      render: (e) => e.dealsMoved,
      csv: (e) => e.dealsMoved,
    },
    {
      key: 'contracts',
      title: `${t('diary.contractsDrafted')} / ${t('diary.contractsSubmitted')}`,
      render: (e) => `${e.contractsDrafted} / ${e.contractsSubmitted}`,
      csv: (e) => `${e.contractsDrafted}/${e.contractsSubmitted}`,
    },
    {
      key: 'complaints',
      sortField: 'complaintsAnswered',
      title: t('diary.complaintsAnswered'),
      render: (e) => e.complaintsAnswered,
      csv: (e) => e.complaintsAnswered,
    },
    { key: 'summary', title: t('diary.summary'), render: (e) => e.summary, csv: (e) => e.summary },
    {
      key: 'plan',
      title: t('diary.tomorrowPlan'),
      render: (e) => e.tomorrowPlan,
      csv: (e) => e.tomorrowPlan,
    },
    {
      key: 'updatedAt',
      sortField: 'updatedAt',
      title: t('diary.updatedAt'),
      render: (e) => formatDateTime(e.updatedAt, locale),
      csv: (e) => e.updatedAt,
    },
  ];
  const missingColumns: DataColumn<MissingDiaryRow>[] = [
    {
      key: 'employeeNumber',
      sortField: 'employeeNumber',
      title: t('diary.employeeNumber'),
      render: (s) => s.employeeNumber,
      csv: (s) => s.employeeNumber,
    },
    {
      key: 'name',
      sortField: 'name',
      title: t('diary.rep'),
      render: (s) => s.name,
      csv: (s) => s.name,
    },
    {
      key: 'region',
      title: t('diary.region'),
      render: (s) => s.region?.name,
      csv: (s) => s.region?.name,
    },
  ];
  return (
    <Flex vertical gap="middle">
      <Flex gap="small" align="center">
        <Typography.Text id="diary-day-label">{t('diary.day')}</Typography.Text>
        <DatePicker
          aria-labelledby="diary-day-label"
          allowClear={false}
          value={dayjs(day)}
          disabledDate={(d) => d.isAfter(dayjs(today), 'day')}
          onChange={(d) => d && setDay(d.format('YYYY-MM-DD'))}
        />
      </Flex>
      <section aria-labelledby="diary-team-title">
        <Typography.Title level={3} id="diary-team-title" style={{ fontSize: 16 }}>
          {t('diary.team')}
        </Typography.Title>
        <CursorTable<DiaryEntryRow>
          {...diaryEntriesOfDay(access.me.username, day)}
          columns={entryColumns}
          rowKey={(e) => e.id}
          label={t('diary.entries')}
          exportName={`diary-${day}`}
        />
      </section>
      <section aria-labelledby="diary-missing-title">
        <Typography.Title level={3} id="diary-missing-title" style={{ fontSize: 16 }}>
          {t('diary.missing')}
        </Typography.Title>
        <CursorTable<MissingDiaryRow>
          {...missingDiaries(access.me.username, day)}
          columns={missingColumns}
          rowKey={(s) => s.id}
          label={t('diary.missing')}
          exportName={`diary-missing-${day}`}
        />
      </section>
    </Flex>
  );
}
