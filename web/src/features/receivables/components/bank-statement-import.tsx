import { CloudUploadOutlined, EyeOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Flex,
  Input,
  Statistic,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { tagColors } from '@/components/tag-colors';
import {
  ImportBankStatementMutation,
  statementRows,
} from '@/features/receivables/api/bank-statement';
import { useRefreshAfterReceipt } from '@/features/receivables/api/receipts';
import type { BankStatementRowInput, BankStatementRowStatus } from '@/gql/graphql';
import { graphqlClient } from '@/lib/api-client';
import { formErrorMessageKey, readUserErrors } from '@/lib/graphql-errors';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { MessageKey } from '@/lib/i18n/messages';
import { formatMoney } from '@/utils/format';

const statusColors: Record<BankStatementRowStatus, string> = {
  IMPORTED: tagColors.green,
  DUPLICATE: tagColors.gold,
  UNMATCHED: tagColors.orange,
  INVALID: tagColors.red,
};

type Result = NonNullable<
  Awaited<ReturnType<typeof runImport>>['importBankStatement']['bankStatement']
>;

const runImport = (rows: BankStatementRowInput[], dryRun: boolean, applyOldestFirst: boolean) =>
  graphqlClient.request(ImportBankStatementMutation, {
    input: { rows, dryRun, applyOldestFirst },
  });

/**
 * Finance's bank statement import (银行流水导入): paste or choose a CSV, preview what each line would become (a dry
 * run: nothing written), then import; every line reports IMPORTED, DUPLICATE, UNMATCHED or INVALID with its reasons.
 */
export function BankStatementImport() {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const refresh = useRefreshAfterReceipt();
  const [text, setText] = useState('');
  const [applyOldestFirst, setApplyOldestFirst] = useState(true);
  const [result, setResult] = useState<Result | null>(null);
  const [problem, setProblem] = useState<{ key: MessageKey; details: string[] } | null>(null);
  const rows = statementRows(text);

  const run = useMutation({
    mutationFn: (dryRun: boolean) => runImport(rows, dryRun, applyOldestFirst),
    onSuccess: (data, dryRun) => {
      const payload = data.importBankStatement;
      const errors = readUserErrors(payload.errors);
      if (errors.length || !payload.bankStatement) {
        setProblem({ key: 'errors.validation', details: errors.map((e) => e.message) });
        return;
      }
      setProblem(null);
      setResult(payload.bankStatement);
      if (!dryRun) {
        void refresh();
        void message.success(t('bankStatement.done', { count: payload.bankStatement.imported }));
      }
    },
    onError: (error) => setProblem({ key: formErrorMessageKey(error), details: [] }),
  });

  const change = (value: string) => {
    setText(value);
    setResult(null);
  };

  return (
    <Flex vertical gap="middle">
      <Typography.Paragraph type="secondary">{t('bankStatement.hint')}</Typography.Paragraph>
      <Input.TextArea
        aria-label={t('bankStatement.paste')}
        placeholder={t('bankStatement.placeholder')}
        rows={8}
        value={text}
        onChange={(e) => change(e.target.value)}
        style={{ fontFamily: 'monospace' }}
      />
      <Flex gap="middle" align="center" wrap>
        <Upload
          accept=".csv,.txt,text/csv"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then(change);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>{t('bankStatement.chooseFile')}</Button>
        </Upload>
        <Checkbox
          checked={applyOldestFirst}
          onChange={(e) => setApplyOldestFirst(e.target.checked)}
        >
          {t('bankStatement.applyOldestFirst')}
        </Checkbox>
        <Typography.Text>{t('bankStatement.lines', { count: rows.length })}</Typography.Text>
        <Button
          icon={<EyeOutlined />}
          disabled={!rows.length}
          loading={run.isPending && run.variables}
          onClick={() => run.mutate(true)}
        >
          {t('bankStatement.preview')}
        </Button>
        <Button
          type="primary"
          icon={<CloudUploadOutlined />}
          disabled={!result?.dryRun || !result.imported}
          loading={run.isPending && !run.variables}
          onClick={() => run.mutate(false)}
        >
          {t('bankStatement.import')}
        </Button>
      </Flex>
      {problem ? (
        <Alert
          type="error"
          showIcon
          message={t(problem.key)}
          description={problem.details.length ? problem.details.join(' ') : undefined}
        />
      ) : null}
      {result ? (
        <section aria-labelledby="bank-statement-result">
          <Typography.Title level={2} id="bank-statement-result" style={{ fontSize: 18 }}>
            {result.dryRun ? t('bankStatement.previewTitle') : t('bankStatement.resultTitle')}
          </Typography.Title>
          <Flex gap="large" wrap style={{ marginBottom: 16 }}>
            <Statistic
              title={label('bankStatementRowStatus', 'IMPORTED')}
              value={result.imported}
            />
            <Statistic
              title={label('bankStatementRowStatus', 'DUPLICATE')}
              value={result.duplicates}
            />
            <Statistic
              title={label('bankStatementRowStatus', 'UNMATCHED')}
              value={result.unmatched}
            />
            <Statistic title={label('bankStatementRowStatus', 'INVALID')} value={result.invalid} />
          </Flex>
          <Table
            size="small"
            rowKey="index"
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            dataSource={result.rows}
            aria-label={t('bankStatement.rows')}
            columns={[
              { key: 'line', title: t('bankStatement.fields.line'), render: (_, r) => r.index + 1 },
              {
                key: 'status',
                title: t('bankStatement.fields.status'),
                render: (_, r) => (
                  <Tag color={statusColors[r.status]} data-status={r.status}>
                    {label('bankStatementRowStatus', r.status)}
                  </Tag>
                ),
              },
              {
                key: 'reference',
                title: t('finance.fields.bankReference'),
                render: (_, r) => r.bankReference,
              },
              {
                key: 'amount',
                title: t('payments.fields.amount'),
                align: 'right',
                render: (_, r) => formatMoney(r.amount, locale),
              },
              {
                key: 'customer',
                title: t('bankStatement.fields.customer'),
                render: (_, r) => r.customer?.name ?? '–',
              },
              {
                key: 'receipt',
                title: t('finance.fields.number'),
                render: (_, r) => r.receipt?.number ?? '–',
              },
              {
                key: 'applied',
                title: t('bankStatement.fields.applied'),
                align: 'right',
                render: (_, r) => formatMoney(r.appliedAmount, locale),
              },
              {
                key: 'errors',
                title: t('bankStatement.fields.problems'),
                render: (_, r) =>
                  readUserErrors(r.errors)
                    .map((e) => `${String(e.path.at(-1) ?? '')}: ${e.message}`)
                    .join('; ') || '–',
              },
            ]}
          />
        </section>
      ) : null}
    </Flex>
  );
}
