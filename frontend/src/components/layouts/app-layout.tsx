import { Grid, Layout, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LangToggle } from '@/components/lang-toggle';
import { paths } from '@/config/paths';

const { Header, Content } = Layout;

/** Page frame: title, navigation and language toggle on top, the routed page below. */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const selected = pathname.startsWith('/units') ? 'units' : 'plans';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          paddingInline: screens.md ? 24 : 8,
          color: '#fff',
        }}
      >
        <Link
          to={paths.home.getHref()}
          style={{ color: '#fff', fontWeight: 600, whiteSpace: 'nowrap' }}
          data-testid="app-title"
        >
          {screens.md ? t('app.title') : t('app.shortTitle')}
        </Link>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[selected]}
          style={{ flex: 1, minWidth: 0 }}
          items={[
            {
              key: 'plans',
              label: (
                <Link to={paths.plans.getHref()} data-testid="nav-plans">
                  {t('app.nav.plans')}
                </Link>
              ),
            },
            {
              key: 'units',
              label: (
                <Link to={paths.units.getHref()} data-testid="nav-units">
                  {t('app.nav.units')}
                </Link>
              ),
            },
          ]}
        />
        <LangToggle />
      </Header>
      <Content
        style={{
          padding: screens.md ? 24 : 8,
          maxWidth: 1200,
          width: '100%',
          marginInline: 'auto',
        }}
      >
        <Outlet />
      </Content>
    </Layout>
  );
}
