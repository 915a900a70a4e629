import {
  AuditOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FileTextOutlined,
  LogoutOutlined,
  AimOutlined,
  MoneyCollectOutlined,
  TeamOutlined,
  UserOutlined,
  ContactsOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, Layout, Menu, Segmented, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { areaPaths } from '@/config/paths';
import { useAuth } from '@/lib/auth-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { Locale } from '@/lib/i18n/messages';
import { areas, canSee, type Area, type Permissions } from '@/lib/permissions';

const areaIcons: Record<Area, ReactNode> = {
  dashboard: <DashboardOutlined />,
  regions: <ClusterOutlined />,
  staff: <TeamOutlined />,
  customers: <ContactsOutlined />,
  contracts: <FileTextOutlined />,
  approvals: <CheckSquareOutlined />,
  receivables: <MoneyCollectOutlined />,
  targets: <AimOutlined />,
  audit: <AuditOutlined />,
};

interface AppLayoutProps {
  /** From the `me` query once the schema lands; undefined shows every area. */
  permissions?: Permissions;
}

/** The signed-in frame: side menu of areas, language switch and user menu around the routed page. */
export function AppLayout({ permissions }: AppLayoutProps) {
  const { t, locale, setLocale } = useI18n();
  const { session, signOut } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();

  const selected = areas.find((area) => location.pathname.startsWith(areaPaths[area]));
  const menuItems = areas
    .filter((area) => canSee(permissions, area))
    .map((area) => ({ key: area, icon: areaIcons[area], label: t(`nav.${area}`) }));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsible theme="dark">
        <Typography.Title
          level={4}
          style={{ color: '#fff', margin: 16, whiteSpace: 'nowrap', overflow: 'hidden' }}
        >
          SalesGraph
        </Typography.Title>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={menuItems}
          onClick={({ key }) => navigate(areaPaths[key as Area])}
        />
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
                {session?.username}
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
