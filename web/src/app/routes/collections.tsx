import { Flex } from 'antd';
import { useSearchParams } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import {
  CollectionNoticeView,
  CollectionsDesk,
} from '@/features/collections/components/collections-desk';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function CollectionsRoute() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const noticeId = params.get('notice');
  return (
    <>
      <PageTitle>{t('nav.collections')}</PageTitle>
      <Flex vertical gap="large">
        {noticeId ? <CollectionNoticeView id={noticeId} /> : null}
        <CollectionsDesk customerPath={paths.customer} onOpen={(id) => setParams({ notice: id })} />
      </Flex>
    </>
  );
}
