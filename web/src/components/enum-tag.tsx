import { Tag } from 'antd';
import { useEnumLabel, type EnumName } from '@/lib/i18n/enum-label';

// Colours carry meaning only together with the text, so the tag reads the same without colour vision.
const colors: Record<string, string> = {
  'customerGrade.A': 'gold',
  'customerGrade.B': 'blue',
  'customerGrade.C': 'default',
  'customerStatus.ACTIVE': 'green',
  'customerStatus.PROSPECT': 'cyan',
  'customerStatus.DORMANT': 'orange',
  'customerStatus.LOST': 'default',
  'contractStatus.DRAFT': 'default',
  'contractStatus.PENDING_APPROVAL': 'orange',
  'contractStatus.APPROVED': 'blue',
  'contractStatus.ACTIVE': 'green',
  'contractStatus.COMPLETED': 'purple',
  'contractStatus.REJECTED': 'red',
  'contractStatus.TERMINATED': 'red',
};

/** An enum value as a coloured tag with its translated label. */
export function EnumTag({ name, value }: { name: EnumName; value: string | null | undefined }) {
  const label = useEnumLabel();
  if (!value) return null;
  return <Tag color={colors[`${name}.${value}`]}>{label(name, value)}</Tag>;
}
