import { Tag } from 'antd';
import { tagColors } from '@/components/tag-colors';
import { useEnumLabel, type EnumName } from '@/lib/i18n/enum-label';

const { green, blue, gold, orange, red, purple, cyan } = tagColors;
const colors: Record<string, string | undefined> = {
  'customerGrade.A': gold,
  'customerGrade.B': blue,
  'customerGrade.C': undefined,
  'customerStatus.ACTIVE': green,
  'customerStatus.PROSPECT': cyan,
  'customerStatus.DORMANT': orange,
  'customerStatus.LOST': undefined,
  'contractStatus.DRAFT': undefined,
  'contractStatus.PENDING_APPROVAL': orange,
  'contractStatus.APPROVED': blue,
  'contractStatus.ACTIVE': green,
  'contractStatus.COMPLETED': purple,
  'contractStatus.REJECTED': red,
  'contractStatus.TERMINATED': red,
  'salesOrderStatus.SUBMITTED': orange,
  'salesOrderStatus.CONFIRMED': blue,
  'salesOrderStatus.PARTLY_SHIPPED': cyan,
  'salesOrderStatus.SHIPPED': green,
  'salesOrderStatus.CLOSED': purple,
  'salesOrderStatus.CANCELLED': undefined,
  'returnStatus.REQUESTED': orange,
  'returnStatus.APPROVED': blue,
  'returnStatus.RECEIVED': green,
  'returnStatus.REJECTED': red,
  'complaintStatus.OPEN': orange,
  'complaintStatus.FORWARDED': purple,
  'complaintStatus.ANSWERED': blue,
  'complaintStatus.RESOLVED': green,
  'complaintSeverity.LOW': undefined,
  'complaintSeverity.MEDIUM': blue,
  'complaintSeverity.HIGH': orange,
  'complaintSeverity.CRITICAL': red,
  'opportunityStage.LEAD': undefined,
  'opportunityStage.INTENTION': cyan,
  'opportunityStage.QUOTE': blue,
  'opportunityStage.WON': green,
  'opportunityStage.LOST': red,
  'statementStatus.SENT': blue,
  'statementStatus.CONFIRMED': green,
  'statementStatus.DISPUTED': red,
  'invoiceStatus.OPEN': orange,
  'invoiceStatus.PARTLY_PAID': blue,
  'invoiceStatus.PAID': green,
  'invoiceStatus.VOID': undefined,
};

/** An enum value as a coloured tag with its translated label. */
export function EnumTag({ name, value }: { name: EnumName; value: string | null | undefined }) {
  const label = useEnumLabel();
  if (!value) return null;
  return <Tag color={colors[`${name}.${value}`]}>{label(name, value)}</Tag>;
}
