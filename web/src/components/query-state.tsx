import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import { GraphQLRequestError } from '@/lib/graphql-client';
import { formErrorMessageKey } from '@/lib/graphql-errors';
import { useI18n } from '@/lib/i18n/i18n-provider';

interface QueryStateProps {
  isLoading: boolean;
  error: unknown;
  onRetry?: () => void;
  /** True when the query ran and found nothing (e.g. a record out of scope reads as not found). */
  isEmpty?: boolean;
  children: ReactNode;
}

/** Loading, error, not-found and loaded states of one query, the same way on every page. */
export function QueryState({ isLoading, error, onRetry, isEmpty, children }: QueryStateProps) {
  const { t } = useI18n();
  if (isLoading) {
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin aria-label={t('app.loading')} />
      </Flex>
    );
  }
  const notFound =
    error instanceof GraphQLRequestError && error.hasCode('NOT_FOUND') ? true : isEmpty === true;
  if (notFound) return <Empty description={t('app.notFoundRecord')} />;
  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t(formErrorMessageKey(error))}
        action={
          onRetry ? (
            <Button size="small" icon={<ReloadOutlined />} onClick={onRetry}>
              {t('app.retry')}
            </Button>
          ) : undefined
        }
      />
    );
  }
  return children;
}
