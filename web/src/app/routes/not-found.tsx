import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function NotFoundRoute() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('app.notFound')}
      extra={
        <Link to={paths.home}>
          <Button type="primary">{t('app.backHome')}</Button>
        </Link>
      }
    />
  );
}
