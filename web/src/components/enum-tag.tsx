import { Tag } from 'antd';
import { useEnumLabel, type EnumName } from '@/lib/i18n/enum-label';

// Colours carry meaning only together with the text, so the tag reads the same without colour vision. They are
// solid dark shades under white text, which keeps a contrast above 4.5:1 (antd's light preset tags do not).
const green = '#237804';
const blue = '#0958d9';
const gold = '#874d00';
const orange = '#ad4e00';
const red = '#a8071a';
const purple = '#531dab';
const cyan = '#006d75';
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
};

/** An enum value as a coloured tag with its translated label. */
export function EnumTag({ name, value }: { name: EnumName; value: string | null | undefined }) {
  const label = useEnumLabel();
  if (!value) return null;
  return <Tag color={colors[`${name}.${value}`]}>{label(name, value)}</Tag>;
}
