import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, InputNumber, Modal, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { FormProblemAlert } from '@/components/form-problem-alert';
import { tagColors } from '@/components/tag-colors';
import {
  checkSplitSum,
  splitParts,
  targetFigures,
  type FigureCheck,
  type SplitPart,
  type TargetFigure,
  type TargetNode,
} from '@/features/targets/api/target-tree';
import { splitTarget } from '@/features/targets/api/targets';
import { useTargetName } from '@/features/targets/components/target-name';
import { applyUserErrors, formErrorMessageKey, type FormProblem } from '@/lib/graphql-errors';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { MessageKey } from '@/lib/i18n/messages';
import { formatInteger, formatMoney, moneyInputFormat } from '@/utils/format';

type PartValues = Record<TargetFigure, number | null>;

interface SplitForm {
  children: PartValues[];
}

const figureLabel: Record<TargetFigure, MessageKey> = {
  salesAmount: 'targets.fields.salesAmount',
  collectionAmount: 'targets.fields.collectionAmount',
  newCustomers: 'targets.fields.newCustomers',
};

interface SplitTargetDialogProps {
  node: TargetNode;
  onClose: () => void;
  /** Reads the tree again (after saving, or to resolve a conflict). */
  reload: () => void;
}

/**
 * Splits a target over its parts (regions, reps, quarters or months). The parts' sums are checked live
 * against the target, figure by figure, and the gap is shown; the API refuses a split that does not sum
 * exactly, and its errors appear beside the fields they name.
 */
export function SplitTargetDialog({ node, onClose, reload }: SplitTargetDialogProps) {
  const { t, locale } = useI18n();
  const name = useTargetName();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SplitForm>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [parts] = useState<SplitPart[]>(() => splitParts(node));
  const initial: SplitForm = {
    children: parts.map((part) => ({
      salesAmount: Number(part.figures.salesAmount ?? 0),
      collectionAmount: Number(part.figures.collectionAmount ?? 0),
      newCustomers: Number(part.figures.newCustomers ?? 0),
    })),
  };
  const watched = Form.useWatch('children', form) as PartValues[] | undefined;
  const check = checkSplitSum(node.target, watched ?? initial.children);

  const show = (figure: TargetFigure, value: number) =>
    figure === 'newCustomers' ? formatInteger(value, locale) : formatMoney(value, locale);

  const partName = (part: SplitPart) =>
    part.name ??
    (part.kind === 'quarter'
      ? t('period.quarterN', { n: part.input.quarter ?? 0 })
      : new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
          new Date(Date.UTC(2000, (part.input.month ?? 1) - 1, 1)),
        ));

  const save = useMutation({
    mutationFn: (values: SplitForm) =>
      splitTarget(
        node.target,
        parts.map((part, i) => ({
          ...part.input,
          salesAmount: values.children[i]?.salesAmount ?? 0,
          collectionAmount: values.children[i]?.collectionAmount ?? 0,
          newCustomers: values.children[i]?.newCustomers ?? 0,
        })),
      ),
    onSuccess: (result) => {
      const found = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        result.errors,
      );
      setProblem(found);
      if (found || result.errors.length) return;
      void message.success(t('targets.saved'));
      void queryClient.invalidateQueries({ queryKey: ['targets'] });
      void queryClient.invalidateQueries({ queryKey: ['kpis'] });
      reload();
      onClose();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });

  const gapText = (figure: TargetFigure, c: FigureCheck) =>
    c.gap === 0
      ? t('targets.balanced')
      : t(c.gap > 0 ? 'targets.short' : 'targets.over', { amount: show(figure, Math.abs(c.gap)) });

  const summaryRow = (label: string, cell: (figure: TargetFigure) => ReactNode) => (
    <Table.Summary.Row>
      <Table.Summary.Cell index={0}>{label}</Table.Summary.Cell>
      {targetFigures.map((figure, i) => (
        <Table.Summary.Cell key={figure} index={i + 1}>
          {cell(figure)}
        </Table.Summary.Cell>
      ))}
    </Table.Summary.Row>
  );

  return (
    <Modal
      open
      width={880}
      title={t('targets.splitTitle', { name: name(node.target) })}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('contracts.editor.cancel')}
        </Button>,
        <Button
          key="save"
          type="primary"
          disabled={!check.balanced || !parts.length}
          loading={save.isPending}
          onClick={() =>
            void form
              .validateFields()
              .then((values) => save.mutate(values))
              // The form shows what is wrong beside each field.
              .catch(() => undefined)
          }
        >
          {t('targets.save')}
        </Button>,
      ]}
    >
      <FormProblemAlert
        problem={problem}
        style={{ marginBottom: 16 }}
        onReload={() => {
          reload();
          onClose();
        }}
      />
      {!parts.length ? (
        <Typography.Paragraph>{t('targets.noParts')}</Typography.Paragraph>
      ) : (
        <Form<SplitForm> form={form} initialValues={initial} component={false}>
          <Form.List name="children">
            {(fields, _ops, { errors }) => (
              <>
                <Table<{ key: number; part: SplitPart }>
                  size="small"
                  pagination={false}
                  aria-label={t('targets.splitTitle', { name: name(node.target) })}
                  dataSource={fields.flatMap((field) => {
                    const part = parts[field.name];
                    return part ? [{ key: field.name, part }] : [];
                  })}
                  columns={[
                    {
                      key: 'part',
                      title: t('targets.part'),
                      render: (_, row) => partName(row.part),
                    },
                    ...targetFigures.map((figure) => ({
                      key: figure,
                      title: t(figureLabel[figure]),
                      render: (_: unknown, row: { key: number; part: SplitPart }) => (
                        <Form.Item
                          name={[row.key, figure]}
                          style={{ margin: 0 }}
                          rules={[{ required: true, message: t('targets.required') }]}
                        >
                          <InputNumber<number>
                            min={0}
                            precision={figure === 'newCustomers' ? 0 : 2}
                            {...(figure === 'newCustomers' ? {} : moneyInputFormat)}
                            aria-label={`${partName(row.part)} ${t(figureLabel[figure])}`}
                            style={{ width: '100%' }}
                          />
                        </Form.Item>
                      ),
                    })),
                  ]}
                  summary={() => (
                    <>
                      {summaryRow(t('targets.partsSum'), (f) => show(f, check.figures[f].sum))}
                      {summaryRow(t('targets.parent'), (f) => show(f, check.figures[f].target))}
                      {summaryRow(t('targets.gap'), (f) => (
                        <Tag
                          color={check.figures[f].gap === 0 ? tagColors.green : tagColors.red}
                          data-testid={`split-gap-${f}`}
                        >
                          {gapText(f, check.figures[f])}
                        </Tag>
                      ))}
                    </>
                  )}
                />
                <Form.ErrorList errors={errors} />
              </>
            )}
          </Form.List>
        </Form>
      )}
      <div aria-live="polite" style={{ marginTop: 12 }}>
        {check.balanced ? null : (
          <Alert type="warning" showIcon title={t('targets.mismatch')} role="status" />
        )}
      </div>
    </Modal>
  );
}
