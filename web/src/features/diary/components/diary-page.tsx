import { Flex } from 'antd';
import { RepDiary } from '@/features/diary/components/rep-diary';
import { TeamDiary } from '@/features/diary/components/team-diary';
import { useAccess } from '@/lib/access/me-provider';

/** The sales diary (销售日记): a rep writes today's entry; a manager or the director reviews a day's entries and who is missing. */
export function DiaryPage() {
  const access = useAccess();
  const writes = access.may('writeDiaryEntry');
  const reviews = access.canRead({ type: 'Query', field: 'missingDiaries' });
  return (
    <Flex vertical gap="large">
      {writes ? <RepDiary /> : null}
      {reviews ? <TeamDiary /> : null}
    </Flex>
  );
}
