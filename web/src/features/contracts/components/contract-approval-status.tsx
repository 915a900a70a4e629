import { Alert, Descriptions, Space, Tag, Typography } from 'antd';
import {
  useApprovalStatus,
  useWaitingText,
} from '@/features/contracts/components/use-approval-status';
import type { ApprovalLevel, ContractEventKind } from '@/gql/graphql';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';

export interface ApprovalFacts {
  status: string;
  agreedTotal: string | number;
  discountAmount: string | number;
  history: readonly {
    kind: ContractEventKind;
    approvalLevel?: ApprovalLevel | null;
    comment?: string | null;
  }[];
}

/**
 * Where a submitted contract stands: the level it needs and the rule that put it there, the approvals given,
 * and who it waits for (with the roles that may act). For a rejected one, the rejection's comment, so the rep
 * knows what to revise.
 */
export function ContractApprovalStatus(facts: ApprovalFacts) {
  const { t } = useI18n();
  const label = useEnumLabel();
  const status = useApprovalStatus(facts);
  const waiting = useWaitingText();
  if (facts.status === 'REJECTED') {
    const rejection = [...facts.history].reverse().find((e) => e.kind === 'REJECTED');
    return (
      <Alert
        type="warning"
        showIcon
        title={t('contracts.approval.rejected')}
        description={rejection?.comment ?? undefined}
        data-testid="contract-rejection"
      />
    );
  }
  if (facts.status !== 'PENDING_APPROVAL' || !status) return null;
  return (
    <div data-testid="contract-approval">
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('contracts.approval.title')}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          {
            key: 'level',
            label: t('contracts.approval.level'),
            children: label('approvalLevel', status.level),
          },
          {
            key: 'rule',
            label: t('contracts.approval.rule'),
            children: (
              <Space wrap size={4}>
                {status.reasons.map((r) => (
                  <Tag key={r}>{t(`contracts.approval.reasons.${r}`)}</Tag>
                ))}
              </Space>
            ),
          },
          {
            key: 'given',
            label: t('contracts.approval.given'),
            children: status.given.length
              ? status.given.map((l) => label('approvalLevel', l)).join(', ')
              : t('contracts.approval.none'),
          },
          {
            key: 'waiting',
            label: t('contracts.approval.waitingFor'),
            children: <Typography.Text strong>{waiting(status)}</Typography.Text>,
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('contracts.approval.creditNote')}
      </Typography.Paragraph>
    </div>
  );
}
