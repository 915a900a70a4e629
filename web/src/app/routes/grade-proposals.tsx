import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { GradeProposalsInbox } from '@/features/credit/components/grade-proposals-inbox';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function GradeProposalsRoute() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('nav.gradeProposals')}</PageTitle>
      <GradeProposalsInbox customerPath={paths.customer} />
    </>
  );
}
