import { Alert, Descriptions, Space, Tag, Typography } from 'antd';
import type { ApprovalState } from '@/features/contracts/api/approval-status';
import { useWaitingText } from '@/features/contracts/components/use-approval-status';
import type { ContractEventKind } from '@/gql/graphql';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';

export interface ApprovalFacts {
  status: string;
  /** The server's `approvalState`: null unless the contract is pending approval. */
  approvalState?: ApprovalState | null;
  history: readonly { kind: ContractEventKind; comment?: string | null }[];
}

/**
 * Where a submitted contract stands, as the server computes it: the level it needs and the rules that put it
 * there (discount, major contract, credit), the approvals given, and who it waits for (roles and people). For a
 * rejected one, the rejection's comment, so the rep knows what to revise.
 */
export function ContractApprovalStatus(facts: ApprovalFacts) {
  const { t } = useI18n();
  const label = useEnumLabel();
  const status = facts.approvalState;
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
                {status.rules.map((r) => (
                  <Tag key={r}>{label('approvalRule', r)}</Tag>
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
      {status.needsFinance ? (
        <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
          {t('contracts.approval.creditNote')}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
