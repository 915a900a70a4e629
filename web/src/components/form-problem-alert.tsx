import { Alert, Button } from 'antd';
import type { CSSProperties } from 'react';
import type { FormProblem } from '@/lib/graphql-errors';
import { useI18n } from '@/lib/i18n/i18n-provider';

interface FormProblemAlertProps {
  problem: FormProblem | null;
  /** A CONFLICT means the record changed meanwhile: the alert offers to read it again. */
  onReload: () => void;
  style?: CSSProperties;
}

/** A form's problem that no single field owns, in the user's language, with the API's own words below. */
export function FormProblemAlert({ problem, onReload, style }: FormProblemAlertProps) {
  const { t } = useI18n();
  if (!problem) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={style}
      title={t(problem.messageKey)}
      description={problem.details.join(' ') || undefined}
      action={
        problem.conflict ? (
          <Button size="small" onClick={onReload}>
            {t('app.reload')}
          </Button>
        ) : undefined
      }
    />
  );
}
