import { Result } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { areaPaths, paths } from '@/config/paths';
import { ContractEditor } from '@/features/contracts/components/contract-editor';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function ContractEditorRoute() {
  const { t } = useI18n();
  const access = useAccess();
  const navigate = useNavigate();
  const { id } = useParams();
  const action = id ? 'updateContract' : 'createContract';
  if (!access.may(action)) return <Result status="403" title={t('app.forbiddenArea')} />;
  return (
    <>
      <PageTitle>{t(id ? 'contracts.editor.editTitle' : 'contracts.editor.newTitle')}</PageTitle>
      <ContractEditor
        contractId={id}
        onSaved={(saved) => navigate(paths.contract(saved))}
        onCancel={() => navigate(id ? paths.contract(id) : areaPaths.contracts)}
      />
    </>
  );
}
