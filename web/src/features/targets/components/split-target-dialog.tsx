import { DeleteOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Flex,
  Form,
  InputNumber,
  Modal,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { FormProblemAlert } from '@/components/form-problem-alert';
import { tagColors } from '@/components/tag-colors';
import {
  addableParts,
  addPart,
  checkSplitSum,
  editableParts,
  keepPart,
  partKind,
  placeSplitErrors,
  removePart,
  sentParts,
  targetFigures,
  type EditablePart,
  type FigureCheck,
  type Figures,
  type SplitPart,
  type TargetFigure,
  type TargetNode,
} from '@/features/targets/api/target-tree';
import {
  splitTarget,
  useRefreshAfterSplit,
  useTargetPartOptions,
} from '@/features/targets/api/targets';
import { useTargetName } from '@/features/targets/components/target-name';
import { applyUserErrors, formErrorMessageKey, type FormProblem } from '@/lib/graphql-errors';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { MessageKey } from '@/lib/i18n/messages';
import { formatInteger, formatMoney, moneyInputFormat } from '@/utils/format';

type PartValues = Record<TargetFigure, number | null>;

interface SplitForm {
  parts: Record<string, PartValues>;
}

const figureLabel: Record<TargetFigure, MessageKey> = {
  salesAmount: 'targets.fields.salesAmount',
  collectionAmount: 'targets.fields.collectionAmount',
  newCustomers: 'targets.fields.newCustomers',
};

const toValues = (figures: Figures): PartValues => ({
  salesAmount: Number(figures.salesAmount ?? 0),
  collectionAmount: Number(figures.collectionAmount ?? 0),
  newCustomers: Number(figures.newCustomers ?? 0),
});

interface SplitTargetDialogProps {
  /** The target to split, with its parts read. */
  node: TargetNode;
  onClose: () => void;
  /** Reads the tree again (after saving, or to resolve a conflict). */
  reload: () => void;
}

/**
 * Splits a target over its parts (regions, reps, quarters or months): parts can be added (a 大区, a rep of the
 * region, a missing period) and removed. The parts' sums are checked live against the target, figure by
 * figure, and the gap is shown; the API refuses a split that does not sum exactly, or that drops a part split
 * further, and its errors appear beside the fields and parts they name.
 */
export function SplitTargetDialog({ node, onClose, reload }: SplitTargetDialogProps) {
  const { t, locale } = useI18n();
  const name = useTargetName();
  const { message } = App.useApp();
  const refreshAfterSplit = useRefreshAfterSplit();
  const [form] = Form.useForm<SplitForm>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [parts, setParts] = useState<EditablePart[]>(() => editableParts(node));
  const [partErrors, setPartErrors] = useState<Record<string, string[]>>({});
  const [initial] = useState<SplitForm>(() => ({
    parts: Object.fromEntries(parts.map((part) => [part.key, toValues(part.figures)])),
  }));

  const kind = partKind(node);
  const regionCode = node.target.region?.code;
  const options = useTargetPartOptions(kind, regionCode);
  const addable = addableParts(node, parts, options.data);

  const watched = Form.useWatch('parts', form) as SplitForm['parts'] | undefined;
  const valuesOf = (part: EditablePart) =>
    watched?.[part.key] ?? initial.parts[part.key] ?? toValues(part.figures);
  const sending = sentParts(parts);
  const check = checkSplitSum(node.target, sending.map(valuesOf));

  const show = (figure: TargetFigure, value: number) =>
    figure === 'newCustomers' ? formatInteger(value, locale) : formatMoney(value, locale);

  const partName = (part: SplitPart) =>
    part.name ??
    (part.kind === 'quarter'
      ? t('period.quarterN', { n: part.input.quarter ?? 0 })
      : new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
          new Date(Date.UTC(2000, (part.input.month ?? 1) - 1, 1)),
        ));

  const add = (key: string) => {
    const part = addable.find((p) => p.key === key);
    if (!part) return;
    form.setFieldValue(['parts', part.key], toValues(part.figures));
    setParts((list) => addPart(list, part));
  };

  const save = useMutation({
    mutationFn: () => {
      const values = form.getFieldsValue(true) as SplitForm;
      return splitTarget(
        node.target,
        sending.map((part) => ({
          ...part.input,
          salesAmount: values.parts[part.key]?.salesAmount ?? 0,
          collectionAmount: values.parts[part.key]?.collectionAmount ?? 0,
          newCustomers: values.parts[part.key]?.newCustomers ?? 0,
        })),
      );
    },
    onSuccess: (result) => {
      const placed = placeSplitErrors(parts, result.errors);
      setPartErrors(placed.partErrors);
      const found = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        [...placed.fieldErrors, ...placed.rest],
      );
      setProblem(found);
      if (found || result.errors.length) return;
      void message.success(t('targets.saved'));
      void refreshAfterSplit();
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
      <Table.Summary.Cell index={targetFigures.length + 1} />
    </Table.Summary.Row>
  );

  const title = t('targets.splitTitle', { name: name(node.target) });

  return (
    <Modal
      open
      width={960}
      title={title}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('contracts.editor.cancel')}
        </Button>,
        <Button
          key="save"
          type="primary"
          disabled={!check.balanced || !sending.length}
          loading={save.isPending}
          onClick={() =>
            void form
              .validateFields()
              .then(() => save.mutate())
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
      {!parts.length && !kind ? (
        <Typography.Paragraph>{t('targets.noParts')}</Typography.Paragraph>
      ) : (
        <Form<SplitForm> form={form} initialValues={initial} component={false}>
          <Table<EditablePart>
            size="small"
            pagination={false}
            aria-label={title}
            rowKey={(part) => part.key}
            dataSource={parts}
            locale={{ emptyText: t('targets.noPartsYet') }}
            columns={[
              {
                key: 'part',
                title: t('targets.part'),
                render: (_, part) => (
                  <Flex vertical gap={4}>
                    <span>
                      {part.status === 'removed' ? (
                        <Typography.Text delete>{partName(part)}</Typography.Text>
                      ) : (
                        partName(part)
                      )}{' '}
                      {part.status === 'new' ? (
                        <Tag color={tagColors.blue}>{t('targets.newPart')}</Tag>
                      ) : part.status === 'removed' ? (
                        <Tag color={tagColors.orange}>{t('targets.removedPart')}</Tag>
                      ) : null}
                    </span>
                    {partErrors[part.key]?.map((text) => (
                      <Typography.Text key={text} type="danger" role="alert">
                        {text}
                      </Typography.Text>
                    ))}
                  </Flex>
                ),
              },
              ...targetFigures.map((figure) => ({
                key: figure,
                title: t(figureLabel[figure]),
                render: (_: unknown, part: EditablePart) =>
                  part.status === 'removed' ? (
                    <Typography.Text delete>
                      {show(figure, valuesOf(part)[figure] ?? 0)}
                    </Typography.Text>
                  ) : (
                    <Form.Item
                      name={['parts', part.key, figure]}
                      style={{ margin: 0 }}
                      rules={[{ required: true, message: t('targets.required') }]}
                    >
                      <InputNumber<number>
                        min={0}
                        precision={figure === 'newCustomers' ? 0 : 2}
                        {...(figure === 'newCustomers' ? {} : moneyInputFormat)}
                        aria-label={`${partName(part)} ${t(figureLabel[figure])}`}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                  ),
              })),
              {
                key: 'actions',
                title: t('receivables.actions'),
                render: (_, part) =>
                  part.status === 'removed' ? (
                    <Button
                      size="small"
                      icon={<UndoOutlined />}
                      aria-label={t('targets.keepPart', { name: partName(part) })}
                      onClick={() => {
                        setParts((list) => keepPart(list, part.key));
                        setPartErrors((errors) => ({ ...errors, [part.key]: [] }));
                      }}
                    >
                      {t('targets.keep')}
                    </Button>
                  ) : (
                    <Button
                      size="small"
                      icon={<DeleteOutlined />}
                      aria-label={t('targets.removePart', { name: partName(part) })}
                      onClick={() => setParts((list) => removePart(list, part.key))}
                    >
                      {t('targets.remove')}
                    </Button>
                  ),
              },
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
        </Form>
      )}
      {kind ? (
        <Select<string>
          showSearch
          optionFilterProp="label"
          aria-label={t('targets.addPart')}
          placeholder={t('targets.addPart')}
          value={null}
          loading={options.isLoading}
          disabled={!addable.length}
          onChange={add}
          options={addable.map((part) => ({ value: part.key, label: partName(part) }))}
          style={{ width: 280, marginTop: 12 }}
        />
      ) : null}
      <div aria-live="polite" style={{ marginTop: 12 }}>
        {check.balanced ? null : (
          <Alert type="warning" showIcon title={t('targets.mismatch')} role="status" />
        )}
      </div>
    </Modal>
  );
}
