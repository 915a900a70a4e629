import {
  AlertOutlined,
  AimOutlined,
  AccountBookOutlined,
  ReconciliationOutlined,
  RiseOutlined,
  SafetyCertificateOutlined,
  PhoneOutlined,
  BankOutlined,
  AuditOutlined,
  BookOutlined,
  CarOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  ContactsOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FunnelPlotOutlined,
  LogoutOutlined,
  MoneyCollectOutlined,
  RollbackOutlined,
  ScheduleOutlined,
  ShoppingCartOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import {
  Button,
  Dropdown,
  Flex,
  Layout,
  Menu,
  Result,
  Segmented,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { areaPaths } from '@/config/paths';
import { areas, type Area } from '@/lib/access/access';
import { useMe } from '@/lib/access/me-provider';
import { useAuth } from '@/lib/auth-provider';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { Locale, MessageKey } from '@/lib/i18n/messages';

const areaIcons: Record<Area, ReactNode> = {
  dashboard: <DashboardOutlined />,
  regions: <ClusterOutlined />,
  staff: <TeamOutlined />,
  customers: <ContactsOutlined />,
  visits: <ScheduleOutlined />,
  complaints: <AlertOutlined />,
  funnel: <FunnelPlotOutlined />,
  diary: <BookOutlined />,
  contracts: <FileTextOutlined />,
  orders: <ShoppingCartOutlined />,
  shipments: <CarOutlined />,
  approvals: <CheckSquareOutlined />,
  receivables: <MoneyCollectOutlined />,
  returns: <RollbackOutlined />,
  targets: <AimOutlined />,
  audit: <AuditOutlined />,
  receipts: <AccountBookOutlined />,
  statements: <ReconciliationOutlined />,
  collections: <PhoneOutlined />,
  creditPolicy: <SafetyCertificateOutlined />,
  gradeProposals: <RiseOutlined />,
  bankStatement: <BankOutlined />,
};

/**
 * The signed-in frame: the side menu lists only the areas `me` says the caller can use; the header shows who
 * is signed in, in which role and scope, the language switch and sign-out. Pages render once `me` is known.
 */
export function AppLayout() {
  const { t, locale, setLocale } = useI18n();
  const label = useEnumLabel();
  const { session, signOut } = useAuth();
  const { access, isLoading, error, refetch } = useMe();
  const navigate = useNavigate();
  const location = useLocation();

  const selected = areas.find((area) => location.pathname.startsWith(areaPaths[area]));
  const menuItems = areas
    .filter((area) => access?.canSee(area))
    .map((area) => ({ key: area, icon: areaIcons[area], label: t(`nav.${area}`) }));
  const me = access?.me;

  let content: ReactNode;
  if (access) content = <Outlet />;
  else if (isLoading)
    content = <Spin aria-label={t('app.loading')} style={{ display: 'block', marginTop: 64 }} />;
  else {
    content = (
      <Result
        status="error"
        title={t('app.meFailed')}
        subTitle={error ? String((error as Error).message) : undefined}
        extra={<Button onClick={refetch}>{t('app.retry')}</Button>}
      />
    );
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsible theme="dark">
        <div
          style={{
            color: '#fff',
            margin: 16,
            fontSize: 20,
            fontWeight: 600,
            whiteSpace: 'nowrap',
            overflow: 'hidden',
          }}
        >
          SalesGraph
        </div>
        <nav aria-label={t('app.mainNavigation')}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            items={menuItems}
            onClick={({ key }) => navigate(areaPaths[key as Area])}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            paddingInline: 24,
          }}
        >
          <Space size="large">
            {me ? (
              <Flex gap="small" align="center" data-testid="me-summary">
                {me.role ? <Tag color="#0958d9">{label('staffRole', me.role)}</Tag> : null}
                {me.region ? (
                  <Typography.Text type="secondary">{me.region.name}</Typography.Text>
                ) : null}
                <Tag>{t(`access.scope.${me.scope}` as MessageKey)}</Tag>
              </Flex>
            ) : null}
            <Segmented<Locale>
              aria-label={t('app.languageSwitch')}
              value={locale}
              onChange={setLocale}
              options={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en', label: 'English' },
              ]}
            />
            <Dropdown
              menu={{
                items: [
                  {
                    key: 'logout',
                    icon: <LogoutOutlined />,
                    label: t('auth.logout'),
                    onClick: () => signOut('user'),
                  },
                ],
              }}
            >
              <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
                {me?.staff?.name ?? session?.username}
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>{content}</Layout.Content>
      </Layout>
    </Layout>
  );
}
