import { Flex } from 'antd';
import { useSearchParams } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { StatementView } from '@/features/statements/components/statement-view';
import { StatementsDesk } from '@/features/statements/components/statements-desk';
import { useI18n } from '@/lib/i18n/i18n-provider';

// Printing a statement prints the statement alone: the menu, header and lists stay on screen.
const printRules =
  '@media print { .ant-layout-sider, .ant-layout-header, .no-print { display: none !important; } }';

export default function StatementsRoute() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const statementId = params.get('statement');
  return (
    <>
      <style>{printRules}</style>
      <PageTitle>{t('nav.statements')}</PageTitle>
      <Flex vertical gap="large">
        {statementId ? <StatementView id={statementId} customerPath={paths.customer} /> : null}
        <div className="no-print">
          <StatementsDesk
            customerPath={paths.customer}
            onOpen={(id) => setParams({ statement: id }, { replace: false })}
          />
        </div>
      </Flex>
    </>
  );
}
