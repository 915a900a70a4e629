import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Input, List, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { FormProblemAlert } from '@/components/form-problem-alert';
import { QueryState } from '@/components/query-state';
import {
  useDiaryDraft,
  useRefreshAfterDiary,
  WriteDiaryEntryMutation,
  type DiaryDraft,
} from '@/features/diary/api/diary';
import { useAccess } from '@/lib/access/me-provider';
import { graphqlClient } from '@/lib/api-client';
import {
  applyUserErrors,
  formErrorMessageKey,
  readUserErrors,
  type FormProblem,
} from '@/lib/graphql-errors';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDate } from '@/utils/format';

interface DiaryForm {
  summary: string;
  tomorrowPlan: string;
}

/** The rep's entry of today: the facts the server counted from the day's work, and the rep's summary and plan. */
export function RepDiary() {
  const { t } = useI18n();
  const access = useAccess();
  const draft = useDiaryDraft(access.me.username);
  return (
    <QueryState
      isLoading={draft.isLoading}
      error={draft.error}
      onRetry={() => void draft.refetch()}
    >
      {draft.data ? <DiaryEditor key={draft.data.entry?.version ?? 0} draft={draft.data} /> : null}
      {draft.data ? null : <Typography.Text>{t('app.loading')}</Typography.Text>}
    </QueryState>
  );
}

function DiaryEditor({ draft }: { draft: DiaryDraft }) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<DiaryForm>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const refresh = useRefreshAfterDiary();
  useEffect(() => {
    form.setFieldsValue({
      summary: draft.entry?.summary ?? '',
      tomorrowPlan: draft.entry?.tomorrowPlan ?? '',
    });
  }, [draft.entry, form]);
  const write = useMutation({
    mutationFn: async (values: DiaryForm) =>
      (
        await graphqlClient.request(WriteDiaryEntryMutation, {
          input: { day: draft.day, version: draft.entry?.version, ...values },
        })
      ).writeDiaryEntry,
    onSuccess: (result) => {
      const found = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        readUserErrors(result.errors),
      );
      setProblem(found);
      if (found || !result.entry) return;
      void message.success(t('diary.saved'));
      void refresh();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });
  const items = [
    ...draft.visits.map(
      (v) => `${t('diary.visits')}: ${v.customer?.name ?? ''} · ${v.subject ?? ''}`,
    ),
    ...draft.calls.map(
      (c) => `${t('diary.calls')}: ${c.customer?.name ?? ''} · ${c.subject ?? ''}`,
    ),
    ...draft.dealsMoved.map(
      (o) => `${t('diary.dealsMoved')}: ${o.title} → ${label('opportunityStage', o.stage)}`,
    ),
    ...draft.contractsDrafted.map((k) => `${t('diary.contractsDrafted')}: ${k.number}`),
    ...draft.contractsSubmitted.map((k) => `${t('diary.contractsSubmitted')}: ${k.number}`),
    ...draft.complaintsAnswered.map((c) => `${t('diary.complaintsAnswered')}: ${c.number}`),
  ];
  return (
    <Card
      title={`${t('diary.today')} · ${formatDate(draft.day, locale)}`}
      extra={
        <Typography.Text data-testid="diary-status">
          {draft.entry
            ? t('diary.written', { version: draft.entry.version })
            : t('diary.notWritten')}
        </Typography.Text>
      }
    >
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('diary.proposed')}
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 2, md: 3, xl: 6 }}
        data-testid="diary-facts"
        items={[
          { key: 'visits', label: t('diary.visits'), children: draft.visitCount },
          { key: 'calls', label: t('diary.calls'), children: draft.callCount },
          { key: 'deals', label: t('diary.dealsMoved'), children: draft.dealsMovedCount },
          {
            key: 'drafted',
            label: t('diary.contractsDrafted'),
            children: draft.contractsDraftedCount,
          },
          {
            key: 'submitted',
            label: t('diary.contractsSubmitted'),
            children: draft.contractsSubmittedCount,
          },
          {
            key: 'complaints',
            label: t('diary.complaintsAnswered'),
            children: draft.complaintsAnsweredCount,
          },
        ]}
      />
      {items.length > 0 ? (
        <List
          size="small"
          style={{ margin: '8px 0 16px' }}
          dataSource={items}
          renderItem={(item) => <List.Item>{item}</List.Item>}
        />
      ) : (
        <Typography.Paragraph style={{ margin: '8px 0 16px' }}>
          {t('diary.nothingLogged')}
        </Typography.Paragraph>
      )}
      {draft.isWritable ? null : (
        <Alert type="info" showIcon message={t('diary.readOnly')} style={{ marginBottom: 16 }} />
      )}
      <FormProblemAlert
        problem={problem}
        style={{ marginBottom: 16 }}
        onReload={() => void refresh()}
      />
      <Form<DiaryForm>
        form={form}
        layout="vertical"
        disabled={!draft.isWritable}
        onFinish={(values) => write.mutate(values)}
      >
        <Form.Item
          name="summary"
          label={t('diary.summary')}
          rules={[{ required: true, whitespace: true, message: t('diary.required.summary') }]}
        >
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Form.Item
          name="tomorrowPlan"
          label={t('diary.tomorrowPlan')}
          rules={[{ required: true, whitespace: true, message: t('diary.required.tomorrowPlan') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={write.isPending}>
          {t('diary.save')}
        </Button>
      </Form>
    </Card>
  );
}
