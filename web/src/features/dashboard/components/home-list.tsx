import { Card, List, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n/i18n-provider';

interface HomeListProps<T> {
  title: string;
  testId: string;
  items: readonly T[];
  totalCount: number;
  /** The page with the full, paged list. */
  morePath: string;
  empty: string;
  render: (item: T) => ReactNode;
  keyOf: (item: T) => string;
}

/** One section of a home: the first few items of a list and a link to the page with all of them. */
export function HomeList<T>(props: HomeListProps<T>) {
  const { t } = useI18n();
  return (
    <Card
      title={props.title}
      data-testid={props.testId}
      extra={
        <Link to={props.morePath}>{t('dashboard.home.all', { count: props.totalCount })}</Link>
      }
    >
      {props.items.length === 0 ? (
        <Typography.Text type="secondary">{props.empty}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={[...props.items]}
          rowKey={props.keyOf}
          renderItem={(item) => <List.Item>{props.render(item)}</List.Item>}
        />
      )}
    </Card>
  );
}
