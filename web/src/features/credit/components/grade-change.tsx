import { ArrowRightOutlined } from '@ant-design/icons';
import { Space } from 'antd';
import { EnumTag } from '@/components/enum-tag';
import type { GradeProposalRow } from '@/features/credit/api/credit';

/** "B → A" as grade tags. */
export function GradeChange({
  proposal,
}: {
  proposal: Pick<GradeProposalRow, 'fromGrade' | 'toGrade'>;
}) {
  return (
    <Space size={4}>
      <EnumTag name="customerGrade" value={proposal.fromGrade} />
      <ArrowRightOutlined aria-hidden />
      <EnumTag name="customerGrade" value={proposal.toGrade} />
    </Space>
  );
}
