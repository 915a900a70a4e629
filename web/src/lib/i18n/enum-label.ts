import { useI18n } from '@/lib/i18n/i18n-provider';
import type { MessageKey } from '@/lib/i18n/messages';

export type EnumName =
  | 'customerGrade'
  | 'customerStatus'
  | 'customerKind'
  | 'customerSource'
  | 'contractStatus'
  | 'contractEventKind'
  | 'approvalLevel'
  | 'approvalRule'
  | 'staffRole'
  | 'activityKind'
  | 'paymentMethod'
  | 'shipmentStatus'
  | 'salesOrderStatus'
  | 'deliveryNoticeSignOff'
  | 'returnStatus'
  | 'complaintStatus'
  | 'complaintCategory'
  | 'complaintSeverity'
  | 'opportunityStage'
  | 'invoiceStatus'
  | 'statementStatus'
  | 'statementLineKind'
  | 'dunningLevel'
  | 'collectionNoticeStatus'
  | 'gradeProposalStatus'
  | 'bankStatementRowStatus';

/** The translated label of an enum value from the API; an unknown value shows as sent. */
export function useEnumLabel() {
  const { t } = useI18n();
  return (name: EnumName, value: string | null | undefined): string => {
    if (!value) return '';
    const key = `enums.${name}.${value}` as MessageKey;
    const label = t(key);
    return label === key ? value : label;
  };
}
